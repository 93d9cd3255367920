using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Common;
using Verbind.Platform.Identity;

namespace Verbind.Helpline.Features.Chat;

/// <summary>The counsellor's and supervisor's side of the hub. Each method checks the caller's role in the conversation's helpline.</summary>
public sealed partial class ChatHub
{
    private const string ConsoleKey = "console";
    private const string ConsoleNetworkKey = "console-network";
    public const int MaxTagLength = 40;
    public const int MaxReasonLength = 500;
    public const int MaxBlockHours = 24 * 30;

    private Guid? UserId => Context.User?.UserId();

    /// <summary>Opens the console of a helpline: the queue, the caller's chats, and presence counted as online.</summary>
    [Authorize]
    public async Task<ChatResult> OpenConsole(Guid helplineId)
    {
        if (await helplines.EnterByIdAsync(helplineId, Aborted) is not { } helpline || await staff.RoleAsync(UserId, helpline, Aborted) is not { } role)
        {
            return ChatResult.Refused(ChatErrors.NotAllowed);
        }
        if (Context.Items.TryGetValue(ConsoleKey, out var open) && open is Guid openId && openId != helplineId)
        {
            return ChatResult.Refused(ChatErrors.Invalid);
        }
        var userId = UserId!.Value;
        var presence = await db.Set<CounsellorPresence>().FirstOrDefaultAsync(p => p.HelplineId == helplineId && p.UserId == userId, Aborted);
        if (presence is null)
        {
            presence = new CounsellorPresence { NetworkId = helpline.NetworkId, HelplineId = helplineId, UserId = userId, Availability = Availability.Away };
            db.Add(presence);
        }
        if (!Context.Items.ContainsKey(ConsoleKey))
        {
            presence.Connections++;
            Context.Items[ConsoleKey] = helplineId;
            Context.Items[ConsoleNetworkKey] = helplines.Entered;
            await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Staff(helplineId), Aborted);
            await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Consoles(userId), Aborted);
            if (role == StaffRole.Supervisor)
            {
                await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Supervisors(helplineId), Aborted);
            }
        }
        presence.LastSeenAt = Now;
        await db.SaveChangesAsync(Aborted);
        await dispatcher.DispatchAsync(helplineId, Aborted, queueChanged: false);

        var queue = QueueRules.InOrder(await db.Set<Conversation>().AsNoTracking()
            .Where(c => c.HelplineId == helplineId && c.Status == ConversationStatus.Waiting).ToListAsync(Aborted)).Select(ConversationView.From).ToList();
        var mine = await db.Set<Conversation>().AsNoTracking()
            .Where(c => c.HelplineId == helplineId && c.Status == ConversationStatus.Active && c.CounsellorId == userId).OrderBy(c => c.AssignedAt).ToListAsync(Aborted);
        var chats = new List<ConsoleConversation>();
        foreach (var conversation in mine)
        {
            chats.Add(new ConsoleConversation(ConversationView.From(conversation), await StaffTranscriptAsync(conversation.Id)));
        }
        return ChatResult.Success(new ConsoleState(helplineId, userId, role == StaffRole.Supervisor, presence.Availability.ToString(), presence.Capacity, queue, chats));
    }

    [Authorize]
    public async Task<ChatResult> SetAvailability(string availability, int capacity)
    {
        if (!Enum.TryParse<Availability>(availability, ignoreCase: false, out var value) || !Enum.IsDefined(value) || capacity is < 1 or > CounsellorPresence.MaxCapacity)
        {
            return ChatResult.Refused(ChatErrors.Invalid);
        }
        if (await ConsoleHelplineAsync() is not { } helpline)
        {
            return ChatResult.Refused(ChatErrors.NotAllowed);
        }
        var userId = UserId!.Value;
        var presence = await db.Set<CounsellorPresence>().FirstAsync(p => p.HelplineId == helpline.Id && p.UserId == userId, Aborted);
        presence.Availability = value;
        presence.Capacity = capacity;
        presence.LastSeenAt = Now;
        await db.SaveChangesAsync(Aborted);
        await dispatcher.DispatchAsync(helpline.Id, Aborted, queueChanged: false);
        return ChatResult.Success(new { availability = value.ToString(), capacity });
    }

    /// <summary>
    /// The console's heartbeat: keeps the counsellor online (a console that stops beating expires, see
    /// PresenceExpiry) and answers the availability, which an expiry may have set to away meanwhile.
    /// </summary>
    [Authorize]
    public async Task<ChatResult> Heartbeat()
    {
        if (OpenedConsole is not { } helplineId || UserId is not { } userId || !ReenterNetwork(ConsoleNetworkKey))
        {
            return ChatResult.Refused(ChatErrors.NotAllowed);
        }
        // One update that also checks the caller is still staff of the helpline and a member of its network,
        // then one read: every open console beats, so this runs a few times a second on a busy helpline.
        // After an expiry this console, still open, counts as a connection again.
        var beat = await db.Set<CounsellorPresence>()
            .Where(p => p.HelplineId == helplineId && p.UserId == userId
                && db.Set<HelplineStaff>().Any(s => s.HelplineId == helplineId && s.UserId == userId && db.NetworkUserRoles.Any(r => r.NetworkId == s.NetworkId && r.UserId == userId)))
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.LastSeenAt, Now).SetProperty(p => p.Connections, p => p.Connections < 1 ? 1 : p.Connections), Aborted);
        var presence = beat == 0 ? null : await db.Set<CounsellorPresence>().AsNoTracking()
            .Where(p => p.HelplineId == helplineId && p.UserId == userId).Select(p => new { p.Availability, p.Capacity }).FirstOrDefaultAsync(Aborted);
        return presence is null
            ? ChatResult.Refused(ChatErrors.NotAllowed)
            : ChatResult.Success(new { availability = presence.Availability.ToString(), capacity = presence.Capacity });
    }

    /// <summary>Takes a waiting chat by hand (out of turn, e.g. a parent asking for a counsellor they know).</summary>
    [Authorize]
    public async Task<ChatResult> Take(Guid conversationId)
    {
        if (await StaffConversationAsync(conversationId, mustBeMine: false) is not { } found)
        {
            return ChatResult.Refused(ChatErrors.NotFound);
        }
        if (found.Conversation.Status != ConversationStatus.Waiting || !await dispatcher.AssignAsync(conversationId, UserId!.Value, Aborted))
        {
            return ChatResult.Refused(ChatErrors.Invalid);
        }
        await notifier.QueueChangedAsync(found.Helpline.Id, Aborted);
        return ChatResult.Success();
    }

    [Authorize]
    public Task<ChatResult> Reply(Guid conversationId, Guid clientMessageId, string text) =>
        StaffWriteAsync(conversationId, clientMessageId, text, MessageKind.Text);

    /// <summary>An internal note: stored with the chat, seen by staff only.</summary>
    [Authorize]
    public Task<ChatResult> Note(Guid conversationId, Guid clientMessageId, string text) =>
        StaffWriteAsync(conversationId, clientMessageId, text, MessageKind.InternalNote);

    [Authorize]
    public async Task<ChatResult> StaffTyping(Guid conversationId)
    {
        if (await StaffStateAsync(conversationId, mustBeMine: true) is not { Status: ConversationStatus.Active } conversation)
        {
            return ChatResult.Refused(ChatErrors.NotFound);
        }
        await notifier.ToParentAsync(conversation.Id, "typing", new { sender = nameof(MessageSender.Counsellor) });
        return ChatResult.Success();
    }

    [Authorize]
    public async Task<ChatResult> SetTags(Guid conversationId, string[] tags)
    {
        var clean = (tags ?? []).Select(t => t?.Trim() ?? "").Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (clean.Count > Conversation.MaxTags || clean.Any(t => t.Length > MaxTagLength))
        {
            return ChatResult.Refused(ChatErrors.Invalid);
        }
        if (await StaffConversationAsync(conversationId, mustBeMine: true, tracked: true) is not { } found)
        {
            return ChatResult.Refused(ChatErrors.NotFound);
        }
        found.Conversation.Tags = clean;
        await db.SaveChangesAsync(Aborted);
        await notifier.ToStaffAsync(found.Conversation, "updated", ConversationView.From(found.Conversation));
        return ChatResult.Success();
    }

    /// <summary>Flags (or unflags) a risk: the chat goes first in any queue and every supervisor of the helpline is alerted.</summary>
    [Authorize]
    public async Task<ChatResult> FlagRisk(Guid conversationId, bool risk)
    {
        if (await StaffConversationAsync(conversationId, mustBeMine: true, tracked: true) is not { } found || !found.Conversation.IsOpen)
        {
            return ChatResult.Refused(ChatErrors.NotFound);
        }
        found.Conversation.Risk = risk;
        await db.SaveChangesAsync(Aborted);
        var view = ConversationView.From(found.Conversation);
        if (risk)
        {
            await notifier.ToSupervisorsAsync(found.Helpline.Id, "risk", view);
        }
        await notifier.ToStaffAsync(found.Conversation, "updated", view);
        return ChatResult.Success();
    }

    /// <summary>Hands the chat to another counsellor of the helpline with a note (kept as an internal note).</summary>
    [Authorize]
    public async Task<ChatResult> Transfer(Guid conversationId, Guid toUserId, string note)
    {
        if (TextInput.Clean(note, ChatMessage.MaxLength, out var error) is not { } cleanNote)
        {
            return ChatResult.Refused(error!);
        }
        if (await StaffConversationAsync(conversationId, mustBeMine: true, tracked: true) is not { Conversation.Status: ConversationStatus.Active } found)
        {
            return ChatResult.Refused(ChatErrors.NotFound);
        }
        if (toUserId == UserId || await staff.RoleAsync(toUserId, found.Helpline, Aborted) is null)
        {
            return ChatResult.Refused(ChatErrors.Invalid);
        }
        var from = found.Conversation.CounsellorId;
        found.Conversation.CounsellorId = toUserId;
        await db.SaveChangesAsync(Aborted);
        await StoreAsync(ConversationState.Of(found.Conversation), Guid.CreateVersion7(), MessageSender.Counsellor, UserId, MessageKind.InternalNote, cleanNote);
        if (from is { } previous)
        {
            await notifier.ToConsolesAsync(previous, "ended", new { conversationId, transferred = true });
        }
        await dispatcher.AnnounceAssignedAsync(found.Conversation, Aborted);
        return ChatResult.Success();
    }

    /// <summary>Ends the chat with a short summary (staff only; content, so deleted with the transcript).</summary>
    [Authorize]
    public async Task<ChatResult> End(Guid conversationId, string? summary)
    {
        var cleanSummary = summary is { Length: > 0 } ? TextInput.Clean(summary, 2000, out _) : null;
        if (summary is { Length: > 2000 })
        {
            return ChatResult.Refused(ChatErrors.TooLong);
        }
        if (await StaffConversationAsync(conversationId, mustBeMine: true, tracked: true) is not { } found || !found.Conversation.IsOpen)
        {
            return ChatResult.Refused(ChatErrors.NotFound);
        }
        found.Conversation.Status = ConversationStatus.Ended;
        found.Conversation.EndedAt = Now;
        found.Conversation.Summary = cleanSummary;
        await db.SaveChangesAsync(Aborted);
        await notifier.ToParentAsync(conversationId, "status", new { status = nameof(ConversationStatus.Ended), survey = found.Helpline.SurveyEnabled });
        await notifier.ToStaffAsync(found.Conversation, "ended", new { conversationId });
        await dispatcher.DispatchAsync(found.Helpline.Id, Aborted, queueChanged: false);
        return ChatResult.Success();
    }

    /// <summary>Blocks the parent's browser (and hashed address, where stored) from starting chats for a while, and ends the chat.</summary>
    [Authorize]
    public async Task<ChatResult> Block(Guid conversationId, string reason, int hours)
    {
        if (hours is < 1 or > MaxBlockHours)
        {
            return ChatResult.Refused(ChatErrors.Invalid);
        }
        if (TextInput.Clean(reason, MaxReasonLength, out var error) is not { } cleanReason)
        {
            return ChatResult.Refused(error!);
        }
        if (await StaffConversationAsync(conversationId, mustBeMine: true) is not { } found)
        {
            return ChatResult.Refused(ChatErrors.NotFound);
        }
        db.Add(new SessionBlock
        {
            NetworkId = found.Helpline.NetworkId,
            HelplineId = found.Helpline.Id,
            ConversationId = conversationId,
            BrowserHash = found.Conversation.BrowserHash,
            IpHash = found.Conversation.IpHash,
            Reason = cleanReason,
            Until = Now.AddHours(hours),
            BlockedBy = UserId!.Value,
        });
        await db.SaveChangesAsync(Aborted);
        return found.Conversation.IsOpen ? await End(conversationId, null) : ChatResult.Success();
    }

    private async Task<ChatResult> StaffWriteAsync(Guid conversationId, Guid clientMessageId, string text, MessageKind kind)
    {
        if (clientMessageId == Guid.Empty)
        {
            return ChatResult.Refused(ChatErrors.Invalid);
        }
        if (TextInput.Clean(text, kind == MessageKind.ServiceCard ? MaxCardLength : ChatMessage.MaxLength, out var error) is not { } clean)
        {
            return ChatResult.Refused(error!);
        }
        if (UserId is not { } userId || !await EnterStaffNetworkAsync(conversationId))
        {
            return ChatResult.Refused(ChatErrors.NotFound);
        }
        // The conversation and the caller's role are read fresh with the writer's batch.
        var console = OpenedConsole;
        var check = new MessageCheck(userId, found => Permitted(found, userId, console, mustBeMine: true) switch
        {
            null => ChatErrors.NotFound,
            { Status: not ConversationStatus.Active } when kind != MessageKind.InternalNote => ChatErrors.Ended,
            _ => null,
        });
        var (message, write) = await StoreAsync(helplines.Entered!.Id, conversationId, check, clientMessageId, MessageSender.Counsellor, userId, kind, clean);
        if (write.Refusal is { } refusal)
        {
            return ChatResult.Refused(refusal);
        }
        if (message is null)
        {
            return ChatResult.Refused(ChatErrors.Invalid);
        }
        var view = MessageView.From(message);
        if (write.IsNew)
        {
            if (kind == MessageKind.ServiceCard)
            {
                await CountReferralAsync(conversationId);
            }
            await notifier.NewMessageAsync(write.Conversation!, view, Context.ConnectionId);
        }
        return ChatResult.Success(view);
    }

    private sealed record StaffConversation(NetworkHelpline Helpline, Conversation Conversation, StaffRole Role);

    /// <summary>
    /// The conversation when the caller is staff of its helpline; with <paramref name="mustBeMine"/>, only
    /// when it is assigned to the caller or the caller is a supervisor. Null for anything else, so unknown
    /// ids and other helplines' ids look the same. With a console open this is one query (the check on
    /// every staff message): the conversation's state and the caller's role, both read fresh.
    /// </summary>
    private async Task<ConversationState?> StaffStateAsync(Guid conversationId, bool mustBeMine) =>
        await StaffedConversationAsync(conversationId, mustBeMine) is { } found ? found.Conversation : null;

    private async Task<StaffedConversation?> StaffedConversationAsync(Guid conversationId, bool mustBeMine)
    {
        if (UserId is not { } userId || !await EnterStaffNetworkAsync(conversationId))
        {
            return null;
        }
        var found = await staff.ConversationAsync(userId, conversationId, Aborted);
        return Permitted(found, userId, OpenedConsole, mustBeMine) is null ? null : found;
    }

    /// <summary>The helpline whose console this connection opened, if any.</summary>
    private Guid? OpenedConsole => Context.Items.TryGetValue(ConsoleKey, out var open) && open is Guid openId ? openId : null;

    /// <summary>
    /// The conversation when the user may work in it: staff of its helpline, in the console's helpline when one
    /// is open, and with <paramref name="mustBeMine"/> its counsellor or a supervisor. Pure, so the hub and the
    /// writer's batch check (which runs off the connection) apply the same rule.
    /// </summary>
    private static ConversationState? Permitted(StaffedConversation? found, Guid userId, Guid? console, bool mustBeMine)
    {
        if (found is not { Role: { } role } || (console is { } openId && openId != found.Conversation.HelplineId))
        {
            return null;
        }
        return mustBeMine && found.Conversation.CounsellorId != userId && role != StaffRole.Supervisor ? null : found.Conversation;
    }

    /// <summary>
    /// <see cref="StaffStateAsync"/> with the conversation itself (tracked to be changed, when asked) and its
    /// helpline, for the calls that need more than a message does.
    /// </summary>
    private async Task<StaffConversation?> StaffConversationAsync(Guid conversationId, bool mustBeMine, bool tracked = false)
    {
        if (await StaffedConversationAsync(conversationId, mustBeMine) is not { Role: { } role })
        {
            return null;
        }
        var query = db.Set<Conversation>().Where(c => c.Id == conversationId);
        var conversation = await (tracked ? query : query.AsNoTracking()).FirstAsync(Aborted);
        var helpline = await db.Set<NetworkHelpline>().AsNoTracking().FirstAsync(h => h.Id == conversation.HelplineId, Aborted);
        return new StaffConversation(helpline, conversation, role);
    }

    /// <summary>With a console open, its network (a conversation of another network is then not found); else the conversation's.</summary>
    private async Task<bool> EnterStaffNetworkAsync(Guid conversationId) =>
        ReenterNetwork(ConsoleNetworkKey) || await helplines.EnterForConversationAsync(conversationId, Aborted) is not null;

    private async Task<NetworkHelpline?> ConsoleHelplineAsync()
    {
        if (!Context.Items.TryGetValue(ConsoleKey, out var value) || value is not Guid helplineId)
        {
            return null;
        }
        var helpline = await helplines.EnterByIdAsync(helplineId, Aborted);
        return helpline is not null && await staff.RoleAsync(UserId, helpline, Aborted) is not null ? helpline : null;
    }

    private async Task<List<MessageView>> StaffTranscriptAsync(Guid conversationId) =>
        await db.Set<ChatMessage>().AsNoTracking().Where(m => m.ConversationId == conversationId)
            .OrderBy(m => m.SentAt).ThenBy(m => m.Id).Select(m => MessageView.From(m)).ToListAsync(Aborted);

    private async Task LeaveConsoleAsync()
    {
        if (!Context.Items.TryGetValue(ConsoleKey, out var value) || value is not Guid helplineId || UserId is not { } userId)
        {
            return;
        }
        Context.Items.Remove(ConsoleKey);
        if (await helplines.EnterByIdAsync(helplineId, CancellationToken.None) is null)
        {
            return;
        }
        await db.Set<CounsellorPresence>().Where(p => p.HelplineId == helplineId && p.UserId == userId && p.Connections > 0)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Connections, p => p.Connections - 1), CancellationToken.None);
    }
}
