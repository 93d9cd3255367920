using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Verbind.Platform.Data;
using Verbind.ServiceDirectory.Domain;

namespace Verbind.ServiceDirectory.Features.Search;

/// <summary>
/// Writes a <see cref="SearchIndexChange"/> for every service whose searchable data a save changes (the
/// service, its terms, locations, schedules, costs, or a location it is given at and its special days), in the same
/// transaction. Every writer saves through the one AppDbContext; bulk ExecuteUpdate/Delete and raw SQL
/// bypass it and must add a row themselves (or the instances rebuild at their next start).
/// </summary>
internal sealed class SearchChangeRecorder(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext db)
        {
            var (services, locations) = Changes(db);
            if (locations.Count > 0)
            {
                services.UnionWith(ServicesAt(db, locations).ToList());
            }
            Record(db, services);
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db)
        {
            var (services, locations) = Changes(db);
            if (locations.Count > 0)
            {
                services.UnionWith(await ServicesAt(db, locations).ToListAsync(cancellationToken));
            }
            Record(db, services);
        }
        return result;
    }

    private static (HashSet<Guid> Services, HashSet<Guid> Locations) Changes(AppDbContext db)
    {
        var services = new HashSet<Guid>();
        var locations = new HashSet<Guid>();
        // The context has just detected the changes; a large import must not pay for a second pass.
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            Collect(db, services, locations);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
        return (services, locations);
    }

    private static void Collect(AppDbContext db, HashSet<Guid> services, HashSet<Guid> locations)
    {
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            switch (entry.Entity)
            {
                case Service service:
                    services.Add(service.Id);
                    break;
                case ServiceTerm term:
                    services.Add(term.ServiceId);
                    break;
                case ServiceAtLocation link:
                    services.Add(link.ServiceId);
                    break;
                case CostOption cost:
                    services.Add(cost.ServiceId);
                    break;
                case Schedule schedule:
                    Add(services, schedule.ServiceId);
                    Add(locations, schedule.LocationId);
                    break;
                case Location location:
                    locations.Add(location.Id);
                    break;
                case SpecialDay day:
                    locations.Add(day.LocationId);
                    break;
                case Taxonomy or TaxonomyTerm:
                    services.Add(Guid.Empty);
                    break;
            }
        }
    }

    private static IQueryable<Guid> ServicesAt(AppDbContext db, HashSet<Guid> locations)
    {
        var ids = locations.ToList();
        return db.Set<ServiceAtLocation>().IgnoreQueryFilters().Where(l => ids.Contains(l.LocationId)).Select(l => l.ServiceId).Distinct();
    }

    private void Record(AppDbContext db, HashSet<Guid> services)
    {
        if (services.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = db.Set<SearchIndexChange>();
        foreach (var id in services.Contains(Guid.Empty) ? [Guid.Empty] : services)
        {
            changes.Add(new SearchIndexChange { ServiceId = id, ChangedAt = now });
        }
    }

    private static void Add(HashSet<Guid> set, Guid? id)
    {
        if (id is { } value)
        {
            set.Add(value);
        }
    }
}
