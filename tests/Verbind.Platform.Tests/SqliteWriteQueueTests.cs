using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Platform.Tests;

/// <summary>Bulk updates queue with the saves of the process, and SQLite itself waits on a lock held elsewhere (ADR 0014).</summary>
public sealed class SqliteWriteQueueTests(SqliteApp app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Sqlite_waits_on_a_locked_file_itself()
    {
        var timeout = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout;";
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        });
        Assert.Equal(30_000, timeout);
    }

    [Fact]
    public async Task A_bulk_delete_waits_for_the_write_in_progress_then_runs()
    {
        await app.WithDbAsync(async db =>
        {
            var name = $"queue-{Guid.NewGuid():N}";
            db.Networks.Add(new Network { Name = name, Slug = name });
            await db.SaveChangesAsync();

            var turn = await SqliteWriteQueue.EnterAsync(db.Database.GetConnectionString()!, CancellationToken.None);
            var delete = db.Networks.Where(n => n.Slug == name).ExecuteDeleteAsync();
            await Task.Delay(300);
            Assert.False(delete.IsCompleted, "the bulk delete ran while another write had the turn");

            turn.Dispose();
            Assert.Equal(1, await delete.WaitAsync(Patience));
        });
    }

    [Fact]
    public async Task A_bulk_update_inside_a_transaction_of_its_own_does_not_queue()
    {
        await app.WithDbAsync(async db =>
        {
            using var turn = await SqliteWriteQueue.EnterAsync(db.Database.GetConnectionString()!, CancellationToken.None);
            await using var transaction = await db.Database.BeginTransactionAsync();
            var updated = await db.Networks.Where(n => n.Slug == "no-such-network").ExecuteDeleteAsync().WaitAsync(Patience);
            Assert.Equal(0, updated);
        });
    }
}
