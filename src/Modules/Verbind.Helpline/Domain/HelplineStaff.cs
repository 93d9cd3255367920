using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Helpline.Domain;

/// <summary>A network member's role in one helpline. A supervisor can do everything a counsellor can.</summary>
public sealed class HelplineStaff : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public Guid HelplineId { get; set; }
    public Guid UserId { get; set; }
    public StaffRole Role { get; set; }
}

public enum StaffRole
{
    Counsellor = 0,
    Supervisor = 1,
}
