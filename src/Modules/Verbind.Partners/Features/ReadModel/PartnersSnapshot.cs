using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Data;
using Verbind.Partners.Domain;
using Verbind.Platform.Data;

namespace Verbind.Partners.Features.ReadModel;

public sealed record MembershipPeriod(MembershipRole Role, DateOnly Start, DateOnly? End)
{
    public bool IsActiveOn(DateOnly day) => Start <= day && (End is null || End >= day);

    public bool HasNotEndedOn(DateOnly day) => End is null || End >= day;
}

/// <summary>An organisation with a membership in the network, with what the searches and the overview read.</summary>
/// <param name="Index">Its position in <see cref="PartnersSnapshot.Organisations"/>.</param>
public sealed record SnapshotOrganisation(
    int Index, Guid Id, string Name, OrganisationKind Kind, Sector Sector, string? Municipality, string? Phone, string? Email, string? Website,
    string SearchText, IReadOnlyList<MembershipPeriod> Memberships)
{
    public bool IsActiveOn(DateOnly day)
    {
        foreach (var membership in Memberships)
        {
            if (membership.IsActiveOn(day))
            {
                return true;
            }
        }
        return false;
    }
}

/// <param name="Index">Its position in <see cref="PartnersSnapshot.People"/>.</param>
public sealed record SnapshotPerson(
    int Index, Guid Id, string FullName, string? Function, IReadOnlyList<string> Expertise, string? Email, string? Phone,
    SnapshotOrganisation Organisation, Guid? PlaceId, string? PlaceName, string SearchText);

public sealed record SnapshotPlace(Guid Id, string Name, Guid? HostOrganisationId);

/// <summary>An organisation's latest membership (the one with the last start date) in the network.</summary>
public sealed record LatestMembership(SnapshotOrganisation Organisation, MembershipPeriod Membership);

/// <summary>
/// The Partners data of one network as who-does-what and the overview read it, at one
/// <see cref="NetworkVersion"/>: compact, immutable, sorted as the pages show it. Filtering 20,000
/// people in memory costs well under a millisecond; see docs/adr/0050-partners-read-model.md.
/// </summary>
public sealed class PartnersSnapshot
{
    public required Guid Version { get; init; }

    /// <summary>Organisations with any membership in the network, by name (ordinal, as the databases sort here), then id.</summary>
    public required IReadOnlyList<SnapshotOrganisation> Organisations { get; init; }

    /// <summary>The people of those organisations in the network, by full name, then id.</summary>
    public required IReadOnlyList<SnapshotPerson> People { get; init; }

    public required ILookup<Guid, SnapshotPerson> PeopleByOrganisation { get; init; }

    /// <summary>For each expertise tag, the <see cref="SnapshotPerson.Index"/>es of the people who have it.</summary>
    public required IReadOnlyDictionary<string, int[]> PeopleByTag { get; init; }

    /// <summary>The people's search texts (in <see cref="People"/> order), searchable in one scan.</summary>
    public required SearchableTexts PeopleText { get; init; }

    /// <summary>The organisations' search texts (in <see cref="Organisations"/> order), searchable in one scan.</summary>
    public required SearchableTexts OrganisationsText { get; init; }

    /// <summary>The network's places, by name, then id.</summary>
    public required IReadOnlyList<SnapshotPlace> Places { get; init; }

    /// <summary>The expertise tags in use, sorted, at most <see cref="MaxTags"/>.</summary>
    public required IReadOnlyList<string> ExpertiseTags { get; init; }

    /// <summary>Each organisation's latest membership(s), lead first, then core partners, municipalities, partners; then by name.</summary>
    public required IReadOnlyList<LatestMembership> LatestMemberships { get; init; }

    /// <summary>The e-mail addresses of people not yet linked to a user account (stored lower case).</summary>
    public required IReadOnlySet<string> UnlinkedEmails { get; init; }

    public const int MaxTags = 500;
    private const int MaxMemos = 256;
    private readonly ConcurrentDictionary<object, object> _memos = new();

