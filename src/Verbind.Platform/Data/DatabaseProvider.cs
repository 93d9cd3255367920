namespace Verbind.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Bound to the "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite a path or a full connection string; for PostgreSQL a Npgsql connection string.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/verbind.db";

    /// <summary>Apply pending migrations when the app starts (the default; turn off where a release step does it).</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Seed the fictional demo networks into an empty database.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>
    /// SQLite: how often, in seconds, a background task checkpoints the write-ahead log, so that no commit has
    /// to (ADR 0014). 0 leaves it to SQLite, which checkpoints inside the commit that fills the log.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(0, 3600)]
    public int SqliteCheckpointSeconds { get; set; } = 1;
}
