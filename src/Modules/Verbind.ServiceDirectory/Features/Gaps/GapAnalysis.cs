using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.ServiceDirectory.Contracts;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Domain;

namespace Verbind.ServiceDirectory.Features.Gaps;

/// <summary>A place in the network's area: a municipality, or a part of one, with its postcodes.</summary>
public sealed record AreaGroup(string Key, string Municipality, string? Part, IReadOnlySet<string> Postcodes)
{
    public string Label => Part is null ? Municipality : $"{Municipality} – {Part}";
}

/// <summary>An age band: a target-group term with an age range in months.</summary>
public sealed record AgeBand(Guid TermId, string Code, string Name, int FromMonths, int ToMonths);

public sealed record GapCell(Guid RowTermId, string AgeBandCode, string AreaKey, IReadOnlyList<Guid> ServiceIds, int? Population, int UnplacedReferrals)
{
    public int Count => ServiceIds.Count;

    /// <summary>Services per 1,000 children of the band in the place, when a figure was uploaded.</summary>
    public double? PerThousand => Population is { } population and > 0 ? Count * 1000.0 / population : null;
}

public sealed record GapMatrix(
    Taxonomy? RowTaxonomy, IReadOnlyList<TaxonomyTerm> Rows, IReadOnlyList<AgeBand> Bands, IReadOnlyList<AreaGroup> Areas,
    IReadOnlyDictionary<(Guid Row, string Band, string Area), GapCell> Cells, int Threshold, int? PopulationYear, bool HasUnplacedReferrals)
{
    public GapCell Cell(Guid row, string band, string area) =>
        Cells.TryGetValue((row, band, area), out var cell) ? cell : new GapCell(row, band, area, [], null, 0);

    public bool IsGap(GapCell cell) => cell.Count < Threshold;
}

/// <summary>
/// The gap analysis of a network's area (ADR 0069): active services of the network counted per row term
/// (a pillar or a theme), age band and place. A service counts in a place when one of its locations has a
/// postcode of that place or one of its service areas covers one; in an age band when its ages overlap the
/// band or it carries the band's target-group term; services without ages count in every band.
/// </summary>
internal sealed class GapAnalysis(AppDbContext db, IUnplacedReferralCounts unplaced)
{
    public const string TargetGroupTaxonomy = "doelgroep";
    public static readonly string[] RowTaxonomies = ["pijler", "thema"];

    public async Task<IReadOnlyList<Taxonomy>> RowChoicesAsync(CancellationToken cancellationToken)
    {
        var all = await db.Taxonomies.AsNoTracking().Where(t => t.Code != TargetGroupTaxonomy).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        return all.OrderBy(t => Array.IndexOf(RowTaxonomies, t.Code) is var i && i >= 0 ? i : int.MaxValue).ThenBy(t => t.Name).ToList();
    }

    public async Task<IReadOnlyList<AreaGroup>> AreasAsync(CancellationToken cancellationToken)
    {
        var postcodes = await db.AreaPostcodes.AsNoTracking().ToListAsync(cancellationToken);
        return postcodes.GroupBy(p => (p.Municipality, p.Part))
            .Select(g => new AreaGroup(g.Key.Part is null ? g.Key.Municipality : $"{g.Key.Municipality}/{g.Key.Part}", g.Key.Municipality, g.Key.Part,
                g.Select(p => p.Postcode.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase)))
            .OrderBy(a => a.Municipality, StringComparer.CurrentCulture).ThenBy(a => a.Part, StringComparer.CurrentCulture)
            .ToList();
    }

    public async Task<GapMatrix> BuildAsync(Guid? rowTaxonomyId, int threshold, int? populationYear, CancellationToken cancellationToken)
    {
        var choices = await RowChoicesAsync(cancellationToken);
        var rowTaxonomy = choices.FirstOrDefault(t => t.Id == rowTaxonomyId) ?? (choices.Count > 0 ? choices[0] : null);
        var rows = rowTaxonomy is null ? [] : await db.TaxonomyTerms.AsNoTracking().Where(t => t.TaxonomyId == rowTaxonomy.Id).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var bands = (await db.TaxonomyTerms.AsNoTracking()
                .Where(t => t.Taxonomy!.Code == TargetGroupTaxonomy && t.MinimumAgeMonths != null && t.MaximumAgeMonths != null)
                .ToListAsync(cancellationToken))
            .Select(t => new AgeBand(t.Id, t.Code, t.Name, t.MinimumAgeMonths!.Value, t.MaximumAgeMonths!.Value))
            .OrderBy(b => b.FromMonths).ThenBy(b => b.ToMonths).ThenBy(b => b.Name, StringComparer.CurrentCulture).ToList();
        var areas = await AreasAsync(cancellationToken);

        var services = await db.Services.AsNoTracking().AsSplitQuery()
            .Where(s => s.Status == ServiceStatus.Active)
            .Select(s => new
            {
                s.Id,
                s.MinimumAgeMonths,
                s.MaximumAgeMonths,
                Terms = s.Terms.Select(t => t.TermId).ToList(),
                Postcodes = s.Locations.Select(l => l.Location!.Postcode).ToList(),
                Areas = s.ServiceAreas.Select(a => a.Postcodes).ToList(),
            })
            .ToListAsync(cancellationToken);

        var population = populationYear is { } year
            ? (await db.PopulationFigures.AsNoTracking().Where(f => f.Year == year).ToListAsync(cancellationToken))
                .GroupBy(f => (Municipality: f.Municipality.ToUpperInvariant(), f.AgeBand)).ToDictionary(g => g.Key, g => g.Sum(f => f.Count))
            : [];
        var referrals = await unplaced.CountsAsync(cancellationToken);

        var cells = new Dictionary<(Guid, string, string), GapCell>();
        foreach (var row in rows)
        {
            foreach (var band in bands)
            {
                foreach (var area in areas)
                {
                    var ids = services.Where(s => s.Terms.Contains(row.Id)
                            && (s.Terms.Contains(band.TermId) || new AgeRange(s.MinimumAgeMonths, s.MaximumAgeMonths).Overlaps(band.FromMonths, band.ToMonths))
                            && (s.Postcodes.Any(p => p is not null && area.Postcodes.Contains(p.Trim())) || s.Areas.Any(a => a.Any(area.Postcodes.Contains))))
                        .Select(s => s.Id).ToList();
                    var figure = population.TryGetValue((area.Municipality.ToUpperInvariant(), band.Code), out var count) ? count : (int?)null;
                    var unplacedHere = referrals.Where(r => string.Equals(r.Municipality, area.Municipality, StringComparison.OrdinalIgnoreCase)
                        && (r.AgeBandCode is null || r.AgeBandCode == band.Code) && (r.TermCode is null || r.TermCode == row.Code)).Sum(r => r.Count);
                    cells[(row.Id, band.Code, area.Key)] = new GapCell(row.Id, band.Code, area.Key, ids, figure, unplacedHere);
                }
            }
        }
        return new GapMatrix(rowTaxonomy, rows, bands, areas, cells, Math.Max(0, threshold), populationYear, referrals.Any(r => r.Count > 0));
    }

    public async Task<IReadOnlyList<int>> PopulationYearsAsync(CancellationToken cancellationToken) =>
        await db.PopulationFigures.AsNoTracking().Select(f => f.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<(Guid Id, string Name)>> ServiceNamesAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken) =>
        (await db.Services.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.Name)).ToList();
}
