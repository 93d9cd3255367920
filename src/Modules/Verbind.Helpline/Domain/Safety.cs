using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Helpline.Domain;

/// <summary>A browser (and, when the helpline stores hashed addresses, an address) that may not start chats until <see cref="Until"/>.</summary>
public sealed class SessionBlock : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public Guid HelplineId { get; set; }
    public Guid ConversationId { get; set; }
    public string? BrowserHash { get; set; }
    public string? IpHash { get; set; }
    public required string Reason { get; set; }
    public DateTime Until { get; set; }
    public Guid BlockedBy { get; set; }
}

/// <summary>A supervisor read a live chat silently or joined it; kept (and audited) for accountability.</summary>
public sealed class SupervisionAccess : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public Guid ConversationId { get; set; }
    public Guid UserId { get; set; }
    public SupervisionKind Kind { get; set; }
    public DateTime At { get; set; }
}

public enum SupervisionKind
{
    SilentRead = 0,
    Join = 1,
}
