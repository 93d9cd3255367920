using Verbind.Helpline.Features.Common;

namespace Verbind.Helpline.Features.Chat;

/// <summary>
/// What a message must find in its conversation as stored: <paramref name="Refusal"/> gets the conversation
/// (with the role of <paramref name="StaffUserId"/> in its helpline, when given; null for an unknown id or
/// another network's) and answers a refusal code, or null to store the message. The writer reads every
/// checked conversation of a batch in one query, so a message costs no read of its own (ADR 0092).
/// </summary>
public sealed record MessageCheck(Guid? StaffUserId, Func<StaffedConversation?, string?> Refusal);

/// <summary>
/// The writer's answer: refused (with the code), or stored; <paramref name="IsNew"/> is false for a resend of
/// a stored client id. <paramref name="Conversation"/> is the state the message was checked against.
/// </summary>
public sealed record MessageWrite(string? Refusal, bool IsNew, ConversationState? Conversation);
