using Verbind.Platform.Audit;
using Verbind.Platform.Data;

namespace Verbind.Platform.Tenancy;

public enum NetworkRole
{
    Viewer = 0,
    PartnerMember = 1,
    Coordinator = 2,
}

/// <summary>A user's role in one network. A user can hold a role in several networks.</summary>
public sealed class NetworkUserRole : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public Guid UserId { get; set; }
    public NetworkRole Role { get; set; }
    public DateTime GrantedAt { get; set; }
}
