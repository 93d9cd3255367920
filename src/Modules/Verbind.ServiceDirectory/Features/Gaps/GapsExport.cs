using System.Globalization;
using MiniExcelLibs;
using Verbind.ServiceDirectory.Domain;

namespace Verbind.ServiceDirectory.Features.Gaps;

/// <summary>The matrix as an XLSX sheet: one line per cell, the same numbers as the page.</summary>
internal static class GapsExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Xlsx(GapMatrix matrix, Func<string, string> text)
    {
        var rows = new List<Dictionary<string, object?>>();
        foreach (var area in matrix.Areas)
        {
            foreach (var row in matrix.Rows)
            {
                foreach (var band in matrix.Bands)
                {
                    var cell = matrix.Cell(row.Id, band.Code, area.Key);
                    var line = new Dictionary<string, object?>
                    {
                        [text("Gaps.Municipality")] = area.Label,
                        [matrix.RowTaxonomy?.Name ?? text("Gaps.Row")] = row.Name,
                        [text("Gaps.AgeBand")] = band.Name,
                        [text("Gaps.Services")] = cell.Count,
                        [text("Gaps.IsGap")] = matrix.IsGap(cell) ? text("Gaps.Yes") : text("Gaps.No"),
                        [text("Gaps.Population")] = cell.Population,
                        [text("Gaps.PerThousand")] = cell.PerThousand is { } perThousand ? Math.Round(perThousand, 2) : null,
                    };
                    if (matrix.HasUnplacedReferrals)
                    {
                        line[text("Gaps.Unplaced")] = cell.UnplacedReferrals;
                    }
                    rows.Add(line);
                }
            }
        }
        using var output = new MemoryStream();
        output.SaveAs(rows, sheetName: text("Gaps.Sheet"));
        return output.ToArray();
    }

    public static string Number(double value) => value.ToString("0.0", CultureInfo.CurrentCulture);
}
