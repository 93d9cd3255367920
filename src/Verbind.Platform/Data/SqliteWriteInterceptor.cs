using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Verbind.Platform.Data;

/// <summary>
/// Puts SQLite's bulk updates and deletes (<c>ExecuteUpdate</c>, <c>ExecuteDelete</c>, raw SQL) in the
/// process's write queue, as saves are. Without it a counsellor's heartbeat could take the write lock
/// while chat messages were being committed, and the loser slept 150 ms in Microsoft.Data.Sqlite's retry
/// loop (ADR 0014, revision). Statements inside a transaction of their own, or inside a queued save, are
/// left alone.
/// </summary>
internal sealed class SqliteWriteInterceptor : DbCommandInterceptor
{
    public static readonly SqliteWriteInterceptor Instance = new();

    private static readonly ConditionalWeakTable<DbCommand, IDisposable> Turns = [];

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (NeedsTurn(command))
        {
            Turns.AddOrUpdate(command, SqliteWriteQueue.Enter(command.Connection!.ConnectionString));
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (NeedsTurn(command))
        {
            Turns.AddOrUpdate(command, await SqliteWriteQueue.EnterAsync(command.Connection!.ConnectionString, cancellationToken));
        }
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        EndTurn(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        EndTurn(command);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => EndTurn(command);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        EndTurn(command);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => EndTurn(command);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        EndTurn(command);
        return Task.CompletedTask;
    }

    private static bool NeedsTurn(DbCommand command) =>
        command.Transaction is null && !SqliteWriteQueue.IsInside && command.Connection is not null;

    private static void EndTurn(DbCommand command)
    {
        if (Turns.TryGetValue(command, out var turn))
        {
            Turns.Remove(command);
            turn.Dispose();
        }
    }
}
