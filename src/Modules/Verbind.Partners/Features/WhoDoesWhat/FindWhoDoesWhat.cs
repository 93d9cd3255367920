using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Data;
using Verbind.Partners.Domain;
using Verbind.Partners.Features.Common;
using Verbind.Platform.Data;

namespace Verbind.Partners.Features.WhoDoesWhat;

public sealed record WhoDoesWhatFilter(
    string? Query = null, string? Expertise = null, Sector? Sector = null, Guid? PlaceId = null, OrganisationKind? Kind = null,
    int PeoplePage = 1, int OrganisationsPage = 1)
{
    public bool IsEmpty => Query is null && Expertise is null && Sector is null && PlaceId is null && Kind is null;
}

public sealed record ProfessionalMatch(
    Guid Id, string FullName, string? Function, IReadOnlyList<string> Expertise, string? Email, string? Phone,
    Guid OrganisationId, string OrganisationName, string? PlaceName);

public sealed record OrganisationMatch(
    Guid Id, string Name, OrganisationKind Kind, Sector Sector, string? Municipality, string? Phone, string? Email, string? Website);

public sealed record WhoDoesWhatResult(Paged<ProfessionalMatch> People, Paged<OrganisationMatch> Organisations);

/// <summary>
/// Finds the professionals and organisations of the current network's active members by words,
/// expertise, sector, place and kind. Two paged queries and two counts, each one SQL statement: no N+1.
/// </summary>
public sealed class FindWhoDoesWhat(AppDbContext db, TimeProvider clock)
{
    public async Task<WhoDoesWhatResult> HandleAsync(WhoDoesWhatFilter filter, CancellationToken cancellationToken, int pageSize = Paging.DefaultPageSize)
    {
        var today = clock.Today();
        // Uncorrelated IN (subquery) filters: each subquery runs once, instead of once per row.
        var activeOrganisationIds = db.Memberships
            .Where(m => m.StartDate <= today && (m.EndDate == null || m.EndDate >= today))
            .Select(m => m.OrganisationId);
        var allPeople = db.People;
        var terms = SearchText.Terms(filter.Query);

        var people = allPeople.Where(p => activeOrganisationIds.Contains(p.OrganisationId));
        var organisations = db.Organisations.Where(o => activeOrganisationIds.Contains(o.Id));
        if (filter.Expertise is { } tag)
        {
            people = people.Where(p => p.Expertise.Contains(tag));
            var withTag = allPeople.Where(p => p.Expertise.Contains(tag)).Select(p => p.OrganisationId);
            organisations = organisations.Where(o => withTag.Contains(o.Id));
        }
        if (filter.Sector is { } sector)
        {
            people = people.Where(p => p.Organisation!.Sector == sector);
            organisations = organisations.Where(o => o.Sector == sector);
        }
        if (filter.Kind is { } kind)
        {
            people = people.Where(p => p.Organisation!.Kind == kind);
            organisations = organisations.Where(o => o.Kind == kind);
        }
        if (filter.PlaceId is { } placeId)
        {
            people = people.Where(p => p.PlaceId == placeId);
            var atPlace = allPeople.Where(p => p.PlaceId == placeId).Select(p => p.OrganisationId);
            var hosts = db.Places.Where(pl => pl.Id == placeId && pl.HostOrganisationId != null).Select(pl => pl.HostOrganisationId!.Value);
            organisations = organisations.Where(o => atPlace.Contains(o.Id) || hosts.Contains(o.Id));
        }
        foreach (var term in terms)
        {
            people = people.Where(p => p.SearchText.Contains(term) || p.Organisation!.SearchText.Contains(term));
            var matching = allPeople.Where(p => p.SearchText.Contains(term)).Select(p => p.OrganisationId);
            organisations = organisations.Where(o => o.SearchText.Contains(term) || matching.Contains(o.Id));
        }

        var peopleTotal = await people.CountAsync(cancellationToken);
        var peopleItems = await people
            .OrderBy(p => p.FullName).ThenBy(p => p.Id)
            .Skip((filter.PeoplePage - 1) * pageSize).Take(pageSize)
            .Select(p => new ProfessionalMatch(p.Id, p.FullName, p.Function, p.Expertise, p.Email, p.Phone,
                p.OrganisationId, p.Organisation!.Name, p.Place != null ? p.Place.Name : null))
            .ToListAsync(cancellationToken);
        var organisationsTotal = await organisations.CountAsync(cancellationToken);
        var organisationItems = await organisations
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Skip((filter.OrganisationsPage - 1) * pageSize).Take(pageSize)
            .Select(o => new OrganisationMatch(o.Id, o.Name, o.Kind, o.Sector, o.Address.Municipality, o.Phone, o.Email, o.Website))
            .ToListAsync(cancellationToken);
        return new WhoDoesWhatResult(
            new Paged<ProfessionalMatch>(peopleItems, filter.PeoplePage, pageSize, peopleTotal),
            new Paged<OrganisationMatch>(organisationItems, filter.OrganisationsPage, pageSize, organisationsTotal));
    }

    public async Task<IReadOnlyList<(Guid Id, string Name)>> PlacesAsync(CancellationToken cancellationToken) =>
        (await db.Places.OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken)).Select(p => (p.Id, p.Name)).ToList();
}
