using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Presence;
using Verbind.Platform.Data;

namespace Verbind.Helpline.Features.Chat;

/// <summary>
/// Gives waiting parents to free counsellors: risk first, then the longest waiting, to the counsellor with
/// the fewest chats (or the one a returning parent asked for). The status change is a conditional update, so two instances cannot assign one chat twice.
/// </summary>
public sealed class Dispatcher(AppDbContext db, ChatNotifier notifier, PresenceWindow presence, TimeProvider clock)
{
    /// <summary>
    /// Assigns what can be assigned, then tells waiting parents their place and, when the queue they see has
    /// changed, every console of the helpline the queue. Consoles are not sent an unchanged queue: with many
    /// consoles open, every start or availability change sent each of them the same (often empty) list.
    /// </summary>
    /// <param name="queueChanged">False when the caller changed who can take chats but not who waits (availability, a console opened, a chat ended).</param>
    /// <param name="queued">The conversation the caller just queued: assigned at once, it never showed in the consoles' queue.</param>
    public async Task DispatchAsync(Guid helplineId, CancellationToken cancellationToken, bool queueChanged = true, Guid? queued = null)
    {
        var assigned = new List<Guid>();
        for (var round = 0; round < 50; round++)
        {
            var waiting = await db.Set<Conversation>().AsNoTracking()
                .Where(c => c.HelplineId == helplineId && c.Status == ConversationStatus.Waiting)
                .OrderByDescending(c => c.Risk).ThenBy(c => c.QueuedAt).FirstOrDefaultAsync(cancellationToken);
            if (waiting is null)
            {
                break;
            }
            // Only counsellors who can take a chat now are read (the rule checks again): a helpline with many
            // consoles open otherwise read, and tracked, every presence for every start.
            var staleBefore = presence.StaleBefore;
            var presences = await db.Set<CounsellorPresence>().AsNoTracking().TakingChatsIn(helplineId, staleBefore).ToListAsync(cancellationToken);
            var load = await LoadAsync(helplineId, cancellationToken);
            if (QueueRules.PickCounsellor(presences, load, staleBefore, waiting.PreferredCounsellorId) is not { } counsellor)
            {
                break;
            }
            if (await AssignAsync(waiting.Id, counsellor.UserId, cancellationToken))
            {
                assigned.Add(waiting.Id);
                var now = clock.GetUtcNow().UtcDateTime;
                await db.Set<CounsellorPresence>().Where(p => p.Id == counsellor.Id)
                    .ExecuteUpdateAsync(set => set.SetProperty(p => p.LastAssignedAt, now), cancellationToken);
            }
        }
        var queuedAndTaken = queued is { } id && assigned.Contains(id);
        var consolesSeeChange = (queueChanged && !queuedAndTaken) || assigned.Any(a => a != queued);
        await notifier.QueueChangedAsync(helplineId, cancellationToken, toConsoles: consolesSeeChange);
    }

    /// <summary>Assigns a waiting conversation; false when someone else took it first.</summary>
    public async Task<bool> AssignAsync(Guid conversationId, Guid counsellorId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Set<Conversation>()
            .Where(c => c.Id == conversationId && c.Status == ConversationStatus.Waiting)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.Status, ConversationStatus.Active)
                .SetProperty(c => c.CounsellorId, counsellorId)
                .SetProperty(c => c.AssignedAt, now), cancellationToken);
        if (changed == 0)
        {
            return false;
        }
        var conversation = await db.Set<Conversation>().AsNoTracking().FirstAsync(c => c.Id == conversationId, cancellationToken);
        await AnnounceAssignedAsync(conversation, cancellationToken);
        return true;
    }

    public async Task AnnounceAssignedAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var messages = await db.Set<ChatMessage>().AsNoTracking().Where(m => m.ConversationId == conversation.Id)
            .OrderBy(m => m.SentAt).Select(m => MessageView.From(m)).ToListAsync(cancellationToken);
        await notifier.ToParentAsync(conversation.Id, "status", new { status = conversation.Status.ToString() });
        await notifier.ToStaffAsync(conversation, "assigned", new ConsoleConversation(ConversationView.From(conversation), messages));
    }

    public async Task<Dictionary<Guid, int>> LoadAsync(Guid helplineId, CancellationToken cancellationToken) =>
        await db.Set<Conversation>().Where(c => c.HelplineId == helplineId && c.Status == ConversationStatus.Active && c.CounsellorId != null)
            .GroupBy(c => c.CounsellorId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
