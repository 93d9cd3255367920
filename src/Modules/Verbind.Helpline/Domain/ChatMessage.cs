using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Helpline.Domain;

/// <summary>
/// A line in a conversation. The client picks <see cref="ClientMessageId"/>; the pair (conversation,
/// client id) is unique, so a resent message is stored once.
/// </summary>
public sealed class ChatMessage : Entity, INetworkOwned
{
    public const int MaxLength = 2000;

    public Guid NetworkId { get; set; }
    public Guid ConversationId { get; set; }
    public Guid ClientMessageId { get; set; }
    public MessageSender Sender { get; set; }
    public Guid? AuthorUserId { get; set; }
    public MessageKind Kind { get; set; }
    public required string Text { get; set; }
    public DateTime SentAt { get; set; }
}

public enum MessageSender
{
    Parent = 0,
    Counsellor = 1,
    System = 2,
}

public enum MessageKind
{
    Text = 0,

    /// <summary>Only counsellors and supervisors see it.</summary>
    InternalNote = 1,

    /// <summary>A referral: the text is a card (see Features/Referral/ServiceCard: name, organisation, municipality, link).</summary>
    ServiceCard = 2,
}
