using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Verbind.Platform.Data;

public static class DatabaseRegistration
{
    public const string SqliteMigrationsAssembly = "Verbind.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Verbind.Migrations.Postgres";

    /// <param name="contentRoot">Relative SQLite paths are taken from here, so "data/verbind.db" lands beside the app.</param>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        // Read from the options when the first context is made, not here: configuration added later
        // (WebApplicationFactory's test settings) must choose the database too.
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value;
            return new ResolvedDatabase(options.Provider, options.Provider == DatabaseProvider.Sqlite
                ? SqliteConnectionString(options.ConnectionString, contentRoot)
                : PostgresConnectionString(options.ConnectionString), options.SqliteCheckpointSeconds);
        });
        // The options are built once (singleton), not for every scope: building them was a few percent of the
        // CPU of every chat message (ADR 0091). They depend on nothing scoped.
        services.AddDbContext<AppDbContext>((provider, builder) =>
        {
            var database = provider.GetRequiredService<ResolvedDatabase>();
            Configure(builder, database.Provider, database.ConnectionString, database.CheckpointInBackground);
        }, ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.AddHostedService<SqliteCheckpointer>();
        return services;
    }

    /// <param name="checkpointInBackground">SQLite: <see cref="SqliteCheckpointer"/> runs, so commits do not checkpoint.</param>
    public static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString, bool checkpointInBackground)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly).EnableRetryOnFailure());
            return;
        }
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly))
            .AddInterceptors(checkpointInBackground ? SqliteConnectionPragmas.CheckpointInBackground : SqliteConnectionPragmas.CheckpointInCommits, SqliteWriteInterceptor.Instance);
    }

    /// <summary>
    /// Lets Npgsql prepare the statements a server runs again and again (signing, chat messages, searches),
    /// so PostgreSQL parses and plans them once per connection instead of on every request. An explicit
    /// "Max Auto Prepare" in the connection string wins (0 turns it off).
    /// Skips Npgsql's reset of a pooled connection (seven statements sent with the next command after every
    /// return to the pool): the app changes no session state (no SET, LISTEN, advisory locks, temporary
    /// tables or cursors), so there is nothing to reset (ADR 0092). An explicit "No Reset On Close" wins.
    /// </summary>
    public static string PostgresConnectionString(string value)
    {
        var builder = new NpgsqlConnectionStringBuilder(value);
        if (!Names(value, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 100;
            builder.AutoPrepareMinUsages = 2;
        }
        if (!Names(value, "No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }
        return builder.ToString();
    }

    private static bool Names(string connectionString, params string[] keys) =>
        keys.Any(key => connectionString.Contains(key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Accepts a bare file path; creates the folder; waits up to 30 s on a busy database instead of failing.</summary>
    public static string SqliteConnectionString(string value, string contentRoot)
    {
        var builder = value.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(value)
            : new SqliteConnectionStringBuilder { DataSource = value };
        if (builder.Mode != SqliteOpenMode.Memory && !builder.DataSource.StartsWith(':') && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }
        builder.Pooling = true;
        var folder = builder.Mode == SqliteOpenMode.Memory ? null : Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        return builder.ToString();
    }
}

internal sealed record ResolvedDatabase(DatabaseProvider Provider, string ConnectionString, int CheckpointSeconds)
{
    public bool CheckpointInBackground => Provider == DatabaseProvider.Sqlite && CheckpointSeconds > 0;
}
