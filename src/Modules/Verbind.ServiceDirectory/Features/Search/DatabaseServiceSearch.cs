using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Domain;

namespace Verbind.ServiceDirectory.Features.Search;

/// <summary>
/// A plain database search (substring of name or description, the simple filters): what searches use
/// while the index is being built at start (ADR 0063), and the floor the benchmark compares with.
/// </summary>
internal sealed class DatabaseServiceSearch(AppDbContext db, NetworkScope scope) : IServiceSearch
{
    public async Task<SearchResult> SearchAsync(ServiceQuery query, CancellationToken cancellationToken)
    {
        if (scope.NetworkId is null)
        {
            scope.EnterAllNetworks();
        }
        var services = db.Services.AsNoTracking().Where(s => s.Status == ServiceStatus.Active);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(); the culture of the process plays no part
            services = services.Where(s => s.Name.ToLower().Contains(text) || (s.Description != null && s.Description.ToLower().Contains(text)));
#pragma warning restore CA1304, CA1311, CA1862
        }
        if (query.OrganisationId is { } organisationId)
        {
            services = services.Where(s => s.OrganisationId == organisationId);
        }
        if (query.NetworkId is { } networkId)
        {
            services = services.Where(s => s.NetworkId == networkId);
        }
        if (query.AgeMonths is { } age)
        {
            services = services.Where(s => (s.MinimumAgeMonths == null || s.MinimumAgeMonths <= age) && (s.MaximumAgeMonths == null || s.MaximumAgeMonths >= age));
        }
        if (query.TermId is { } termId)
        {
            services = services.Where(s => s.Terms.Any(t => t.TermId == termId));
        }
        if (query.TaxonomyId is { } taxonomyId)
        {
            services = services.Where(s => s.Terms.Any(t => t.Term!.TaxonomyId == taxonomyId));
        }
        foreach (var code in query.TermCodes)
        {
            services = services.Where(s => s.Terms.Any(t => t.Term!.Code == code));
        }
        if (query.ServiceIds.Count > 0)
        {
            var only = query.ServiceIds.ToList();
            services = services.Where(s => only.Contains(s.Id));
        }
        if (query.FreeOnly)
        {
            services = services.Where(s => !s.CostOptions.Any(c => c.Amount > 0m));
        }
        if (query.Language is { Length: > 0 } language)
        {
            services = services.Where(s => s.Languages.Contains(language));
        }
        if (query.ModifiedAfter is { } after)
        {
            services = services.Where(s => s.UpdatedAt > after);
        }
        var total = await services.CountAsync(cancellationToken);
        var ids = await services.OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Skip((Math.Max(1, query.Page) - 1) * query.PageSize).Take(query.PageSize)
            .Select(s => s.Id).ToListAsync(cancellationToken);
        return new SearchResult(ids.Select(id => new ServiceHit(id, 1, null)).ToList(), total, new Dictionary<string, IReadOnlyList<FacetCount>>());
    }
}
