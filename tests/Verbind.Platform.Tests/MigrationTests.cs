using Microsoft.EntityFrameworkCore;
using Verbind.Testing;

namespace Verbind.Platform.Tests;

public abstract class MigrationTests(AppFactory app)
{
    [Fact]
    public async Task The_model_has_no_changes_without_a_migration()
    {
        var pending = await app.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));
        Assert.False(pending, $"The model changed without a migration for {app.Provider}: run tools/add-migration.sh NameOfChange.");
    }

    [Fact]
    public async Task Every_migration_is_applied_on_start()
    {
        var pending = await app.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList());
        Assert.Empty(pending);
    }
}

public sealed class MigrationTestsOnSqlite(SqliteApp app) : MigrationTests(app);

public sealed class MigrationTestsOnPostgres(PostgresApp app) : MigrationTests(app);
