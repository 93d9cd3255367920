using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Platform.Identity;

/// <summary>
/// An invitation by mail to take a role in a network. Only the SHA-256 of the token is stored;
/// the link in the mail carries the token itself and stops working when it expires or is used.
/// </summary>
public sealed class Invitation : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public required string Email { get; set; }
    public NetworkRole Role { get; set; }
    [NotAudited] public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public Guid InvitedByUserId { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    public InvitationState StateAt(DateTime now) =>
        RevokedAt is not null ? InvitationState.Revoked
        : AcceptedAt is not null ? InvitationState.Accepted
        : now >= ExpiresAt ? InvitationState.Expired
        : InvitationState.Open;
}

public enum InvitationState
{
    Open,
    Accepted,
    Expired,
    Revoked,
}
