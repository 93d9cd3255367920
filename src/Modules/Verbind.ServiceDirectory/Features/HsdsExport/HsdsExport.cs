using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Partners.Contracts;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.HsdsApi;
using Verbind.ServiceDirectory.Features.HsdsImport;

namespace Verbind.ServiceDirectory.Features.HsdsExport;

/// <summary>
/// The network's services (every status) as HSDS 3.1: a JSON array of fully nested services, or a
/// tabular data package (zip of CSV tables). Both can be imported again (into another network).
/// Redacted locations leave the network without their street, as in the public API.
/// </summary>
internal sealed class HsdsExporter(AppDbContext db, IPartnerDirectory partners)
{
    public async Task<List<JsonObject>> ServicesAsync(CancellationToken cancellationToken)
    {
        var services = await db.Services.AsNoTracking().AsSplitQuery()
            .Include(s => s.Locations).ThenInclude(l => l.Location!).ThenInclude(l => l.Schedules)
            .Include(s => s.Locations).ThenInclude(l => l.Location!).ThenInclude(l => l.Phones)
            .Include(s => s.Schedules)
            .Include(s => s.Phones)
            .Include(s => s.Contacts)
            .Include(s => s.CostOptions)
            .Include(s => s.RequiredDocuments)
            .Include(s => s.ServiceAreas)
            .Include(s => s.Capacities)
            .Include(s => s.Terms).ThenInclude(t => t.Term!).ThenInclude(t => t.Taxonomy)
            .OrderBy(s => s.Name).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        var organisations = (await partners.FindAsync(services.Select(s => s.OrganisationId).Distinct().ToList(), cancellationToken)).ToDictionary(o => o.Id);
        return services.Select(s => JsonSerializer.SerializeToNode(HsdsMapping.ToFull(s, organisations.GetValueOrDefault(s.OrganisationId)), HsdsApi.HsdsApi.Json)!.AsObject()).ToList();
    }
}

public static class HsdsExportEndpoints
{
    public static IServiceCollection AddHsdsExport(this IServiceCollection services) => services.AddScoped<HsdsExporter>();

    public static IEndpointRouteBuilder MapHsdsExport(this IEndpointRouteBuilder endpoints)
    {
        var export = endpoints.MapGroup("/netwerk/{network}/aanbod/export")
            .RequireAuthorization(NetworkPolicies.Coordinator)
            .ExcludeFromDescription();
        export.MapGet("/aanbod-hsds.json", async (NetworkScope scope, HsdsExporter exporter, CancellationToken cancellationToken) =>
            Results.File(JsonSerializer.SerializeToUtf8Bytes(new JsonArray((await exporter.ServicesAsync(cancellationToken)).Cast<JsonNode>().ToArray()), HsdsApi.HsdsApi.Json),
                "application/json", $"{scope.Required.Slug}-aanbod-hsds.json"));
        export.MapGet("/aanbod-hsds.zip", async (NetworkScope scope, HsdsExporter exporter, CancellationToken cancellationToken) =>
            Results.File(HsdsDatapackage.Write(await exporter.ServicesAsync(cancellationToken)), "application/zip", $"{scope.Required.Slug}-aanbod-hsds.zip"));
        return endpoints;
    }

    public static string PageUrl(string network) => $"/netwerk/{Uri.EscapeDataString(network)}/aanbod/export";
}
