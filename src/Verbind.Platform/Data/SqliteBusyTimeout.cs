using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Verbind.Platform.Data;

/// <summary>
/// Hands waiting for a locked SQLite file to SQLite itself (<c>PRAGMA busy_timeout</c>), which retries
/// after 1, 2, 5, 10 ms and so on. Without it Microsoft.Data.Sqlite retries every 150 ms, so even a lock
/// held for a millisecond by another process, or by an import's transaction, cost 150 ms (ADR 0014, revision).
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    /// <summary>The same 30 s the connection string gives Microsoft.Data.Sqlite's own retries.</summary>
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
