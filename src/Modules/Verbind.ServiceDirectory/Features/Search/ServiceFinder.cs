using Verbind.ServiceDirectory.Contracts;
using Verbind.ServiceDirectory.Features.Geo;

namespace Verbind.ServiceDirectory.Features.Search;

internal sealed class ServiceFinder(CardSearch search, Gazetteer gazetteer) : IServiceFinder
{
    public const double RadiusKm = 25;

    public async Task<IReadOnlyList<FoundService>> FindAsync(Guid networkId, string? text, string? postcodeOrPlace, int max, CancellationToken cancellationToken)
    {
        var place = gazetteer.Resolve(postcodeOrPlace);
        return await FindAsync(new ServiceQuery
        {
            NetworkId = networkId,
            Text = text,
            Near = place?.Point,
            RadiusKm = place is null ? null : RadiusKm,
            PageSize = Math.Clamp(max, 1, 50),
        }, cancellationToken);
    }

    public async Task<FoundService?> FindByIdAsync(Guid networkId, Guid serviceId, CancellationToken cancellationToken) =>
        await FindAsync(new ServiceQuery { NetworkId = networkId, ServiceIds = [serviceId], PageSize = 1 }, cancellationToken) is [var service] ? service : null;

    private async Task<IReadOnlyList<FoundService>> FindAsync(ServiceQuery query, CancellationToken cancellationToken)
    {
        var found = await search.SearchAsync(query, cancellationToken);
        return found.Cards.Select(c => new FoundService(
            c.Entry.Id, c.Entry.Name, c.Entry.OrganisationName, c.Entry.Municipalities.FirstOrDefault(), c.DistanceKm, "/aanbod/" + c.Entry.Id)).ToList();
    }
}
