using Verbind.ServiceDirectory.Contracts;
using Verbind.ServiceDirectory.Features.Geo;

namespace Verbind.ServiceDirectory.Features.Search;

internal sealed class ServiceFinder(CardSearch search, Gazetteer gazetteer) : IServiceFinder
{
    public const double RadiusKm = 25;

    public async Task<IReadOnlyList<FoundService>> FindAsync(string? text, string? postcodeOrPlace, int max, CancellationToken cancellationToken)
    {
        var place = gazetteer.Resolve(postcodeOrPlace);
        var found = await search.SearchAsync(new ServiceQuery
        {
            Text = text,
            Near = place?.Point,
            RadiusKm = place is null ? null : RadiusKm,
            PageSize = Math.Clamp(max, 1, 50),
        }, cancellationToken);
        return found.Cards.Select(c => new FoundService(
            c.Entry.Id, c.Entry.Name, c.Entry.OrganisationName, c.Entry.Municipalities.FirstOrDefault(), c.DistanceKm, "/aanbod/" + c.Entry.Id)).ToList();
    }
}
