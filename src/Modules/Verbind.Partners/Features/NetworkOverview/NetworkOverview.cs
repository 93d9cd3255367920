using Verbind.Partners.Domain;
using Verbind.Partners.Features.Common;
using Verbind.Partners.Features.ReadModel;

namespace Verbind.Partners.Features.NetworkOverview;

public sealed record OverviewNode(int Number, Guid Id, string Name, MembershipRole Role, Sector Sector);

public enum LinkKind
{
    SharedPlace,
    SharedPerson,
}

/// <summary>Two organisations that share a place (one hosts it or both have people there) or a person (one e-mail address in both).</summary>
public sealed record OverviewLink(Guid From, Guid To, LinkKind Kind, string Through);

public sealed record Overview(
    IReadOnlyList<(MembershipRole Role, int Count)> ByRole, IReadOnlyList<(Sector Sector, int Count)> BySector,
    int MemberCount, IReadOnlyList<OverviewNode> Nodes, IReadOnlyList<OverviewLink> Links);

/// <summary>
/// The members of the current network (each organisation's latest membership) counted by role and
/// sector, and the organisations and links for the picture of the network, from the network's in-memory
/// <see cref="PartnersSnapshot"/>. The picture holds at most <see cref="MaxNodes"/> organisations (lead
/// first, then core partners, municipalities, partners).
/// </summary>
public sealed class NetworkOverview(PartnersReadModel readModel, TimeProvider clock)
{
    public const int MaxNodes = 60;
    private const int MaxLinks = 150;

    public async Task<Overview> HandleAsync(bool includeEnded, CancellationToken cancellationToken)
    {
        var snapshot = await readModel.CurrentAsync(cancellationToken);
        var today = clock.Today();
        return snapshot.Memo((nameof(NetworkOverview), today, includeEnded), () => Compute(snapshot, today, includeEnded));
    }

    private static Overview Compute(PartnersSnapshot snapshot, DateOnly today, bool includeEnded)
    {
        var members = snapshot.LatestMemberships.Where(m => includeEnded || m.Membership.HasNotEndedOn(today)).ToList();
        var byRole = members.GroupBy(m => m.Membership.Role)
            .Select(g => (Role: g.Key, Count: g.Count())).OrderBy(x => RoleOrder(x.Role)).ToList();
        var bySector = members.GroupBy(m => m.Organisation.Sector)
            .Select(g => (Sector: g.Key, Count: g.Count())).OrderByDescending(x => x.Count).ThenBy(x => x.Sector).ToList();
        var nodes = members.Take(MaxNodes)
            .Select((m, i) => new OverviewNode(i + 1, m.Organisation.Id, m.Organisation.Name, m.Membership.Role, m.Organisation.Sector))
            .ToList();
        return new Overview(byRole, bySector, members.Count, nodes, Links(snapshot, nodes.Select(n => n.Id).ToHashSet()));
    }

    private static List<OverviewLink> Links(PartnersSnapshot snapshot, HashSet<Guid> shown)
    {
        var links = new List<OverviewLink>();
        var people = shown.SelectMany(id => snapshot.PeopleByOrganisation[id]).ToList();
        foreach (var place in snapshot.Places)
        {
            var organisations = people.Where(p => p.PlaceId == place.Id).Select(p => p.Organisation.Id).ToHashSet();
            if (place.HostOrganisationId is { } host && shown.Contains(host))
            {
                organisations.Add(host);
            }
            links.AddRange(Pairs(organisations).Select(pair => new OverviewLink(pair.A, pair.B, LinkKind.SharedPlace, place.Name)));
        }
        var withEmail = people.Where(p => p.Email != null).OrderBy(p => p.FullName, StringComparer.Ordinal).ThenBy(p => p.Id);
        foreach (var person in withEmail.GroupBy(p => p.Email))
        {
            var organisations = person.Select(p => p.Organisation.Id).ToHashSet();
            links.AddRange(Pairs(organisations).Select(pair => new OverviewLink(pair.A, pair.B, LinkKind.SharedPerson, person.First().FullName)));
        }
        return links.Take(MaxLinks).ToList();
    }

    private static IEnumerable<(Guid A, Guid B)> Pairs(IEnumerable<Guid> ids)
    {
        var list = ids.Order().ToList();
        for (var i = 0; i < list.Count; i++)
        {
            for (var j = i + 1; j < list.Count; j++)
            {
                yield return (list[i], list[j]);
            }
        }
    }

    public static int RoleOrder(MembershipRole role) => role switch
    {
        MembershipRole.LeadOrganisation => 0,
        MembershipRole.CorePartner => 1,
        MembershipRole.Municipality => 2,
        _ => 3,
    };
}
