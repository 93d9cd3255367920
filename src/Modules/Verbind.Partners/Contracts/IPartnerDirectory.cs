namespace Verbind.Partners.Contracts;

/// <summary>An organisation as other modules see it: enough to show, link and contact it.</summary>
public sealed record PartnerSummary(
    Guid Id,
    string Name,
    string Kind,
    string? EnterpriseNumber,
    string? Street,
    string? Postcode,
    string? Municipality,
    string CountryCode,
    string? Email,
    string? Phone,
    string? Website,
    DateTime UpdatedAt);

/// <summary>A person of an organisation in the current network.</summary>
public sealed record PartnerPerson(Guid Id, Guid OrganisationId, string FullName, string? Function, string? Email, string? Phone, bool IsRepresentative, Guid? UserId);

/// <summary>
/// What other modules may read of the Partners module. Reads follow the caller's scope: in a network
/// scope only that network's partners; in an all-networks scope (public pages, system jobs) every one.
/// </summary>
public interface IPartnerDirectory
{
    /// <summary>The organisations with a membership in the current network that is active today, by name.</summary>
    Task<IReadOnlyList<PartnerSummary>> ActivePartnersAsync(CancellationToken cancellationToken);

    /// <summary>The organisations with these ids that the scope may see; unknown ids are left out.</summary>
    Task<IReadOnlyList<PartnerSummary>> FindAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken);

    /// <summary>The organisations the user is a person of in the current network (after linking by confirmed e-mail).</summary>
    Task<IReadOnlySet<Guid>> OrganisationsOfUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The people of these organisations in the current network; only representatives when asked.</summary>
    Task<IReadOnlyList<PartnerPerson>> PeopleAsync(IReadOnlyCollection<Guid> organisationIds, bool representativesOnly, CancellationToken cancellationToken);
}
