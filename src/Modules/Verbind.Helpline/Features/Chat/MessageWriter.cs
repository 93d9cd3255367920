using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Verbind.Helpline.Domain;
using Verbind.Platform.Data;

namespace Verbind.Helpline.Features.Chat;

/// <summary>
/// Stores chat messages with group commit: every message that arrives while a batch is being written goes
/// into the next batch, one transaction (one disk flush) for all of them. Each caller still waits until its
/// own message is committed, so a message is stored before it is acknowledged. Without this, SQLite took one
/// flush per message and concurrent writers waited on its write lock (see ADR 0089).
/// The unique key (conversation, client id) is the only duplicate check: nothing is read before a write,
/// and a resend is told apart when its insert clashes (ADR 0091).
/// </summary>
public sealed class MessageWriter(IServiceScopeFactory scopes) : BackgroundService
{
    private const int MaxBatch = 256;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    // One context for all batches (only the loop in ExecuteAsync uses it): making a context costs about as
    // much CPU as saving a small batch. Its change tracker is emptied after every save, and a context that
    // met an error is thrown away.
    private AsyncServiceScope? _batchScope;

    /// <summary>True when stored; false when a message with the same client id was already stored in that conversation.</summary>
    public Task<bool> WriteAsync(ChatMessage message)
    {
        var pending = new Pending(message);
        if (!_queue.Writer.TryWrite(pending))
        {
            // The app is stopping: write this one on its own.
            return WriteOneAsync(message);
        }
        return pending.Stored.Task;
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        return base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        // Drains what is queued even when the app stops; StopAsync completes the channel.
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }
            await WriteBatchAsync(batch);
        }
        await DropBatchContextAsync();
    }

    private async Task WriteBatchAsync(List<Pending> batch)
    {
        var firsts = batch.DistinctBy(p => p.Key).ToList();
        await WriteFirstsAsync(firsts);
        // A resend in the same batch as its original is answered like one that came later.
        foreach (var resend in batch.Except(firsts))
        {
            var original = firsts.First(f => f.Key == resend.Key).Stored.Task;
            if (original.Exception is { } failed)
            {
                resend.Stored.TrySetException(failed.InnerExceptions);
            }
            else
            {
                resend.Stored.TrySetResult(false);
            }
        }
    }

    /// <summary>Writes messages with distinct keys in one transaction; those already stored (resends) are left out.</summary>
    private async Task WriteFirstsAsync(List<Pending> pending)
    {
        var remaining = pending;
        try
        {
            while (remaining.Count > 0)
            {
                if (await TrySaveAsync(remaining))
                {
                    remaining.ForEach(p => p.Stored.TrySetResult(true));
                    return;
                }
                var stored = await StoredKeysAsync(remaining);
                if (stored.Count == 0)
                {
                    break;
                }
                remaining.Where(p => stored.Contains(p.Key)).ToList().ForEach(p => p.Stored.TrySetResult(false));
                remaining = [.. remaining.Where(p => !stored.Contains(p.Key))];
            }
        }
        catch (Exception exception)
        {
            await DropBatchContextAsync();
            remaining.ForEach(p => p.Stored.TrySetException(exception));
            return;
        }
        // Refused for another reason than a resend: one by one, so only the faulty message fails.
        foreach (var one in remaining)
        {
            try
            {
                one.Stored.TrySetResult(await WriteOneAsync(one.Message));
            }
            catch (Exception exception)
            {
                one.Stored.TrySetException(exception);
            }
        }
    }

    /// <summary>False when the database refused the batch (a unique-key clash, or something else); nothing of it is then stored.</summary>
    private async Task<bool> TrySaveAsync(List<Pending> pending)
    {
        var db = BatchContext();
        db.AddRange(pending.Select(p => p.Message));
        try
        {
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            return true;
        }
        catch (DbUpdateException)
        {
            await DropBatchContextAsync();
            return false;
        }
    }

    private async Task<HashSet<(Guid, Guid)>> StoredKeysAsync(List<Pending> pending)
    {
        var db = BatchContext();
        var conversationIds = pending.Select(p => p.Message.ConversationId).Distinct().ToList();
        var clientIds = pending.Select(p => p.Message.ClientMessageId).ToList();
        var found = await db.Set<ChatMessage>().AsNoTracking()
            .Where(m => conversationIds.Contains(m.ConversationId) && clientIds.Contains(m.ClientMessageId))
            .Select(m => new { m.ConversationId, m.ClientMessageId }).ToListAsync();
        var keys = pending.Select(p => p.Key).ToHashSet();
        return found.Select(m => (m.ConversationId, m.ClientMessageId)).Where(keys.Contains).ToHashSet();
    }

    private async Task<bool> WriteOneAsync(ChatMessage message)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = Writer(scope);
        db.Add(message);
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.Set<ChatMessage>().AnyAsync(m => m.ConversationId == message.ConversationId && m.ClientMessageId == message.ClientMessageId))
            {
                throw;
            }
            return false;
        }
    }

    private AppDbContext BatchContext()
    {
        _batchScope ??= scopes.CreateAsyncScope();
        return Writer(_batchScope.Value);
    }

    private async Task DropBatchContextAsync()
    {
        if (_batchScope is { } scope)
        {
            _batchScope = null;
            await scope.DisposeAsync();
        }
    }

    private static AppDbContext Writer(AsyncServiceScope scope)
    {
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // A batch holds messages of several networks; each was built from a conversation the hub
        // loaded inside its network's scope, so its NetworkId is already checked.
        db.NetworkScope.EnterAllNetworks();
        return db;
    }

    private sealed class Pending(ChatMessage message)
    {
        public ChatMessage Message { get; } = message;

        public (Guid ConversationId, Guid ClientMessageId) Key => (Message.ConversationId, Message.ClientMessageId);

        public TaskCompletionSource<bool> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
