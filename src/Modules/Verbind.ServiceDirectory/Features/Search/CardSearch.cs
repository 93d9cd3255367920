using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verbind.Platform.Tenancy;

namespace Verbind.ServiceDirectory.Features.Search;

/// <summary>A hit with what a result list shows of it.</summary>
internal sealed record ServiceCard(SearchEntry Entry, double? DistanceKm);

internal sealed record CardResult(SearchResult Result, IReadOnlyList<ServiceCard> Cards);

/// <summary>
/// A search with the result cards, for the public pages: straight from the index (no database read),
/// or, while the index is being built, from the database search and the entry loader (resolved only then,
/// so a search from the index opens no database context).
/// </summary>
internal sealed class CardSearch(SearchIndex index, IServiceProvider services, IOptions<SearchOptions> options)
{
    public async Task<CardResult> SearchAsync(ServiceQuery query, CancellationToken cancellationToken)
    {
        if (options.Value.UseIndex && index.IsReady)
        {
            var result = index.Search(query, out var entries);
            return new CardResult(result, entries.Select((e, i) => new ServiceCard(e, result.Hits[i].DistanceKm)).ToList());
        }
        var fromDatabase = await services.GetRequiredService<DatabaseServiceSearch>().SearchAsync(query, cancellationToken);
        var scope = services.GetRequiredService<NetworkScope>();
        var loader = services.GetRequiredService<SearchEntryLoader>();
        if (scope.NetworkId is null)
        {
            scope.EnterAllNetworks();
        }
        var terms = (await loader.TermsAsync(cancellationToken)).ToDictionary(t => t.Id);
        var loaded = (await loader.LoadAsync(fromDatabase.Hits.Select(h => h.ServiceId).ToList(), terms, cancellationToken)).ToDictionary(e => e.Id);
        var cards = fromDatabase.Hits.Where(h => loaded.ContainsKey(h.ServiceId)).Select(h => new ServiceCard(loaded[h.ServiceId], h.DistanceKm)).ToList();
        return new CardResult(fromDatabase, cards);
    }
}