    /// <summary>
    /// A result computed from this snapshot alone (and the key), kept as long as the snapshot: the next
    /// change to the network makes a new snapshot, so it cannot go stale.
    /// </summary>
    public T Memo<T>(object key, Func<T> compute) where T : class
    {
        if (_memos.TryGetValue(key, out var known))
        {
            return (T)known;
        }
        if (_memos.Count >= MaxMemos)
        {
            _memos.Clear();
        }
        return (T)_memos.GetOrAdd(key, _ => compute());
    }

    /// <summary>Reads the current network's data (the context's filters keep it to that network): four queries.</summary>
    public static async Task<PartnersSnapshot> LoadAsync(AppDbContext db, Guid version, CancellationToken cancellationToken)
    {
        var memberships = (await db.Memberships.AsNoTracking()
                .Select(m => new { m.OrganisationId, m.Role, m.StartDate, m.EndDate })
                .ToListAsync(cancellationToken))
            .ToLookup(m => m.OrganisationId, m => new MembershipPeriod(m.Role, m.StartDate, m.EndDate));
        var organisations = (await db.Organisations.AsNoTracking()
                .Select(o => new { o.Id, o.Name, o.Kind, o.Sector, o.Address.Municipality, o.Phone, o.Email, o.Website, o.SearchText })
                .ToListAsync(cancellationToken))
            .OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Id)
            .Select((o, i) => new SnapshotOrganisation(i, o.Id, o.Name, o.Kind, o.Sector, o.Municipality, o.Phone, o.Email, o.Website, o.SearchText,
                memberships[o.Id].ToArray()))
            .ToList();
        var places = (await db.Places.AsNoTracking().Select(p => new { p.Id, p.Name, p.HostOrganisationId }).ToListAsync(cancellationToken))
            .Select(p => new SnapshotPlace(p.Id, p.Name, p.HostOrganisationId))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id)
            .ToList();
        var people = await db.People.AsNoTracking()
            .Select(p => new { p.Id, p.FullName, p.Function, p.Expertise, p.Email, p.Phone, p.OrganisationId, p.PlaceId, p.SearchText, p.UserId })
            .ToListAsync(cancellationToken);

        var organisationsById = organisations.ToDictionary(o => o.Id);
        var placeNames = places.ToDictionary(p => p.Id, p => p.Name);
        var snapshotPeople = people
            .Where(p => organisationsById.ContainsKey(p.OrganisationId))
            .OrderBy(p => p.FullName, StringComparer.Ordinal).ThenBy(p => p.Id)
            .Select((p, i) => new SnapshotPerson(i, p.Id, p.FullName, p.Function, p.Expertise.ToArray(), p.Email, p.Phone,
                organisationsById[p.OrganisationId], p.PlaceId, p.PlaceId is { } placeId ? placeNames.GetValueOrDefault(placeId) : null, p.SearchText))
            .ToList();
        var latest = organisations
            .SelectMany(o => Latest(o.Memberships).Select(m => new LatestMembership(o, m)))
            .OrderBy(m => NetworkOverview.NetworkOverview.RoleOrder(m.Membership.Role))
            .ThenBy(m => m.Organisation.Name, StringComparer.Ordinal).ThenBy(m => m.Organisation.Id)
            .ToList();
        return new PartnersSnapshot
        {
            Version = version,
            Organisations = organisations,
            People = snapshotPeople,
            PeopleByOrganisation = snapshotPeople.ToLookup(p => p.Organisation.Id),
            PeopleByTag = snapshotPeople.SelectMany(p => p.Expertise.Select(tag => (tag, p.Index)))
                .GroupBy(x => x.tag, x => x.Index, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal),
            PeopleText = new SearchableTexts(snapshotPeople.Select(p => p.SearchText)),
            OrganisationsText = new SearchableTexts(organisations.Select(o => o.SearchText)),
            Places = places,
            ExpertiseTags = people.SelectMany(p => p.Expertise).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(MaxTags).ToList(),
            LatestMemberships = latest,
            UnlinkedEmails = people.Where(p => p.Email != null && p.UserId == null).Select(p => p.Email!).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>As the overview always counted: every membership no other one of the organisation starts after.</summary>
    private static IEnumerable<MembershipPeriod> Latest(IReadOnlyList<MembershipPeriod> memberships)
    {
        if (memberships.Count == 0)
        {
            return [];
        }
        var last = memberships.Max(m => m.Start);
        return memberships.Where(m => m.Start == last);
    }
}
