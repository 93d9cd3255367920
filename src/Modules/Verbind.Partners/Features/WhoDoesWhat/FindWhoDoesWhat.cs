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
/// place or word of its own or of one of its people. What a word, tag or place matches is worked out
/// once per snapshot and kept with it; a request combines those flags and pages the result.
/// </summary>
public sealed class FindWhoDoesWhat(PartnersReadModel readModel, TimeProvider clock)
{
    /// <summary>Flags by <see cref="SnapshotPerson.Index"/> and <see cref="SnapshotOrganisation.Index"/>.</summary>
    private sealed record Matches(bool[] People, bool[] Organisations);

    public async Task<WhoDoesWhatResult> HandleAsync(WhoDoesWhatFilter filter, CancellationToken cancellationToken, int pageSize = Paging.DefaultPageSize)
    {
        var snapshot = await readModel.CurrentAsync(cancellationToken);
        var today = clock.Today();
        var matches = new List<Matches>();
        if (filter.Expertise is { } tag)
        {
            matches.Add(snapshot.Memo(("tag", tag), () => TagMatches(snapshot, tag)));
        }
        if (filter.PlaceId is { } placeId)
        {
            matches.Add(snapshot.Memo(("place", placeId), () => PlaceMatches(snapshot, placeId)));
        }
        foreach (var term in SearchText.Terms(filter.Query))
        {
            matches.Add(snapshot.Memo(("term", term), () => TermMatches(snapshot, term)));
        }

        var organisationOk = new bool[snapshot.Organisations.Count];
        foreach (var organisation in snapshot.Organisations)
        {
            organisationOk[organisation.Index] = organisation.IsActiveOn(today)
                && (filter.Sector is null || organisation.Sector == filter.Sector)
                && (filter.Kind is null || organisation.Kind == filter.Kind);
        }
        var personOk = new bool[snapshot.People.Count];
        foreach (var person in snapshot.People)
        {
            personOk[person.Index] = organisationOk[person.Organisation.Index];
        }
        foreach (var match in matches)
        {
            And(personOk, match.People);
            And(organisationOk, match.Organisations);
        }

        return new WhoDoesWhatResult(
            Paged.Of(snapshot.People, personOk, filter.PeoplePage, pageSize, p => new ProfessionalMatch(
                p.Id, p.FullName, p.Function, p.Expertise, p.Email, p.Phone, p.Organisation.Id, p.Organisation.Name, p.PlaceName)),
            Paged.Of(snapshot.Organisations, organisationOk, filter.OrganisationsPage, pageSize, o => new OrganisationMatch(
                o.Id, o.Name, o.Kind, o.Sector, o.Municipality, o.Phone, o.Email, o.Website)));
    }

    public async Task<IReadOnlyList<(Guid Id, string Name)>> PlacesAsync(CancellationToken cancellationToken) =>
        (await readModel.CurrentAsync(cancellationToken)).Places.Select(p => (p.Id, p.Name)).ToList();

    /// <summary>The expertise tags in use in the network, for the search form.</summary>
    public async Task<IReadOnlyList<string>> TagsAsync(CancellationToken cancellationToken) =>
        (await readModel.CurrentAsync(cancellationToken)).ExpertiseTags;

    /// <summary>People with the tag, and the organisations of people with it.</summary>
    private static Matches TagMatches(PartnersSnapshot snapshot, string tag)
    {
        var people = new bool[snapshot.People.Count];
        foreach (var index in snapshot.PeopleByTag.GetValueOrDefault(tag, []))
        {
            people[index] = true;
        }
        return new Matches(people, OrganisationsOf(snapshot, people));
    }

    /// <summary>People at the place, and their organisations plus the place's host.</summary>
    private static Matches PlaceMatches(PartnersSnapshot snapshot, Guid placeId)
    {
        var people = new bool[snapshot.People.Count];
        foreach (var person in snapshot.People)
        {
            people[person.Index] = person.PlaceId == placeId;
        }
        var organisations = OrganisationsOf(snapshot, people);
        if (snapshot.Places.FirstOrDefault(p => p.Id == placeId)?.HostOrganisationId is { } host
            && snapshot.Organisations.FirstOrDefault(o => o.Id == host) is { } hostOrganisation)
        {
            organisations[hostOrganisation.Index] = true;
        }
        return new Matches(people, organisations);
    }

    /// <summary>People whose own or organisation's text has the word; organisations whose own or a person's text has it.</summary>
    private static Matches TermMatches(PartnersSnapshot snapshot, string term)
    {
        var personHits = new bool[snapshot.People.Count];
        snapshot.PeopleText.MarkContaining(term, personHits);
        var organisationHits = new bool[snapshot.Organisations.Count];
        snapshot.OrganisationsText.MarkContaining(term, organisationHits);
        var people = new bool[snapshot.People.Count];
        foreach (var person in snapshot.People)
        {
            people[person.Index] = personHits[person.Index] || organisationHits[person.Organisation.Index];
        }
        var organisations = OrganisationsOf(snapshot, personHits);
        for (var i = 0; i < organisations.Length; i++)
        {
            organisations[i] |= organisationHits[i];
        }
        return new Matches(people, organisations);
    }

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
