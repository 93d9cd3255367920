using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Verbind.Partners.Domain;
using Verbind.Platform.Data;

namespace Verbind.Partners.Data;

/// <summary>
/// Gives every network whose Partners data a save changes a new <see cref="NetworkVersion"/>, written in
/// the same transaction as the change. People, places and memberships belong to one network; an
/// organisation is shared, so a change to it stamps every network it has a membership in. Every writer
/// (pages, API, import, seeders) saves through the one AppDbContext, so none can forget it.
/// </summary>
internal sealed class NetworkVersionBump : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext db)
        {
            using var _ = new ChangeDetectionPause(db);
            var (networks, organisations) = Changes(db);
            if (organisations.Count > 0)
            {
                networks.UnionWith(NetworksOf(db, organisations).ToList());
            }
            if (networks.Count == 0)
            {
                return result;
            }
            foreach (var networkId in networks.Except(Existing(db, networks).ToList()))
            {
                NetworkVersions.Ensure(db, networkId);
            }
            Stamp(db, networks);
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db)
        {
            using var _ = new ChangeDetectionPause(db);
            var (networks, organisations) = Changes(db);
            if (organisations.Count > 0)
            {
                networks.UnionWith(await NetworksOf(db, organisations).ToListAsync(cancellationToken));
            }
            if (networks.Count == 0)
            {
                return result;
            }
            foreach (var networkId in networks.Except(await Existing(db, networks).ToListAsync(cancellationToken)))
            {
                await NetworkVersions.EnsureAsync(db, networkId, cancellationToken);
            }
            Stamp(db, networks);
        }
        return result;
    }

    /// <summary>The networks of the changed people, places and memberships, and the changed organisations.</summary>
    private static (HashSet<Guid> Networks, HashSet<Guid> Organisations) Changes(AppDbContext db)
    {
        var networks = new HashSet<Guid>();
        var organisations = new HashSet<Guid>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            switch (entry.Entity)
            {
                // A new organisation is in no network until a membership (stamped itself) puts it there.
                case Organisation organisation when entry.State != EntityState.Added:
                    organisations.Add(organisation.Id);
                    break;
                case Membership or Person or Place:
                    var networkId = entry.Property(nameof(Person.NetworkId));
                    networks.Add((Guid)networkId.CurrentValue!);
                    if (entry.State == EntityState.Modified)
                    {
                        networks.Add((Guid)networkId.OriginalValue!);
                    }
                    break;
            }
        }
        return (networks, organisations);
    }

    private static IQueryable<Guid> NetworksOf(AppDbContext db, HashSet<Guid> organisations)
    {
        var ids = organisations.ToList();
        return db.Set<Membership>().IgnoreQueryFilters().Where(m => ids.Contains(m.OrganisationId)).Select(m => m.NetworkId).Distinct();
    }

    private static IQueryable<Guid> Existing(AppDbContext db, HashSet<Guid> networks)
    {
        var ids = networks.ToList();
        return db.Set<NetworkVersion>().AsNoTracking().Where(v => ids.Contains(v.NetworkId)).Select(v => v.NetworkId);
    }

    private static void Stamp(AppDbContext db, HashSet<Guid> networks)
    {
        foreach (var networkId in networks)
        {
            var entry = db.ChangeTracker.Entries<NetworkVersion>().FirstOrDefault(e => e.Entity.NetworkId == networkId)
                ?? db.Attach(new NetworkVersion { NetworkId = networkId });
            entry.Entity.Version = Guid.NewGuid();
            entry.Property(v => v.Version).IsModified = true;
        }
    }

    /// <summary>AppDbContext has just detected the changes; a large import should not pay for it again per look-up.</summary>
    private readonly struct ChangeDetectionPause : IDisposable
    {
        private readonly DbContext _db;
        private readonly bool _detecting;

        public ChangeDetectionPause(DbContext db)
        {
            _db = db;
            _detecting = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
        }

        public void Dispose() => _db.ChangeTracker.AutoDetectChangesEnabled = _detecting;
    }
}
