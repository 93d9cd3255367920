using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Partners.Domain;

/// <summary>
/// An organisation's place in a network, with a role and a period. A change of role ends one
/// membership and starts the next, so the history stays.
/// </summary>
public sealed class Membership : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public MembershipRole Role { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? Note { get; set; }

    public bool IsActiveOn(DateOnly day) => StartDate <= day && (EndDate is null || EndDate >= day);
}

public enum MembershipRole
{
    LeadOrganisation,
    CorePartner,
    Partner,
    Municipality,
}
