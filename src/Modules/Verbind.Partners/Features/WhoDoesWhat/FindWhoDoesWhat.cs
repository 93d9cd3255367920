using Verbind.Partners.Domain;
using Verbind.Partners.Features.Common;
using Verbind.Partners.Features.ReadModel;

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
/// expertise, sector, place and kind, in the network's in-memory <see cref="PartnersSnapshot"/> (already
/// sorted by name): the same rules the database queries applied before (docs/adr/0021 and 0050).
/// </summary>
public sealed class FindWhoDoesWhat(PartnersReadModel readModel, TimeProvider clock)
{
    public async Task<WhoDoesWhatResult> HandleAsync(WhoDoesWhatFilter filter, CancellationToken cancellationToken, int pageSize = Paging.DefaultPageSize)
    {
        var snapshot = await readModel.CurrentAsync(cancellationToken);
        var today = clock.Today();
        var terms = SearchText.Terms(filter.Query);

        // Organisations that have a person with the tag, at the place, or matching each word.
        var withTag = filter.Expertise is { } tag ? OrganisationsOf(snapshot.People.Where(p => p.Expertise.Contains(tag))) : null;
        var atPlace = filter.PlaceId is { } placeId
            ? OrganisationsOf(snapshot.People.Where(p => p.PlaceId == placeId))
                .Union(snapshot.Places.Where(pl => pl.Id == placeId && pl.HostOrganisationId != null).Select(pl => pl.HostOrganisationId!.Value))
                .ToHashSet()
            : null;
        var matchingTerm = terms.Select(term => OrganisationsOf(snapshot.People.Where(p => p.SearchText.Contains(term, StringComparison.Ordinal)))).ToList();

        var people = snapshot.People.Where(p =>
            p.Organisation.IsActiveOn(today)
            && (filter.Expertise is null || p.Expertise.Contains(filter.Expertise))
            && (filter.Sector is null || p.Organisation.Sector == filter.Sector)
            && (filter.Kind is null || p.Organisation.Kind == filter.Kind)
            && (filter.PlaceId is null || p.PlaceId == filter.PlaceId)
            && terms.All(term => p.SearchText.Contains(term, StringComparison.Ordinal) || p.Organisation.SearchText.Contains(term, StringComparison.Ordinal)));
        var organisations = snapshot.Organisations.Where(o =>
            o.IsActiveOn(today)
            && (withTag is null || withTag.Contains(o.Id))
            && (filter.Sector is null || o.Sector == filter.Sector)
            && (filter.Kind is null || o.Kind == filter.Kind)
            && (atPlace is null || atPlace.Contains(o.Id))
            && Enumerable.Range(0, terms.Count).All(i => o.SearchText.Contains(terms[i], StringComparison.Ordinal) || matchingTerm[i].Contains(o.Id)));

        return new WhoDoesWhatResult(
            Paged.Of(people, filter.PeoplePage, pageSize, p => new ProfessionalMatch(
                p.Id, p.FullName, p.Function, p.Expertise, p.Email, p.Phone, p.Organisation.Id, p.Organisation.Name, p.PlaceName)),
            Paged.Of(organisations, filter.OrganisationsPage, pageSize, o => new OrganisationMatch(
                o.Id, o.Name, o.Kind, o.Sector, o.Municipality, o.Phone, o.Email, o.Website)));
    }

    public async Task<IReadOnlyList<(Guid Id, string Name)>> PlacesAsync(CancellationToken cancellationToken) =>
        (await readModel.CurrentAsync(cancellationToken)).Places.Select(p => (p.Id, p.Name)).ToList();

    /// <summary>The expertise tags in use in the network, for the search form.</summary>
    public async Task<IReadOnlyList<string>> TagsAsync(CancellationToken cancellationToken) =>
        (await readModel.CurrentAsync(cancellationToken)).ExpertiseTags;

    private static HashSet<Guid> OrganisationsOf(IEnumerable<SnapshotPerson> people) => people.Select(p => p.Organisation.Id).ToHashSet();
}
