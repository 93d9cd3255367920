using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Common;

namespace Verbind.Helpline.Features.Chat;

/// <summary>The supervisor's side: the whole picture, risk first; a silent read or a join, each recorded.</summary>
public sealed partial class ChatHub
{
    [Authorize]
    public async Task<ChatResult> Supervision()
    {
        if (await SupervisedHelplineAsync() is not { } helpline)
        {
            return ChatResult.Refused(ChatErrors.NotAllowed);
        }
        var open = await db.Set<Conversation>().AsNoTracking()
            .Where(c => c.HelplineId == helpline.Id && (c.Status == ConversationStatus.Waiting || c.Status == ConversationStatus.Active)).ToListAsync(Aborted);
        var queue = QueueRules.InOrder(open).Select(ConversationView.From).ToList();
        var live = open.Where(c => c.Status == ConversationStatus.Active).OrderByDescending(c => c.Risk).ThenBy(c => c.AssignedAt).Select(ConversationView.From).ToList();
        var presences = await db.Set<CounsellorPresence>().AsNoTracking().Where(p => p.HelplineId == helpline.Id).ToListAsync(Aborted);
        var userIds = presences.Select(p => p.UserId).ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, Aborted);
        var load = await dispatcher.LoadAsync(helpline.Id, Aborted);
        var counsellors = presences
            .Select(p => new CounsellorLoad(p.UserId, names.GetValueOrDefault(p.UserId) ?? "", p.Availability.ToString(), p.Capacity, load.GetValueOrDefault(p.UserId), p.IsOnline(presence.StaleBefore)))
            .OrderByDescending(c => c.Active).ThenBy(c => c.Name, StringComparer.CurrentCulture).ToList();
        return ChatResult.Success(new SupervisionView(queue, live, counsellors));
    }

    /// <summary>Reads a live chat without the parent or counsellor seeing it; recorded (and so in the audit log).</summary>
    [Authorize]
    public Task<ChatResult> SilentRead(Guid conversationId) => WatchAsync(conversationId, SupervisionKind.SilentRead);

    /// <summary>Joins a live chat: the parent is told a supervisor joined, and the supervisor can write.</summary>
    [Authorize]
    public Task<ChatResult> Join(Guid conversationId) => WatchAsync(conversationId, SupervisionKind.Join);

    private async Task<ChatResult> WatchAsync(Guid conversationId, SupervisionKind kind)
    {
        if (await StaffConversationAsync(conversationId, mustBeMine: false) is not { Role: StaffRole.Supervisor } found || !found.Conversation.IsOpen)
        {
            return ChatResult.Refused(ChatErrors.NotFound);
        }
        db.Add(new SupervisionAccess { NetworkId = found.Helpline.NetworkId, ConversationId = conversationId, UserId = UserId!.Value, Kind = kind, At = Now });
        await db.SaveChangesAsync(Aborted);
        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Watchers(conversationId), Aborted);
        if (kind == SupervisionKind.Join)
        {
            var conversation = ConversationState.Of(found.Conversation);
            var (message, _) = await StoreAsync(conversation, Guid.CreateVersion7(), MessageSender.System, null, MessageKind.Text, "supervisor-joined");
            await notifier.NewMessageAsync(conversation, MessageView.From(message!), Context.ConnectionId);
        }
        return ChatResult.Success(new ConsoleConversation(ConversationView.From(found.Conversation), await StaffTranscriptAsync(conversationId)));
    }

    private async Task<NetworkHelpline?> SupervisedHelplineAsync()
    {
        if (await ConsoleHelplineAsync() is not { } helpline)
        {
            return null;
        }
        return await staff.RoleAsync(UserId, helpline, Aborted) == StaffRole.Supervisor ? helpline : null;
    }
}
