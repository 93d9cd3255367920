using System.Data;
using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MiniExcelLibs;
using Verbind.Platform.Tenancy;

namespace Verbind.Agreements.Features.Contributions;

/// <summary>The payment requests as CSV and XLSX for the accountant (coordinators only).</summary>
internal static class ContributionEndpoints
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/netwerk/{network}/afspraken/bijdragen")
            .RequireAuthorization(NetworkPolicies.Coordinator)
            .ExcludeFromDescription();
        group.MapGet("/export.csv", async (string network, HttpContext context, ContributionRequests requests, CancellationToken cancellationToken) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.File(Csv(await requests.ExportRowsAsync(cancellationToken)), CsvType, $"{network}-bijdragen.csv");
        });
        group.MapGet("/export.xlsx", async (string network, HttpContext context, ContributionRequests requests, CancellationToken cancellationToken) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.File(Xlsx(await requests.ExportRowsAsync(cancellationToken)), XlsxType, $"{network}-bijdragen.xlsx");
        });
    }

    /// <summary>';'-separated UTF-8 with a byte order mark, as Excel here opens it; formula-like texts get a ' in front.</summary>
    public static byte[] Csv(List<string?[]> rows)
    {
        using var output = new MemoryStream();
        var options = new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, Injection = CsvInjection.Escape, InjectionEscape = '\'' };
        using (var csv = CsvWriter.Create(output, options, leaveOpen: true))
        {
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

    /// <summary>Every value as a text cell, so references keep their form and nothing runs as a formula.</summary>
    public static byte[] Xlsx(List<string?[]> rows)
    {
        using var table = new DataTable("bijdragen") { Locale = CultureInfo.InvariantCulture };
        foreach (var header in rows[0])
        {
            table.Columns.Add(header, typeof(string));
        }
        foreach (var row in rows.Skip(1))
        {
            table.Rows.Add(row.Select(v => (object)(v ?? "")).ToArray());
        }
        using var output = new MemoryStream();
        MiniExcel.SaveAs(output, table, sheetName: "bijdragen", excelType: ExcelType.XLSX);
        return output.ToArray();
    }
}
