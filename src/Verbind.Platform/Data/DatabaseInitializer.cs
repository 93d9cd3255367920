using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Verbind.Platform.Data;

/// <summary>Applies migrations, the audit triggers and, into an empty database, the demo data.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        db.NetworkScope.EnterAllNetworks();
        if (!options.MigrateOnStart)
        {
            return;
        }
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while one writer writes; the busy timeout is in the connection string.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await db.Database.MigrateAsync(cancellationToken);
        await AuditTriggers.EnsureAsync(db, cancellationToken);
        if (options.SeedDemoData && !await db.Networks.AnyAsync(cancellationToken))
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(db, cancellationToken);
            }
            logger.LogInformation("Demo data written");
        }
    }
}
