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
/// sorted by name), with the rules the database queries applied before (docs/adr/0021 and 0050):
/// a person matches a word in their own text or their organisation's; an organisation matches a tag,
/// place or word of its own or of one of its people.
/// </summary>
public sealed class FindWhoDoesWhat(PartnersReadModel readModel, TimeProvider clock)
{
    public async Task<WhoDoesWhatResult> HandleAsync(WhoDoesWhatFilter filter, CancellationToken cancellationToken, int pageSize = Paging.DefaultPageSize)
    {
        var snapshot = await readModel.CurrentAsync(cancellationToken);
        var today = clock.Today();
        var organisationCount = snapshot.Organisations.Count;

        var memberOk = new bool[organisationCount];
        var organisationOk = new bool[organisationCount];
        foreach (var organisation in snapshot.Organisations)
        {
            memberOk[organisation.Index] = organisation.IsActiveOn(today)
                && (filter.Sector is null || organisation.Sector == filter.Sector)
                && (filter.Kind is null || organisation.Kind == filter.Kind);
            organisationOk[organisation.Index] = memberOk[organisation.Index];
        }
        var personOk = new bool[snapshot.People.Count];
        foreach (var person in snapshot.People)
        {
            personOk[person.Index] = memberOk[person.Organisation.Index] && (filter.PlaceId is null || person.PlaceId == filter.PlaceId);
        }
        if (filter.Expertise is { } tag)
        {
            var withTag = new bool[snapshot.People.Count];
            foreach (var index in snapshot.PeopleByTag.GetValueOrDefault(tag, []))
            {
                withTag[index] = true;
            }
            And(personOk, withTag);
            And(organisationOk, OrganisationsOf(snapshot, withTag));
        }
        if (filter.PlaceId is { } placeId)
        {
            var atPlace = OrganisationsOf(snapshot, snapshot.People.Select(p => p.PlaceId == placeId).ToArray());
            if (snapshot.Places.FirstOrDefault(p => p.Id == placeId)?.HostOrganisationId is { } host
                && snapshot.Organisations.FirstOrDefault(o => o.Id == host) is { } hostOrganisation)
            {
                atPlace[hostOrganisation.Index] = true;
            }
            And(organisationOk, atPlace);
        }
        foreach (var term in SearchText.Terms(filter.Query))
        {
            var personHits = new bool[snapshot.People.Count];
            snapshot.PeopleText.MarkContaining(term, personHits);
            var organisationHits = new bool[organisationCount];
            snapshot.OrganisationsText.MarkContaining(term, organisationHits);
            foreach (var person in snapshot.People)
            {
                personOk[person.Index] &= personHits[person.Index] || organisationHits[person.Organisation.Index];
            }
            var withPersonHit = OrganisationsOf(snapshot, personHits);
            for (var i = 0; i < organisationCount; i++)
            {
                organisationOk[i] &= organisationHits[i] || withPersonHit[i];
            }
        }

        return new WhoDoesWhatResult(
            Paged.Of(snapshot.People.Where(p => personOk[p.Index]), filter.PeoplePage, pageSize, p => new ProfessionalMatch(
                p.Id, p.FullName, p.Function, p.Expertise, p.Email, p.Phone, p.Organisation.Id, p.Organisation.Name, p.PlaceName)),
            Paged.Of(snapshot.Organisations.Where(o => organisationOk[o.Index]), filter.OrganisationsPage, pageSize, o => new OrganisationMatch(
                o.Id, o.Name, o.Kind, o.Sector, o.Municipality, o.Phone, o.Email, o.Website)));
    }

    public async Task<IReadOnlyList<(Guid Id, string Name)>> PlacesAsync(CancellationToken cancellationToken) =>
        (await readModel.CurrentAsync(cancellationToken)).Places.Select(p => (p.Id, p.Name)).ToList();

    /// <summary>The expertise tags in use in the network, for the search form.</summary>
    public async Task<IReadOnlyList<string>> TagsAsync(CancellationToken cancellationToken) =>
        (await readModel.CurrentAsync(cancellationToken)).ExpertiseTags;

    /// <summary>The organisations (flags by index) of the people flagged in <paramref name="people"/>.</summary>
    private static bool[] OrganisationsOf(PartnersSnapshot snapshot, bool[] people)
    {
        var organisations = new bool[snapshot.Organisations.Count];
        foreach (var person in snapshot.People)
        {
            if (people[person.Index])
            {
                organisations[person.Organisation.Index] = true;
            }
        }
        return organisations;
    }

    private static void And(bool[] target, bool[] other)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] &= other[i];
        }
    }
}
