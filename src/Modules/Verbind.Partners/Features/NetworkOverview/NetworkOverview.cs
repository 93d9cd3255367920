using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Data;
using Verbind.Partners.Domain;
using Verbind.Partners.Features.Common;
using Verbind.Platform.Data;

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
/// The members of the current network counted by role and sector, and the organisations and links for
/// the picture of the network. Counts are grouped in the database; the picture holds at most
/// <see cref="MaxNodes"/> organisations (lead first, then core partners, municipalities, partners).
/// </summary>
public sealed class NetworkOverview(AppDbContext db, TimeProvider clock)
{
    public const int MaxNodes = 60;
    private const int MaxLinks = 150;

    public async Task<Overview> HandleAsync(bool includeEnded, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var memberships = db.Memberships;
        var latest = memberships.Where(m => !memberships.Any(later => later.OrganisationId == m.OrganisationId && later.StartDate > m.StartDate));
        if (!includeEnded)
        {
            latest = latest.Where(m => m.EndDate == null || m.EndDate >= today);
        }
        var byRole = (await latest.GroupBy(m => m.Role).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .OrderBy(x => RoleOrder(x.Key)).Select(x => (x.Key, x.Count)).ToList();
        var bySector = (await latest.GroupBy(m => m.Organisation!.Sector).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Key).Select(x => (x.Key, x.Count)).ToList();

        var nodes = (await latest
                .OrderBy(m => m.Role == MembershipRole.LeadOrganisation ? 0 : m.Role == MembershipRole.CorePartner ? 1 : m.Role == MembershipRole.Municipality ? 2 : 3)
                .ThenBy(m => m.Organisation!.Name)
                .Take(MaxNodes)
                .Select(m => new { m.OrganisationId, m.Organisation!.Name, m.Role, m.Organisation.Sector })
                .ToListAsync(cancellationToken))
            .Select((n, i) => new OverviewNode(i + 1, n.OrganisationId, n.Name, n.Role, n.Sector))
            .ToList();
        var links = await LinksAsync(nodes.Select(n => n.Id).ToList(), cancellationToken);
        return new Overview(byRole, bySector, byRole.Sum(r => r.Count), nodes, links);
    }

    private async Task<List<OverviewLink>> LinksAsync(List<Guid> shown, CancellationToken cancellationToken)
    {
        var links = new List<OverviewLink>();
        var atPlaces = await db.People.Where(p => p.PlaceId != null && shown.Contains(p.OrganisationId))
            .Select(p => new { PlaceId = p.PlaceId!.Value, p.OrganisationId }).Distinct().ToListAsync(cancellationToken);
        var places = await db.Places.Select(p => new { p.Id, p.Name, p.HostOrganisationId }).ToListAsync(cancellationToken);
        foreach (var place in places)
        {
            var organisations = atPlaces.Where(a => a.PlaceId == place.Id).Select(a => a.OrganisationId).ToHashSet();
            if (place.HostOrganisationId is { } host && shown.Contains(host))
            {
                organisations.Add(host);
            }
            links.AddRange(Pairs(organisations).Select(pair => new OverviewLink(pair.A, pair.B, LinkKind.SharedPlace, place.Name)));
        }
        var withEmail = await db.People.Where(p => p.Email != null && shown.Contains(p.OrganisationId))
            .Select(p => new { p.Email, p.FullName, p.OrganisationId }).ToListAsync(cancellationToken);
        foreach (var person in withEmail.GroupBy(p => p.Email))
        {
            var organisations = person.Select(p => p.OrganisationId).ToHashSet();
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
