using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Platform.Data;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Domain;

namespace Verbind.ServiceDirectory.Features.PublicSearch;

/// <summary>The taxonomy terms by taxonomy, for the filters and facet names of the public pages; read at most once a minute.</summary>
internal sealed class TermCatalog(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private (DateTimeOffset ReadAt, IReadOnlyList<TaxonomyTerm> Terms)? _cache;

    public async Task<IReadOnlyList<TaxonomyTerm>> TermsAsync(CancellationToken cancellationToken)
    {
        if (_cache is { } cache && clock.GetUtcNow() - cache.ReadAt < Lifetime)
        {
            return cache.Terms;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var terms = await db.TaxonomyTerms.AsNoTracking().Include(t => t.Taxonomy).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        _cache = (clock.GetUtcNow(), terms);
        return terms;
    }

    public static IEnumerable<TaxonomyTerm> Of(IReadOnlyList<TaxonomyTerm> terms, string taxonomyCode) =>
        terms.Where(t => t.Taxonomy?.Code == taxonomyCode);

    public static string NameOf(IReadOnlyList<TaxonomyTerm> terms, string taxonomyCode, string code, string language) =>
        terms.FirstOrDefault(t => t.Code == code && t.Taxonomy?.Code == taxonomyCode)?.NameIn(language) ?? code;
}
