using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;
using Verbind.Platform.Ui;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.Geo;
using Verbind.ServiceDirectory.Features.Search;

namespace Verbind.ServiceDirectory.Features.HsdsApi;

/// <summary>
/// Reads the published services for the HSDS API: the active services of every network. Structured
/// filters run in the database; free text goes through <see cref="IServiceSearch"/>, whose best
/// <see cref="MaxSearchHits"/> matches are then filtered and paged in their order of relevance.
/// </summary>
internal sealed class HsdsServiceQueries(AppDbContext db, NetworkScope scope, IServiceSearch search, TimeProvider clock)
{
    public const int MaxSearchHits = 1000;
    private const int StreamBatch = 200;

    /// <summary>Anonymous reads see every network; never call this in a request that works in one network.</summary>
    public void EnterPublicScope()
    {
        if (scope.NetworkId is null)
        {
            scope.EnterAllNetworks();
        }
    }

    public IQueryable<Service> Filtered(HsdsParameters p)
    {
        var services = db.Services.AsNoTracking().Where(s => s.Status == ServiceStatus.Active);
        if (p.OrganizationId is { } organisationId)
        {
            services = services.Where(s => s.OrganisationId == organisationId);
        }
        if (p.TaxonomyTermId is { } termId)
        {
            services = services.Where(s => s.Terms.Any(t => t.TermId == termId));
        }
        if (p.TaxonomyId is { } taxonomyId)
        {
            services = services.Where(s => s.Terms.Any(t => t.Term!.TaxonomyId == taxonomyId));
        }
        if (p.ModifiedAfter is { } after)
        {
            services = services.Where(s => s.UpdatedAt >= after);
        }
        if (p.MinimumAge is { } minimumYears)
        {
            var months = (int)Math.Floor(minimumYears * 12);
            services = services.Where(s => s.MaximumAgeMonths == null || s.MaximumAgeMonths >= months);
        }
        if (p.MaximumAge is { } maximumYears)
        {
            var months = (int)Math.Ceiling(maximumYears * 12);
            services = services.Where(s => s.MinimumAgeMonths == null || s.MinimumAgeMonths <= months);
        }
        if (p.Day is { } day)
        {
            var today = DateOnly.FromDateTime(LocalTime.FromUtc(clock.GetUtcNow().UtcDateTime));
            services = services.Where(OpenOnDate.Predicate(ServiceHours.NextDate(day, today), p.Time));
        }
        return services;
    }

    /// <summary>The ids of one page of matching services and how many match in all.</summary>
    public async Task<(IReadOnlyList<Guid> Ids, int Total)> PageAsync(HsdsParameters p, CancellationToken cancellationToken)
    {
        if (p.Search is null)
        {
            var services = Filtered(p);
            var total = await services.CountAsync(cancellationToken);
            var ids = await services.OrderBy(s => s.Name).ThenBy(s => s.Id)
                .Skip((p.Page - 1) * p.PerPage).Take(p.PerPage).Select(s => s.Id).ToListAsync(cancellationToken);
            return (ids, total);
        }
        if (p is { MinimumAge: null, MaximumAge: null, Day: null, Time: null })
        {
            return await SearchPageAsync(p, cancellationToken);
        }
        var ranked = await SearchAsync(p, cancellationToken);
        return (ranked.Skip((p.Page - 1) * p.PerPage).Take(p.PerPage).ToList(), ranked.Count);
    }

    /// <summary>
    /// A text search whose every filter the search itself applies: one page straight from it, with the
    /// same result as <see cref="SearchAsync"/> (the best <see cref="MaxSearchHits"/>) without reading them all.
    /// </summary>
    private async Task<(IReadOnlyList<Guid> Ids, int Total)> SearchPageAsync(HsdsParameters p, CancellationToken cancellationToken)
    {
        var skipped = (long)(p.Page - 1) * p.PerPage;
        if (skipped >= MaxSearchHits)
        {
            var count = await search.SearchAsync(SearchQuery(p, page: 1, size: 1), cancellationToken);
            return ([], Math.Min(count.Total, MaxSearchHits));
        }
        var result = await search.SearchAsync(SearchQuery(p, p.Page, p.PerPage), cancellationToken);
        var ids = result.Hits.Select(h => h.ServiceId).Take(MaxSearchHits - (int)skipped).ToList();
        return (ids, Math.Min(result.Total, MaxSearchHits));
    }

    private static ServiceQuery SearchQuery(HsdsParameters p, int page, int size) => new()
    {
        Text = p.Search,
        OrganisationId = p.OrganizationId,
        TermId = p.TaxonomyTermId,
        TaxonomyId = p.TaxonomyId,
        ModifiedAfter = p.ModifiedAfter,
        FacetValues = 0,
        Page = page,
        PageSize = size,
    };

