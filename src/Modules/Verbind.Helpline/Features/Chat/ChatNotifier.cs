using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Common;
using Verbind.Helpline.Features.Presence;
using Verbind.Platform.Data;

namespace Verbind.Helpline.Features.Chat;

/// <summary>Sends events to parents and staff through the hub context (and so through the backplane, when there is one).</summary>
public sealed class ChatNotifier(IHubContext<ChatHub> hub, AppDbContext db, PresenceWindow presence, TimeProvider clock)
{
    public Task ToParentAsync(Guid conversationId, string method, object payload) =>
        hub.Clients.Group(ChatGroups.Parent(conversationId)).SendAsync(method, payload);

    /// <summary>
    /// A new message to everyone in the conversation (the parent unless it is an internal note, the counsellor's
    /// consoles, watching supervisors) but the connection that sent it: the answer to its call already carries
    /// the message, so each message is sent once less (ADR 0091). The sender's other tabs and consoles still receive it.
    /// </summary>
    public async Task NewMessageAsync(ConversationState conversation, MessageView view, string senderConnection)
    {
        if (view.Kind != nameof(MessageKind.InternalNote))
        {
            await hub.Clients.GroupExcept(ChatGroups.Parent(conversation.Id), senderConnection).SendAsync("message", view);
        }
        if (conversation.CounsellorId is { } counsellor)
        {
            await hub.Clients.GroupExcept(ChatGroups.Consoles(counsellor), senderConnection).SendAsync("message", view);
        }
        await hub.Clients.GroupExcept(ChatGroups.Watchers(conversation.Id), senderConnection).SendAsync("message", view);
    }

    /// <summary>The counsellor of the conversation (every open console) and the supervisors watching it.</summary>
    public Task ToStaffAsync(Conversation conversation, string method, object payload) => ToStaffAsync(ConversationState.Of(conversation), method, payload);

    /// <inheritdoc cref="ToStaffAsync(Conversation, string, object)"/>
    public async Task ToStaffAsync(ConversationState conversation, string method, object payload)
    {
        if (conversation.CounsellorId is { } counsellor)
        {
            await ToConsolesAsync(counsellor, method, payload);
        }
        await hub.Clients.Group(ChatGroups.Watchers(conversation.Id)).SendAsync(method, payload);
    }

    /// <summary>
    /// Every open console of a staff member, on any instance. A group rather than SignalR's user: on one instance
    /// a send to a user looks at every connection of the server, a group is one look-up.
    /// </summary>
    public Task ToConsolesAsync(Guid userId, string method, object payload) => hub.Clients.Group(ChatGroups.Consoles(userId)).SendAsync(method, payload);

    public Task ToSupervisorsAsync(Guid helplineId, string method, object payload) =>
        hub.Clients.Group(ChatGroups.Supervisors(helplineId)).SendAsync(method, payload);

    /// <summary>
    /// Tells every waiting parent their place and wait, and every console the queue; with
    /// <paramref name="toConsoles"/> false (the queue did not change) only supervisors' consoles, whose
    /// overview of the counsellors' load refreshes on it.
    /// </summary>
    public async Task QueueChangedAsync(Guid helplineId, CancellationToken cancellationToken, bool toConsoles = true)
    {
        var waiting = QueueRules.InOrder(await db.Set<Conversation>().AsNoTracking()
            .Where(c => c.HelplineId == helplineId && c.Status == ConversationStatus.Waiting).ToListAsync(cancellationToken)).ToList();
        var estimate = await EstimatorAsync(helplineId, cancellationToken);
        for (var i = 0; i < waiting.Count; i++)
        {
            await ToParentAsync(waiting[i].Id, "queue", estimate(i + 1));
        }
        var consoles = toConsoles ? ChatGroups.Staff(helplineId) : ChatGroups.Supervisors(helplineId);
        await hub.Clients.Group(consoles).SendAsync("queue", waiting.Select(ConversationView.From).ToList(), cancellationToken);
    }

    /// <summary>A function from queue position to the parent's view of it, based on the seats now free and the recent chat length.</summary>
    public async Task<Func<int, QueueView>> EstimatorAsync(Guid helplineId, CancellationToken cancellationToken)
    {
        var staleBefore = presence.StaleBefore;
        var online = db.Set<CounsellorPresence>().TakingChatsIn(helplineId, staleBefore);
        var seats = await online.SumAsync(p => p.Capacity, cancellationToken);
        var active = await db.Set<Conversation>().CountAsync(
            c => c.HelplineId == helplineId && c.Status == ConversationStatus.Active && online.Any(p => p.UserId == c.CounsellorId), cancellationToken);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-14);
        var lengths = await db.Set<Conversation>().AsNoTracking()
            .Where(c => c.HelplineId == helplineId && c.Status == ConversationStatus.Ended && c.AssignedAt != null && c.EndedAt > since)
            .OrderByDescending(c => c.EndedAt).Take(50)
            .Select(c => new { c.AssignedAt, c.EndedAt }).ToListAsync(cancellationToken);
        var average = lengths.Count == 0 ? QueueRules.DefaultChatLength : TimeSpan.FromSeconds(lengths.Average(l => (l.EndedAt!.Value - l.AssignedAt!.Value).TotalSeconds));
        var free = Math.Max(0, seats - active);
        return position => new QueueView(position, QueueRules.EstimatedWaitMinutes(position, free, seats, average));
    }
}
