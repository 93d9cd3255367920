using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Platform.Data;
using Verbind.Platform.Identity;
using Verbind.Platform.Tenancy;
using Xunit;

namespace Verbind.Testing;

/// <summary>
/// Verbind on a fresh database of one provider, with a real SMTP listener, shared by the tests of an
/// assembly. Each test makes its own networks and users through the intent methods, so tests do not
/// see each other's data.
/// </summary>
public abstract class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "correct-horse-battery-staple";

    private string _connectionString = "";

    public abstract DatabaseProvider Provider { get; }

    public SmtpListener Mail { get; private set; } = default!;

    /// <summary>Extra configuration for a subclass (e.g. demo data on).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async ValueTask InitializeAsync()
    {
        Mail = await SmtpListener.StartAsync();
        _connectionString = await TestDatabases.CreateAsync(Provider);
        _ = Services; // starts the host: migrations run now, not in the first test
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider.ToString(),
            ["Database:ConnectionString"] = _connectionString,
            ["Database:SeedDemoData"] = "false",
            ["Mail:Delivery"] = "Smtp",
            ["Mail:SmtpHost"] = "127.0.0.1",
            ["Mail:SmtpPort"] = Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging:Format"] = "simple",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware"] = "Error",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see them.</summary>
    public TestClient NewClient() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Runs <paramref name="work"/> with a context that sees every network (for arranging and asserting).</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.NetworkScope.EnterAllNetworks();
        return await work(db);
    }

    public Task WithDbAsync(Func<AppDbContext, Task> work) => WithDbAsync(async db => { await work(db); return true; });

    public async Task<Network> CreateNetworkAsync(string? name = null, NetworkKind kind = NetworkKind.HuisVanHetKind)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var network = new Network { Slug = $"test-{suffix}", Name = name ?? $"Testnetwerk {suffix}", Kind = kind };
        await WithDbAsync(async db =>
        {
            db.Networks.Add(network);
            await db.SaveChangesAsync();
        });
        return network;
    }

    /// <summary>
    /// A user with <paramref name="role"/> in <paramref name="network"/> (none when null). Coordinators and
    /// platform administrators get an authenticator key, as they must use two-factor sign-in.
    /// </summary>
    public async Task<TestUser> CreateUserAsync(Network? network, NetworkRole? role, bool platformAdmin = false, string? email = null)
    {
        email ??= $"user-{Guid.NewGuid():N}@test.verbind.local";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.NetworkScope.EnterAllNetworks();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test " + email[..8], IsPlatformAdmin = platformAdmin };
        Check(await users.CreateAsync(user, Password));
        string? authenticatorKey = null;
        if (platformAdmin || role == NetworkRole.Coordinator)
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            authenticatorKey = await users.GetAuthenticatorKeyAsync(user);
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }
        if (network is not null && role is { } networkRole)
        {
            db.NetworkUserRoles.Add(new NetworkUserRole { NetworkId = network.Id, UserId = user.Id, Role = networkRole });
            await db.SaveChangesAsync();
        }
        return new TestUser(user.Id, email, Password, authenticatorKey);
    }

    /// <summary>Signs in through the real sign-in pages, with the second factor where the user has one.</summary>
    public async Task<TestClient> SignInAsync(TestUser user)
    {
        var client = NewClient();
        await client.SignInAsync(user);
        return client;
    }

    /// <summary>A network with a signed-in coordinator, the most common start of a test.</summary>
    public async Task<(Network Network, TestClient Coordinator)> NetworkWithCoordinatorAsync()
    {
        var network = await CreateNetworkAsync();
        var coordinator = await CreateUserAsync(network, NetworkRole.Coordinator);
        return (network, await SignInAsync(coordinator));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

public sealed record TestUser(Guid Id, string Email, string Password, string? AuthenticatorKey);

public sealed class SqliteApp : AppFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresApp : AppFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
