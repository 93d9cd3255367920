using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Platform.Audit;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Platform.Tests;

public abstract class AuditRecordingTests(AppFactory app)
{
    [Fact]
    public async Task A_change_records_who_when_what_before_and_after()
    {
        var network = await app.CreateNetworkAsync("Voor");
        await app.WithDbAsync(async db =>
        {
            var stored = await db.Networks.SingleAsync(n => n.Id == network.Id);
            stored.Name = "Na";
            await db.SaveChangesAsync();
        });

        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == network.Id.ToString()).OrderBy(a => a.At).ThenBy(a => a.Id).ToListAsync());
        Assert.Equal([AuditAction.Created, AuditAction.Updated], entries.Select(e => e.Action));
        var update = entries[1];
        Assert.Equal(network.Id, update.NetworkId);
        Assert.Equal("system", update.Actor);
        Assert.Equal("Voor", JsonDocument.Parse(update.Before!).RootElement.GetProperty("Name").GetString());
        Assert.Equal("Na", JsonDocument.Parse(update.After!).RootElement.GetProperty("Name").GetString());
        Assert.Equal("HuisVanHetKind", JsonDocument.Parse(update.After!).RootElement.GetProperty("Kind").GetString());
    }

    [Fact]
    public async Task Secrets_stay_out_of_the_audit_log()
    {
        var user = await app.CreateUserAsync(null, null);
        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == user.Id.ToString()).ToListAsync());
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.DoesNotContain("PasswordHash", e.After ?? "", StringComparison.Ordinal));
        Assert.All(entries, e => Assert.DoesNotContain("SecurityStamp", e.After ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_audit_log_cannot_be_changed_through_the_context()
    {
        var network = await app.CreateNetworkAsync();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync(a => a.NetworkId == network.Id);
            db.AuditEntries.Remove(entry);
            await db.SaveChangesAsync();
        }));
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_itself_refuses_to_change_the_audit_log()
    {
        var network = await app.CreateNetworkAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => app.WithDbAsync(db =>
            db.Database.ExecuteSqlInterpolatedAsync($"UPDATE platform_audit_entries SET \"Actor\" = 'someone else' WHERE \"NetworkId\" = {network.Id}")));
        await Assert.ThrowsAnyAsync<Exception>(() => app.WithDbAsync(db =>
            db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM platform_audit_entries WHERE \"NetworkId\" = {network.Id}")));
        var count = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.NetworkId == network.Id));
        Assert.True(count > 0);
    }

    [Fact]
    public async Task A_record_cannot_be_saved_into_another_network_than_the_scope()
    {
        var mine = await app.CreateNetworkAsync();
        var theirs = await app.CreateNetworkAsync();
        var user = await app.CreateUserAsync(null, null);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Verbind.Platform.Data.AppDbContext>();
        db.NetworkScope.Enter(mine, NetworkRole.Coordinator);
        db.NetworkUserRoles.Add(new NetworkUserRole { NetworkId = theirs.Id, UserId = user.Id, Role = NetworkRole.Coordinator });
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Queries_in_a_network_scope_see_only_that_network()
    {
        var mine = await app.CreateNetworkAsync();
        var theirs = await app.CreateNetworkAsync();
        await app.CreateUserAsync(mine, NetworkRole.Viewer);
        await app.CreateUserAsync(theirs, NetworkRole.Viewer);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Verbind.Platform.Data.AppDbContext>();
        db.NetworkScope.Enter(mine, NetworkRole.Viewer);
        var roles = await db.NetworkUserRoles.ToListAsync(TestContext.Current.CancellationToken);
        Assert.NotEmpty(roles);
        Assert.All(roles, r => Assert.Equal(mine.Id, r.NetworkId));
    }
}

public sealed class AuditRecordingTestsOnSqlite(SqliteApp app) : AuditRecordingTests(app);

public sealed class AuditRecordingTestsOnPostgres(PostgresApp app) : AuditRecordingTests(app);
