using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Common;
using Verbind.Platform.Data;

namespace Verbind.Helpline.Features.Chat;

/// <summary>
/// Stores chat messages with group commit: every message that arrives while a batch is being written goes
/// into the next batch, one transaction (one disk flush) for all of them. Each caller still waits until its
/// own message is committed, so a message is stored before it is acknowledged. Without this, SQLite took one
/// flush per message and concurrent writers waited on its write lock (see ADR 0089).
/// The unique key (conversation, client id) is the only duplicate check: a resend is told apart when its
/// insert clashes (ADR 0091). A message with a <see cref="MessageCheck"/> is checked against its conversation
/// as stored, read for the whole batch in one query just before the insert (ADR 0092).
/// </summary>
public sealed class MessageWriter(IServiceScopeFactory scopes) : BackgroundService
{
    private const int MaxBatch = 256;

    /// <summary>
    /// Every checked conversation of a batch, with the roles asked for in its helpline: a left join, not a
    /// subquery per conversation, as SQLite has no APPLY. Compiled: building the query for every batch (its
    /// expression tree, EF's parameter extraction and cache look-up) was a third of all the app allocated
    /// under chat load, on the path every message waits on (ADR 0093).
    /// </summary>
    private static readonly PerModel<Func<AppDbContext, List<Guid>, List<Guid>, IAsyncEnumerable<CheckedRow>>> CheckedConversations = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, List<Guid> ids, List<Guid> staffIds) =>
            from c in db.Set<Conversation>().AsNoTracking().Where(c => ids.Contains(c.Id))
            join s in db.Set<HelplineStaff>().AsNoTracking()
                    .Where(s => staffIds.Contains(s.UserId) && db.NetworkUserRoles.Any(r => r.NetworkId == s.NetworkId && r.UserId == s.UserId))
                on c.HelplineId equals s.HelplineId into staffOfHelpline
            from s in staffOfHelpline.DefaultIfEmpty()
            select new CheckedRow(c.Id, c.NetworkId, c.HelplineId, c.Status, c.CounsellorId, (Guid?)s.UserId, (StaffRole?)s.Role)));

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    // One context for all batches (only the loop in ExecuteAsync uses it): making a context costs about as
    // much CPU as saving a small batch. Its change tracker is emptied after every save, and a context that
    // met an error is thrown away.
    private AsyncServiceScope? _batchScope;

    /// <summary>
    /// Stores <paramref name="message"/> when <paramref name="check"/> (if any) lets it. Its NetworkId must be
    /// the network the caller works in: a conversation of another network is not found.
    /// </summary>
    public Task<MessageWrite> WriteAsync(ChatMessage message, MessageCheck? check = null)
    {
        var pending = new Pending(message, check);
        if (!_queue.Writer.TryWrite(pending))
        {
            // The app is stopping: write this one on its own.
            return WriteAloneAsync(pending);
        }
        return pending.Result.Task;
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
        try
        {
            batch = await AllowedAsync(BatchContext(), batch);
        }
        catch (Exception exception)
        {
            await DropBatchContextAsync();
            batch.ForEach(p => p.Fail(exception));
            return;
        }
        var firsts = batch.DistinctBy(p => p.Key).ToList();
        await WriteFirstsAsync(firsts);
        // A resend in the same batch as its original is answered like one that came later.
        foreach (var resend in batch.Except(firsts))
        {
            var original = firsts.First(f => f.Key == resend.Key).Result.Task;
            if (original.Exception is { } failed)
            {
                resend.Result.TrySetException(failed.InnerExceptions);
            }
            else
            {
                resend.Done(isNew: false);
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
                    remaining.ForEach(p => p.Done(isNew: true));
                    return;
                }
                var stored = await StoredKeysAsync(remaining);
                if (stored.Count == 0)
                {
                    break;
                }
                remaining.Where(p => stored.Contains(p.Key)).ToList().ForEach(p => p.Done(isNew: false));
                remaining = [.. remaining.Where(p => !stored.Contains(p.Key))];
            }
        }
        catch (Exception exception)
        {
            await DropBatchContextAsync();
            remaining.ForEach(p => p.Fail(exception));
            return;
        }
        // Refused for another reason than a resend: one by one, so only the faulty message fails.
        foreach (var one in remaining)
        {
            try
            {
                one.Done(await WriteOneAsync(one.Message));
            }
            catch (Exception exception)
            {
                one.Fail(exception);
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

    /// <summary>
    /// The pending messages whose check lets them be stored; the others are answered with their refusal.
    /// Reads every checked conversation, and the roles asked for, in one query.
    /// </summary>
    private static async Task<List<Pending>> AllowedAsync(AppDbContext db, List<Pending> batch)
    {
        var checkedOnes = batch.Where(p => p.Check is not null).ToList();
        if (checkedOnes.Count == 0)
        {
            return batch;
        }
        var ids = checkedOnes.Select(p => p.Message.ConversationId).Distinct().ToList();
        var staffIds = checkedOnes.Select(p => p.Check!.StaffUserId).OfType<Guid>().Distinct().ToList();
        var rows = await CheckedConversations.For(db)(db, ids, staffIds).ToListAsync();
        var found = rows.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => (
            State: new ConversationState(g.Key, g.First().NetworkId, g.First().HelplineId, g.First().Status, g.First().CounsellorId),
            Roles: g.Where(r => r.StaffId is not null).ToDictionary(r => r.StaffId!.Value, r => r.Role!.Value)));
        var allowed = new List<Pending>(batch.Count);
        foreach (var pending in batch)
        {
            if (pending.Check is not { } check)
            {
                allowed.Add(pending);
                continue;
            }
            StaffedConversation? conversation = null;
            if (found.TryGetValue(pending.Message.ConversationId, out var row) && row.State.NetworkId == pending.Message.NetworkId)
            {
                conversation = new StaffedConversation(row.State, check.StaffUserId is { } staffId && row.Roles.TryGetValue(staffId, out var role) ? role : null);
            }
            pending.State = conversation?.Conversation;
            if (check.Refusal(conversation) is { } refusal)
            {
                pending.Refuse(refusal);
            }
            else
            {
                allowed.Add(pending);
            }
        }
        return allowed;
    }

    private async Task<MessageWrite> WriteAloneAsync(Pending pending)
    {
        await using var scope = scopes.CreateAsyncScope();
        if ((await AllowedAsync(Writer(scope), [pending])).Count == 1)
        {
            pending.Done(await WriteOneAsync(pending.Message));
        }
        return await pending.Result.Task;
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

    private sealed record CheckedRow(Guid Id, Guid NetworkId, Guid HelplineId, ConversationStatus Status, Guid? CounsellorId, Guid? StaffId, StaffRole? Role);

    private sealed class Pending(ChatMessage message, MessageCheck? check)
    {
        public ChatMessage Message { get; } = message;

        public MessageCheck? Check { get; } = check;

        /// <summary>The conversation as the check found it.</summary>
        public ConversationState? State { get; set; }

        public (Guid ConversationId, Guid ClientMessageId) Key => (Message.ConversationId, Message.ClientMessageId);

        public TaskCompletionSource<MessageWrite> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Done(bool isNew) => Result.TrySetResult(new MessageWrite(null, isNew, State));

        public void Refuse(string refusal) => Result.TrySetResult(new MessageWrite(refusal, false, State));

        public void Fail(Exception exception) => Result.TrySetException(exception);
    }
}
