using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Verbind.Partners.Features.Common;

namespace Verbind.Partners.Features.ListPlaces;

/// <summary>GET /api/netwerken/{network}/plaatsen and .../plaatsen/{id}.</summary>
internal static class ListPlacesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/plaatsen", ListAsync).WithName("ListPlaces");
        api.MapGet("/plaatsen/{id}", GetAsync).WithName("GetPlace");
    }

    public sealed record HoursJson(string Day, string Opens, string Closes);

    public sealed record PlaceJson(Guid Id, string Name, string Kind, AddressJson Address, IReadOnlyList<HoursJson> Hours, Guid? HostOrganisationId, string? HostOrganisationName, string? Accessibility)
    {
        public static PlaceJson From(PlaceRow row) => new(
            row.Id, row.Name, row.Kind.ToString(), AddressJson.From(row.Address),
            row.Hours.Select(h => new HoursJson(h.Day.ToString(), h.Opens.ToString("HH:mm", CultureInfo.InvariantCulture), h.Closes.ToString("HH:mm", CultureInfo.InvariantCulture))).ToList(),
            row.HostOrganisationId, row.HostOrganisationName, row.Accessibility);
    }

    private static async Task<Ok<List<PlaceJson>>> ListAsync(ListPlaces places, CancellationToken cancellationToken) =>
        TypedResults.Ok((await places.HandleAsync(cancellationToken)).Select(PlaceJson.From).ToList());

    private static async Task<Results<Ok<PlaceJson>, NotFound>> GetAsync(Guid id, ListPlaces places, CancellationToken cancellationToken) =>
        await places.FindAsync(id, cancellationToken) is { } row ? TypedResults.Ok(PlaceJson.From(row)) : TypedResults.NotFound();
}
