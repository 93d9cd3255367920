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
/// </summary>
public sealed class MessageWriter(IServiceScopeFactory scopes) : BackgroundService
{
    private const int MaxBatch = 256;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

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
    }

    private async Task WriteBatchAsync(List<Pending> batch)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = Writer(scope);
            db.AddRange(batch.Select(p => p.Message));
            await db.SaveChangesAsync();
            batch.ForEach(p => p.Stored.TrySetResult(true));
            return;
        }
        catch (DbUpdateException)
        {
            // A resend raced its original (unique client id): write one by one so only that one is refused.
        }
        catch (Exception exception)
        {
            batch.ForEach(p => p.Stored.TrySetException(exception));
            return;
        }
        foreach (var pending in batch)
        {
            try
            {
                pending.Stored.TrySetResult(await WriteOneAsync(pending.Message));
            }
            catch (Exception exception)
            {
                pending.Stored.TrySetException(exception);
            }
        }
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

    private static AppDbContext Writer(AsyncServiceScope scope)
    {
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // A batch holds messages of several networks; each was built from a conversation the hub
        // loaded inside its network's scope, so its NetworkId is already checked.
        db.NetworkScope.EnterAllNetworks();
        return db;
    }

    private sealed record Pending(ChatMessage Message)
    {
        public TaskCompletionSource<bool> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