    /// <summary>The matches of a text search that also pass the structured filters, best first.</summary>
    public async Task<IReadOnlyList<Guid>> SearchAsync(HsdsParameters p, CancellationToken cancellationToken)
    {
        var result = await search.SearchAsync(SearchQuery(p, page: 1, size: MaxSearchHits), cancellationToken);
        var hits = result.Hits.Select(h => h.ServiceId).Distinct().ToList();
        if (hits.Count == 0)
        {
            return [];
        }
        var passing = (await Filtered(p).Where(s => hits.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();
        return hits.Where(passing.Contains).ToList();
    }

    /// <summary>Services by id in the given order, without children (the list shape).</summary>
    public async Task<IReadOnlyList<Service>> ListAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var byId = await db.Services.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    /// <summary>Active services by id in the given order with everything the nested HSDS service shows.</summary>
    public async Task<IReadOnlyList<Service>> FullAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var byId = await db.Services.AsNoTracking().AsSplitQuery()
            .Where(s => ids.Contains(s.Id) && s.Status == ServiceStatus.Active)
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
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    /// <summary>
    /// Every match, read as a stream: one query without a text search (nothing kept in memory), else the
    /// ranked matches in small batches. Nested services are read in batches of <see cref="StreamBatch"/>.
    /// </summary>
    public async IAsyncEnumerable<Service> StreamAsync(HsdsParameters p, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (p.Search is not null)
        {
            var ranked = await SearchAsync(p, cancellationToken);
            foreach (var batch in ranked.Chunk(StreamBatch))
            {
                foreach (var service in p.Full ? await FullAsync(batch, cancellationToken) : await ListAsync(batch, cancellationToken))
                {
                    yield return service;
                }
            }
            yield break;
        }
        if (!p.Full)
        {
            await foreach (var service in Filtered(p).OrderBy(s => s.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                yield return service;
            }
            yield break;
        }
        Guid? after = null;
        while (true)
        {
            var query = Filtered(p);
            if (after is { } last)
            {
                query = query.Where(s => s.Id.CompareTo(last) > 0);
            }
            var ids = await query.OrderBy(s => s.Id).Select(s => s.Id).Take(StreamBatch).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                yield break;
            }
            foreach (var service in await FullAsync(ids, cancellationToken))
            {
                yield return service;
            }
            after = ids[^1];
        }
    }

    /// <summary>The service-at-location links of matching services, with their location (and service).</summary>
    public IQueryable<ServiceAtLocation> Links(HsdsParameters p, IReadOnlyList<Guid>? searchIds)
    {
        var services = Filtered(p);
        if (searchIds is not null)
        {
            services = services.Where(s => searchIds.Contains(s.Id));
        }
        var serviceIds = services.Select(s => s.Id);
        var links = db.ServiceAtLocations.AsNoTracking().Where(l => serviceIds.Contains(l.ServiceId));
        if (p.Postcode is { } postcode && p.ProximityMetres is null)
        {
            links = links.Where(l => l.Location!.Postcode == postcode || l.Service!.ServiceAreas.Any(a => a.Postcodes.Contains(postcode)));
        }
        return links;
    }

    /// <summary>Links whose location lies within <paramref name="metres"/> of <paramref name="centre"/>, nearest first.</summary>
    public static async Task<IReadOnlyList<Guid>> NearAsync(IQueryable<ServiceAtLocation> links, GeoPoint centre, int metres, CancellationToken cancellationToken)
    {
        var dLat = metres / 111_320d;
        var dLon = metres / (111_320d * Math.Max(0.01, Math.Cos(centre.Latitude * Math.PI / 180)));
        var (south, north, west, east) = (centre.Latitude - dLat, centre.Latitude + dLat, centre.Longitude - dLon, centre.Longitude + dLon);
        var candidates = await links
            .Where(l => l.Location!.Latitude >= south && l.Location.Latitude <= north && l.Location.Longitude >= west && l.Location.Longitude <= east)
            .Select(l => new { l.Id, Latitude = l.Location!.Latitude!.Value, Longitude = l.Location.Longitude!.Value })
            .ToListAsync(cancellationToken);
        return candidates
            .Select(c => (c.Id, Km: centre.DistanceKmTo(new GeoPoint(c.Latitude, c.Longitude))))
            .Where(c => c.Km * 1000 <= metres)
            .OrderBy(c => c.Km).ThenBy(c => c.Id)
            .Select(c => c.Id)
            .ToList();
    }

    /// <summary>Links by id in the given order, with service and location (and the location's schedules and phones when full).</summary>
    public async Task<IReadOnlyList<ServiceAtLocation>> LinksByIdAsync(IReadOnlyList<Guid> ids, bool full, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var query = db.ServiceAtLocations.AsNoTracking().AsSplitQuery()
            .Where(l => ids.Contains(l.Id) && l.Service!.Status == ServiceStatus.Active)
            .Include(l => l.Service).Include(l => l.Location);
        var byId = full
            ? await query.Include(l => l.Location!).ThenInclude(l => l.Schedules).Include(l => l.Location!).ThenInclude(l => l.Phones)
                .ToDictionaryAsync(l => l.Id, cancellationToken)
            : await query.ToDictionaryAsync(l => l.Id, cancellationToken);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    /// <summary>The schedules that belong to the links themselves (not to their service or location).</summary>
    public async Task<ILookup<Guid, Schedule>> LinkSchedulesAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var schedules = await db.Schedules.AsNoTracking()
            .Where(s => s.ServiceAtLocationId != null && ids.Contains(s.ServiceAtLocationId.Value)).ToListAsync(cancellationToken);
        return schedules.ToLookup(s => s.ServiceAtLocationId!.Value);
    }
}
