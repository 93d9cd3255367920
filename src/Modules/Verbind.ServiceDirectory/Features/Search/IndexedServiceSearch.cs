using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Verbind.ServiceDirectory.Features.Search;

/// <summary>The registered <see cref="IServiceSearch"/>: the index when it is built, the database until then.</summary>
internal sealed class IndexedServiceSearch(SearchIndex index, IServiceProvider services, IOptions<SearchOptions> options) : IServiceSearch
{
    public Task<SearchResult> SearchAsync(ServiceQuery query, CancellationToken cancellationToken) =>
        options.Value.UseIndex && index.IsReady
            ? Task.FromResult(index.Search(query))
            : services.GetRequiredService<DatabaseServiceSearch>().SearchAsync(query, cancellationToken);
}
