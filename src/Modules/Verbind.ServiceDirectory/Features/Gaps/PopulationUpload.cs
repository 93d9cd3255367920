using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Domain;

namespace Verbind.ServiceDirectory.Features.Gaps;

/// <summary>A line of a population file that cannot be used, and why (a text key of HsdsText with the value).</summary>
public sealed record PopulationProblem(int Line, string Key, string? Value = null);

/// <summary>
/// Population figures a coordinator uploads as CSV (<c>gemeente;leeftijdsgroep;jaar;aantal</c>, a header line
/// first): every line is checked; when one is wrong nothing changes. Otherwise the figures of each year in
/// the file replace that year's figures, in one transaction.
/// </summary>
internal sealed class PopulationUpload(AppDbContext db, NetworkScope scope, GapAnalysis analysis)
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxLines = 20_000;
    public const string Births = "geboorten";

    public async Task<(int Saved, IReadOnlyList<PopulationProblem> Problems)> HandleAsync(byte[] content, CancellationToken cancellationToken)
    {
        if (content.Length > MaxBytes)
        {
            return (0, [new PopulationProblem(0, "Population.TooLarge")]);
        }
        var municipalities = (await analysis.AreasAsync(cancellationToken)).Select(a => a.Municipality).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var bands = (await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy!.Code == GapAnalysis.TargetGroupTaxonomy).Select(t => t.Code).ToListAsync(cancellationToken))
            .Append(Births).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var problems = new List<PopulationProblem>();
        var figures = new Dictionary<(int, string, string), PopulationFigure>();
        var text = new UTF8Encoding(false, false).GetString(content).TrimStart('\uFEFF');
        var separator = text.Split('\n')[0].Count(c => c == ';') >= text.Split('\n')[0].Count(c => c == ',') ? ';' : ',';
        using var csv = CsvReader.FromText(text, new CsvReaderOptions { Separator = separator, HasHeader = false, TrackLineNumbers = true });
        var first = true;
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var cells = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i).Trim()).ToArray();
            if (cells.All(string.IsNullOrEmpty))
            {
                continue;
            }
            if (first)
            {
                first = false;
                if (!int.TryParse(cells.ElementAtOrDefault(2), out _))
                {
                    continue; // the header line
                }
            }
            if (figures.Count + problems.Count >= MaxLines)
            {
                problems.Add(new PopulationProblem(line, "Population.TooManyLines", MaxLines.ToString(CultureInfo.InvariantCulture)));
                break;
            }
            if (cells.Length != 4)
            {
                problems.Add(new PopulationProblem(line, "Population.FourColumns"));
                continue;
            }
            var (municipality, band, yearText, countText) = (cells[0], cells[1], cells[2], cells[3]);
            var ok = true;
            if (!municipalities.Contains(municipality))
            {
                problems.Add(new PopulationProblem(line, "Population.UnknownMunicipality", Short(municipality)));
                ok = false;
            }
            if (!bands.Contains(band))
            {
                problems.Add(new PopulationProblem(line, "Population.UnknownBand", Short(band)));
                ok = false;
            }
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100)
            {
                problems.Add(new PopulationProblem(line, "Population.BadYear", Short(yearText)));
                ok = false;
            }
            if (!int.TryParse(countText.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                || count > 10_000_000)
            {
                problems.Add(new PopulationProblem(line, "Population.BadCount", Short(countText)));
                ok = false;
            }
            if (!ok)
            {
                continue;
            }
            var canonicalMunicipality = municipalities.First(m => string.Equals(m, municipality, StringComparison.OrdinalIgnoreCase));
            var canonicalBand = bands.First(b => string.Equals(b, band, StringComparison.OrdinalIgnoreCase));
            var key = (year, canonicalMunicipality.ToUpperInvariant(), canonicalBand);
            if (!figures.TryAdd(key, new PopulationFigure { NetworkId = scope.Required.Id, Year = year, Municipality = canonicalMunicipality, AgeBand = canonicalBand, Count = count }))
            {
                problems.Add(new PopulationProblem(line, "Population.Duplicate", $"{canonicalMunicipality} {canonicalBand} {year}"));
            }
        }
        if (problems.Count > 0 || figures.Count == 0)
        {
            return (0, problems.Count > 0 ? problems : [new PopulationProblem(0, "Population.Empty")]);
        }
        var years = figures.Keys.Select(k => k.Item1).Distinct().ToList();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.PopulationFigures.Where(f => years.Contains(f.Year)).ExecuteDeleteAsync(cancellationToken);
            db.PopulationFigures.AddRange(figures.Values);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return (figures.Count, []);
    }

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
