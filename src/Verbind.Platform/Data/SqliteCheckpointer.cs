using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Verbind.Platform.Data;

/// <summary>
/// Copies SQLite's write-ahead log into the database file every few seconds, beside the writers rather than
/// inside one of their commits (see <see cref="SqliteConnectionPragmas"/>). A passive checkpoint takes no
/// write lock: writers and readers go on while it runs, and what a reader still needs is copied next time.
/// </summary>
internal sealed partial class SqliteCheckpointer(ResolvedDatabase database, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!database.CheckpointInBackground)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(database.CheckpointSeconds));
        await using var connection = new SqliteConnection(database.ConnectionString);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await CheckpointAsync(connection, stoppingToken);
                }
                catch (SqliteException exception)
                {
                    // The next tick tries again; until one succeeds the log only grows.
                    LogCheckpointFailed(exception.SqliteErrorCode, exception.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping; closing the last connection checkpoints the rest.
        }
    }

    private static async Task CheckpointAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQLite checkpoint failed ({Code}): {Reason}")]
    private partial void LogCheckpointFailed(int code, string reason);
}
