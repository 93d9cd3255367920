using Verbind.Partners.Domain;

namespace Verbind.Partners.Features.NetworkOverview;

public sealed record PlacedNode(OverviewNode Node, double X, double Y);

/// <summary>
/// Places the organisations of the picture on rings around the lead organisation: core partners on the
/// inner ring, then municipalities, then partners. Deterministic, so the picture does not jump between visits.
/// </summary>
public static class GraphLayout
{
    public const double Size = 720;
    public const double NodeRadius = 15;
    private const double Centre = Size / 2;

    public static IReadOnlyList<PlacedNode> Place(IReadOnlyList<OverviewNode> nodes)
    {
        var placed = new List<PlacedNode>();
        var leads = nodes.Where(n => n.Role == MembershipRole.LeadOrganisation).ToList();
        placed.AddRange(Ring(leads, leads.Count <= 1 ? 0 : 45, 0));
        var rings = nodes.Where(n => n.Role != MembershipRole.LeadOrganisation)
            .GroupBy(n => NetworkOverview.RoleOrder(n.Role))
            .OrderBy(g => g.Key)
            .ToList();
        var outer = Centre - NodeRadius - 30;
        for (var i = 0; i < rings.Count; i++)
        {
            var radius = rings.Count == 1 ? outer : 130 + (outer - 130) * i / (rings.Count - 1);
            placed.AddRange(Ring(rings[i].ToList(), radius, i * 0.35));
        }
        return placed;
    }

    private static IEnumerable<PlacedNode> Ring(List<OverviewNode> nodes, double radius, double turn)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            var angle = (2 * Math.PI * i / Math.Max(1, nodes.Count)) - (Math.PI / 2) + turn;
            yield return new PlacedNode(nodes[i], Math.Round(Centre + radius * Math.Cos(angle), 1), Math.Round(Centre + radius * Math.Sin(angle), 1));
        }
    }

    public static (double X, double Y) CentrePoint => (Centre, Centre);
}
