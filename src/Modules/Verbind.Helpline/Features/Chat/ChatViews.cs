using System.Text.Json.Serialization;
using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Referral;

namespace Verbind.Helpline.Features.Chat;

/// <summary>
/// What the clients receive. Text is always plain text; the pages show it with textContent. A service
/// card also carries its fields in <see cref="Card"/> (absent from every other message).
/// </summary>
public sealed record MessageView(
    Guid Id, Guid ClientId, Guid ConversationId, string Sender, string Kind, string Text, DateTime SentAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ServiceCard? Card = null)
{
    public static MessageView From(ChatMessage m) => m.Kind == MessageKind.ServiceCard && ServiceCard.Parse(m.Text) is { } card
        ? new(m.Id, m.ClientMessageId, m.ConversationId, m.Sender.ToString(), m.Kind.ToString(), card.Plain(), m.SentAt, card)
        : new(m.Id, m.ClientMessageId, m.ConversationId, m.Sender.ToString(), m.Kind.ToString(), m.Text, m.SentAt);
}

public sealed record QueueView(int Position, int EstimatedWaitMinutes);

public sealed record StartedView(Guid ConversationId, string ResumeToken, string Status, QueueView? Queue);

public sealed record ResumedView(Guid ConversationId, string Status, QueueView? Queue, IReadOnlyList<MessageView> Messages);

public sealed record ConversationView(
    Guid Id, string Status, DateTime QueuedAt, DateTime? AssignedAt, Guid? CounsellorId, bool Risk,
    string? Topic, string? Municipality, IReadOnlyList<string> Tags, Guid? PreferredCounsellorId)
{
    public static ConversationView From(Conversation c) =>
        new(c.Id, c.Status.ToString(), c.QueuedAt, c.AssignedAt, c.CounsellorId, c.Risk, c.Topic, c.Municipality, c.Tags, c.PreferredCounsellorId);
}

public sealed record ConsoleConversation(ConversationView Conversation, IReadOnlyList<MessageView> Messages);

public sealed record CounsellorLoad(Guid UserId, string Name, string Availability, int Capacity, int Active, bool Online);

public sealed record ConsoleState(
    Guid HelplineId, Guid UserId, bool Supervisor, string Availability, int Capacity,
    IReadOnlyList<ConversationView> Queue, IReadOnlyList<ConsoleConversation> Mine);

public sealed record SupervisionView(
    IReadOnlyList<ConversationView> Queue, IReadOnlyList<ConversationView> Live, IReadOnlyList<CounsellorLoad> Counsellors);
