using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Common;
using Verbind.Helpline.Features.PersonalCodes;
using Verbind.Helpline.Features.Presence;
using Verbind.Helpline.Features.Roster;
using Verbind.Platform.Data;

namespace Verbind.Helpline.Features.Chat;

/// <summary>
/// The chat hub at /hubs/chat. Parents are anonymous: a connection belongs to a conversation after
/// <see cref="Start"/> or <see cref="Resume"/>. Counsellor and supervisor methods (ChatHub.Staff.cs)
/// need a signed-in user with a staff role in the conversation's helpline. Every call answers with a
/// <see cref="ChatResult"/>: ok, or a refusal code with nothing changed. Message text is never logged.
/// </summary>
public sealed partial class ChatHub(
    AppDbContext db,
    HelplineScope helplines,
    HelplineStatus status,
    StaffAccess staff,
    Dispatcher dispatcher,
    ChatNotifier notifier,
    MessageWriter writer,
    StartLimiter limiter,
    PersonalCodeBook codes,
    PresenceWindow presence,
    TimeProvider clock) : Hub
{
    public const string Path = "/hubs/chat";
    public const string BrowserCookie = "verbind.chat";
    private const string ConversationKey = "conversation";
    private const string ParentNetworkKey = "parent-network";
    private static readonly TimeSpan SurveyWindow = TimeSpan.FromHours(2);

    private CancellationToken Aborted => Context.ConnectionAborted;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<ChatResult> Start(StartRequest request)
    {
        if (request is null || await helplines.EnterBySlugAsync(request.Helpline, Aborted) is not { } helpline)
        {
            return ChatResult.Refused(ChatErrors.NotFound);
        }
        if (Context.Items.ContainsKey(ConversationKey))
        {
            return ChatResult.Refused(ChatErrors.Invalid);
        }
        var http = Context.GetHttpContext();
        var address = http?.Connection.RemoteIpAddress?.ToString();
        var browserHash = http?.Request.Cookies[BrowserCookie] is { Length: > 0 and <= 100 } browser ? Secrets.KeyedHash(browser, helpline.HashKey) : null;
        var ipHash = helpline.StoreHashedIp && address is not null ? Secrets.KeyedHash(address, helpline.HashKey) : null;
        if (await IsBlockedAsync(helpline, browserHash, address))
        {
            return ChatResult.Refused(ChatErrors.Blocked);
        }
        if (!(await status.GetAsync(helpline, Aborted)).Open)
        {
            return ChatResult.Refused(ChatErrors.Closed);
        }
        var waiting = await db.Set<Conversation>().CountAsync(c => c.HelplineId == helpline.Id && c.Status == ConversationStatus.Waiting, Aborted);
        if (waiting >= helpline.MaxQueueLength)
        {
            return ChatResult.Refused(ChatErrors.QueueFull);
        }
        if (!limiter.TryStart(helpline.Id, address))
        {
            return ChatResult.Refused(ChatErrors.RateLimited);
        }
        // After the limiter, so guessing codes costs starts like anything else.
        Guid? preferred = null;
        if (!string.IsNullOrWhiteSpace(request.Code))
        {
            if (request.Code.Length > 40 || await codes.CounsellorAsync(helpline, request.Code, Aborted) is not { } counsellor)
            {
                return ChatResult.Refused(ChatErrors.CodeUnknown);
            }
            preferred = counsellor;
        }
        var token = Secrets.NewToken();
        var topic = PreChatQuestions.Topic(request.Topic);
        var conversation = new Conversation
        {
            NetworkId = helpline.NetworkId,
            HelplineId = helpline.Id,
            Status = ConversationStatus.Waiting,
            ResumeTokenHash = Secrets.Hash(token),
            BrowserHash = browserHash,
            IpHash = ipHash,
            QueuedAt = Now,
            Topic = topic,
            Risk = topic == PreChatQuestions.SafetyTopic,
            Municipality = TextInput.Optional(request.Municipality, PreChatQuestions.MaxMunicipalityLength),
            Source = PreChatQuestions.Source(request.Source),
            PreferredCounsellorId = preferred,
        };
        db.Add(conversation);
        await db.SaveChangesAsync(Aborted);
        await JoinAsParentAsync(conversation);
        if (conversation.Risk)
        {
            await notifier.ToSupervisorsAsync(helpline.Id, "risk", ConversationView.From(conversation));
        }
        await dispatcher.DispatchAsync(helpline.Id, Aborted, queued: conversation.Id);
        var current = await db.Set<Conversation>().AsNoTracking().FirstAsync(c => c.Id == conversation.Id, Aborted);
        return ChatResult.Success(new StartedView(current.Id, token, current.Status.ToString(), await QueuePlaceAsync(current)));
    }

    /// <summary>Picks up a conversation after a reconnect or a reload: everything said so far, and the place in the queue.</summary>
    public async Task<ChatResult> Resume(string resumeToken)
    {
        if (string.IsNullOrEmpty(resumeToken) || resumeToken.Length > 100)
        {
            return ChatResult.Refused(ChatErrors.NotFound);
        }
        if (await ConversationIdAsync(resumeToken) is not { } id || await helplines.EnterForConversationAsync(id, Aborted) is null)
        {
            return ChatResult.Refused(ChatErrors.NotFound);
        }
        var conversation = await db.Set<Conversation>().AsNoTracking().FirstAsync(c => c.Id == id, Aborted);
        if (!conversation.IsOpen)
        {
            return ChatResult.Refused(ChatErrors.Ended);
        }
        if (Context.Items.TryGetValue(ConversationKey, out var current) && current is Guid other && other != id)
        {
            return ChatResult.Refused(ChatErrors.Invalid);
        }
        await JoinAsParentAsync(conversation);
        var messages = await ParentTranscriptAsync(id);
        return ChatResult.Success(new ResumedView(id, conversation.Status.ToString(), await QueuePlaceAsync(conversation), messages));
    }

    public async Task<ChatResult> Send(Guid clientMessageId, string text)
    {
        if (!Context.Items.TryGetValue(ConversationKey, out var value) || value is not Guid conversationId || !await EnterParentNetworkAsync(conversationId))
        {
            return ChatResult.Refused(ChatErrors.NoConversation);
        }
        if (clientMessageId == Guid.Empty)
        {
            return ChatResult.Refused(ChatErrors.Invalid);
        }
        if (TextInput.Clean(text, ChatMessage.MaxLength, out var error) is not { } clean)
        {
            return ChatResult.Refused(error!);
        }
        // The conversation is read fresh with the writer's batch: open, or the message is refused.
        var check = new MessageCheck(null, found => found is null ? ChatErrors.NoConversation : found.Conversation.IsOpen ? null : ChatErrors.Ended);
        var (message, write) = await StoreAsync(helplines.Entered!.Id, conversationId, check, clientMessageId, MessageSender.Parent, null, MessageKind.Text, clean);
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
            await notifier.NewMessageAsync(write.Conversation!, view, Context.ConnectionId);
        }
        return ChatResult.Success(view);
    }

    public async Task<ChatResult> Typing()
    {
        if (await ParentConversationAsync() is not { IsOpen: true } conversation)
        {
            return ChatResult.Refused(ChatErrors.NoConversation);
        }
        await notifier.ToStaffAsync(conversation, "typing", new { conversationId = conversation.Id, sender = nameof(MessageSender.Parent) });
        return ChatResult.Success();
    }

    /// <summary>The parent leaves the queue, or ends the chat.</summary>
    public async Task<ChatResult> Leave()
    {
        if (await ParentConversationAsync() is not { } conversation)
        {
            return ChatResult.Refused(ChatErrors.NoConversation);
        }
        if (!conversation.IsOpen)
        {
            return ChatResult.Refused(ChatErrors.Ended);
        }
        var wasWaiting = conversation.Status == ConversationStatus.Waiting;
        var changed = await db.Set<Conversation>().Where(c => c.Id == conversation.Id && c.Status == conversation.Status)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.Status, wasWaiting ? ConversationStatus.Left : ConversationStatus.Ended)
                .SetProperty(c => c.EndedAt, Now), Aborted);
        if (changed == 0)
        {
            return ChatResult.Refused(ChatErrors.Invalid);
        }
        await notifier.ToParentAsync(conversation.Id, "status", new { status = wasWaiting ? nameof(ConversationStatus.Left) : nameof(ConversationStatus.Ended) });
        if (!wasWaiting)
        {
            await notifier.ToStaffAsync(conversation, "ended", new { conversationId = conversation.Id, byParent = true });
        }
        await dispatcher.DispatchAsync(conversation.HelplineId, Aborted, queueChanged: wasWaiting);
        return ChatResult.Success();
    }

    /// <summary>The two optional questions after a chat, answered once, with the token of that chat.</summary>
    public async Task<ChatResult> Survey(string resumeToken, int? helped, int? wouldReturn)
    {
        if (helped is < 1 or > 5 || wouldReturn is < 1 or > 5 || string.IsNullOrEmpty(resumeToken) || resumeToken.Length > 100)
        {
            return ChatResult.Refused(ChatErrors.Invalid);
        }
        if (await ConversationIdAsync(resumeToken) is not { } id || await helplines.EnterForConversationAsync(id, Aborted) is not { SurveyEnabled: true })
        {
            return ChatResult.Refused(ChatErrors.NotFound);
        }
        var since = Now - SurveyWindow;
        var changed = await db.Set<Conversation>()
            .Where(c => c.Id == id && c.Status == ConversationStatus.Ended && c.EndedAt > since && c.SurveyHelped == null && c.SurveyWouldReturn == null)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.SurveyHelped, helped).SetProperty(c => c.SurveyWouldReturn, wouldReturn), Aborted);
        return changed == 1 ? ChatResult.Success() : ChatResult.Refused(ChatErrors.Ended);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await LeaveConsoleAsync();
        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>The conversation a resume token belongs to, in any network (the caller enters it next).</summary>
    private async Task<Guid?> ConversationIdAsync(string resumeToken)
    {
        var hash = Secrets.Hash(resumeToken);
        return await db.Set<Conversation>().IgnoreQueryFilters().Where(c => c.ResumeTokenHash == hash).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(Aborted);
    }

    private async Task JoinAsParentAsync(Conversation conversation)
    {
        Context.Items[ConversationKey] = conversation.Id;
        Context.Items[ParentNetworkKey] = helplines.Entered;
        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroups.Parent(conversation.Id), Aborted);
    }

    private async Task<ConversationState?> ParentConversationAsync()
    {
        if (!Context.Items.TryGetValue(ConversationKey, out var value) || value is not Guid id || !await EnterParentNetworkAsync(id))
        {
            return null;
        }
        return await ConversationState.ReadAsync(db, id, Aborted);
    }

    private async Task<bool> EnterParentNetworkAsync(Guid conversationId) =>
        ReenterNetwork(ParentNetworkKey) || await helplines.EnterForConversationAsync(conversationId, Aborted) is not null;

    /// <summary>
    /// Enters the network this connection entered before for a parent's conversation or a console (a
    /// conversation and a helpline never change network, and a connection keeps one of each), which saves
    /// three lookups on every message. Queries after this are filtered to that network as usual.
    /// </summary>
    private bool ReenterNetwork(string key)
    {
        if (!Context.Items.TryGetValue(key, out var value) || value is not Platform.Tenancy.Network network)
        {
            return false;
        }
        helplines.Reenter(network);
        return true;
    }

    private async Task<List<MessageView>> ParentTranscriptAsync(Guid conversationId) =>
        await db.Set<ChatMessage>().AsNoTracking()
            .Where(m => m.ConversationId == conversationId && m.Kind != MessageKind.InternalNote)
            .OrderBy(m => m.SentAt).ThenBy(m => m.Id)
            .Select(m => MessageView.From(m)).ToListAsync(Aborted);

    private async Task<QueueView?> QueuePlaceAsync(Conversation conversation)
    {
        if (conversation.Status != ConversationStatus.Waiting)
        {
            return null;
        }
        var waiting = await db.Set<Conversation>().AsNoTracking()
            .Where(c => c.HelplineId == conversation.HelplineId && c.Status == ConversationStatus.Waiting).ToListAsync(Aborted);
        var position = QueueRules.InOrder(waiting).Select(c => c.Id).ToList().IndexOf(conversation.Id) + 1;
        return (await notifier.EstimatorAsync(conversation.HelplineId, Aborted))(position);
    }

    /// <summary>Stores a message of a conversation the caller has just checked (see the overload with a check).</summary>
    private async Task<(ChatMessage? Message, bool IsNew)> StoreAsync(ConversationState conversation, Guid clientMessageId, MessageSender sender, Guid? author, MessageKind kind, string text)
    {
        var (message, write) = await StoreAsync(conversation.NetworkId, conversation.Id, null, clientMessageId, sender, author, kind, text);
        return (message, write.IsNew);
    }

    /// <summary>
    /// Stores a message once per client id when <paramref name="check"/> lets it (a conversation of another
    /// network than <paramref name="networkId"/> is not found); a resend returns the stored one. Nothing is
    /// read first: the writer tells a resend by its clash on the unique key (conversation, client id), and
    /// reads the conversation for the check with its batch.
    /// </summary>
    private async Task<(ChatMessage? Message, MessageWrite Write)> StoreAsync(Guid networkId, Guid conversationId, MessageCheck? check, Guid clientMessageId, MessageSender sender, Guid? author, MessageKind kind, string text)
    {
        var message = new ChatMessage
        {
            NetworkId = networkId,
            ConversationId = conversationId,
            ClientMessageId = clientMessageId,
            Sender = sender,
            AuthorUserId = author,
            Kind = kind,
            Text = text,
            SentAt = Now,
        };
        var write = await writer.WriteAsync(message, check);
        if (write.Refusal is not null || write.IsNew)
        {
            return (write.Refusal is null ? message : null, write);
        }
        var stored = await db.Set<ChatMessage>().AsNoTracking().FirstAsync(m => m.ConversationId == conversationId && m.ClientMessageId == clientMessageId, Aborted);
        // Someone else's id (a guess or a replay from the other side) is refused, not echoed.
        return (stored.Sender == sender && stored.AuthorUserId == author ? stored : null, write);
    }

    private async Task<bool> IsBlockedAsync(NetworkHelpline helpline, string? browserHash, string? address)
    {
        var ipHash = address is null ? null : Secrets.KeyedHash(address, helpline.HashKey);
        return await db.Set<SessionBlock>().AnyAsync(b => b.HelplineId == helpline.Id && b.Until > Now
            && ((browserHash != null && b.BrowserHash == browserHash) || (ipHash != null && b.IpHash == ipHash)), Aborted);
    }
}
