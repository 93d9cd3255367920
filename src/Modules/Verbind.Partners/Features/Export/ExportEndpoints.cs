using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Verbind.Platform.Tenancy;

namespace Verbind.Partners.Features.Export;

/// <summary>Downloads of the network's organisations and people, for every member of the network.</summary>
internal static class ExportEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var export = endpoints.MapGroup("/netwerk/{network}/export")
            .RequireAuthorization(NetworkPolicies.Viewer)
            .ExcludeFromDescription();
        export.MapGet("/organisaties.csv", (string network, HttpContext context, PartnerExport partners, TimeProvider clock, CancellationToken cancellationToken) =>
            FileAsync(context, network, "organisaties", "csv", clock, () => partners.OrganisationRowsAsync(cancellationToken)));
        export.MapGet("/organisaties.xlsx", (string network, HttpContext context, PartnerExport partners, TimeProvider clock, CancellationToken cancellationToken) =>
            FileAsync(context, network, "organisaties", "xlsx", clock, () => partners.OrganisationRowsAsync(cancellationToken)));
        export.MapGet("/personen.csv", (string network, HttpContext context, PartnerExport partners, TimeProvider clock, CancellationToken cancellationToken) =>
            FileAsync(context, network, "personen", "csv", clock, () => partners.PeopleRowsAsync(cancellationToken)));
        export.MapGet("/personen.xlsx", (string network, HttpContext context, PartnerExport partners, TimeProvider clock, CancellationToken cancellationToken) =>
            FileAsync(context, network, "personen", "xlsx", clock, () => partners.PeopleRowsAsync(cancellationToken)));
    }

    private static async Task<IResult> FileAsync(HttpContext context, string network, string list, string format, TimeProvider clock, Func<Task<List<string?[]>>> rows)
    {
        var data = await rows();
        var day = clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var fileName = $"{network}-{list}-{day}.{format}";
        // Names and contact details of people: not for shared caches or the browser's history.
        context.Response.Headers.CacheControl = "no-store";
        return format == "csv"
            ? TypedResults.File(PartnerFileWriter.Csv(data), PartnerFileWriter.CsvContentType, fileName)
            : TypedResults.File(PartnerFileWriter.Xlsx(list, data), PartnerFileWriter.XlsxContentType, fileName);
    }
}
