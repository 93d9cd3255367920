using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Verbind.Platform.Data;

/// <summary>
/// Settings SQLite keeps per connection, given each time EF opens one (ADR 0014, revision 2026-12-05):
/// <list type="bullet">
/// <item>SQLite itself waits for a locked file (<c>busy_timeout</c>), retrying after 1, 2, 5, 10 ms and so
/// on. Without it Microsoft.Data.Sqlite retries every 150 ms, so even a lock held for a millisecond by
/// another process, or by an import's transaction, cost 150 ms.</item>
/// <item>With <see cref="SqliteCheckpointer"/> running, no commit checkpoints the write-ahead log
/// (<c>wal_autocheckpoint = 0</c>): otherwise every thousandth page written makes one unlucky commit copy
/// the log into the database file and flush it, and every chat message waiting behind that commit waits too.</item>
/// </list>
/// </summary>
internal sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    public static readonly SqliteConnectionPragmas CheckpointInCommits = new(false);
    public static readonly SqliteConnectionPragmas CheckpointInBackground = new(true);

    private readonly string _pragmas;

    // The busy timeout is the same 30 s the connection string gives Microsoft.Data.Sqlite's own retries.
    private SqliteConnectionPragmas(bool checkpointInBackground) =>
        _pragmas = "PRAGMA busy_timeout = 30000;" + (checkpointInBackground ? " PRAGMA wal_autocheckpoint = 0;" : "");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
