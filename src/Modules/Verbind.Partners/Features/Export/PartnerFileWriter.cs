using System.Data;
using CsvHelper;
using MiniExcelLibs;
using Verbind.Partners.Features.Import;

namespace Verbind.Partners.Features.Export;

/// <summary>
/// Writes rows in the import layout (a value per <see cref="ImportColumn"/>, Dutch headers first), so
/// an exported file can be imported again as it is.
/// </summary>
internal static class PartnerFileWriter
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// CSV as Excel in Flanders and the Netherlands opens it with a double click: ';' between fields,
    /// UTF-8 with a byte order mark. A text that a spreadsheet would run as a formula (= + - @ at the
    /// start) gets a ' in front; import takes it off again.
    /// </summary>
    public static byte[] Csv(IEnumerable<string?[]> rows)
    {
        using var output = new MemoryStream();
        var options = new CsvWriterOptions
        {
            Separator = ';',
            WriteByteOrderMark = true,
            Injection = CsvInjection.Escape,
            InjectionEscape = '\'',
        };
        using (var csv = CsvWriter.Create(output, options, leaveOpen: true))
        {
            foreach (var column in ImportColumns.All)
            {
                csv.WriteField(ImportColumns.Header(column));
            }
            csv.EndRecord();
            foreach (var row in rows)
            {
                foreach (var value in row)
                {
                    csv.WriteField(value ?? "");
                }
                csv.EndRecord();
            }
        }
        return output.ToArray();
    }

    /// <summary>
    /// XLSX with every value as a text cell, so postcodes and enterprise numbers keep their leading
    /// zeros and no value is ever read as a formula.
    /// </summary>
    public static byte[] Xlsx(string sheetName, IEnumerable<string?[]> rows)
    {
        using var table = new DataTable(sheetName) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var column in ImportColumns.All)
        {
            table.Columns.Add(ImportColumns.Header(column), typeof(string));
        }
        foreach (var row in rows)
        {
            table.Rows.Add(row.Select(v => (object)(v ?? "")).ToArray());
        }
        using var output = new MemoryStream();
        MiniExcel.SaveAs(output, table, sheetName: sheetName, excelType: ExcelType.XLSX);
        return output.ToArray();
    }
}
