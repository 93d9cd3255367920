using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Audit;
using Verbind.Platform.Identity;
using Verbind.Platform.Modules;
using Verbind.Platform.Tenancy;

namespace Verbind.Platform.Data;

/// <summary>
/// The one database context. Platform tables are configured here; each module adds its own through
/// an <see cref="IModelContribution"/>. Every <see cref="INetworkOwned"/> record is filtered to the
/// current network, and every change to an <see cref="IAuditable"/> record is written to the audit log
/// in the same transaction.
/// </summary>
public sealed class AppDbContext(
    DbContextOptions<AppDbContext> options,
    NetworkScope networkScope,
    ICurrentActor actor,
    TimeProvider clock,
    IEnumerable<IModelContribution> contributions)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Network> Networks => Set<Network>();
    public DbSet<NetworkUserRole> NetworkUserRoles => Set<NetworkUserRole>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // Read by the query filters on every query; EF parameterises them per context instance.
    internal bool IgnoreNetworkFilter => networkScope.AllNetworks;
    internal Guid CurrentNetworkId => networkScope.NetworkId ?? Guid.Empty;

    public NetworkScope NetworkScope => networkScope;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        PlatformModel.Configure(builder, Database.IsSqlite());
        foreach (var contribution in contributions)
        {
            contribution.Configure(builder, this);
        }
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(INetworkOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            var e = Expression.Parameter(type.ClrType, "e");
            var sameNetwork = Expression.Equal(Expression.Property(e, nameof(INetworkOwned.NetworkId)), CurrentNetworkIdExpression);
            builder.Entity(type.ClrType).HasQueryFilter(Expression.Lambda(Expression.OrElse(IgnoreFilterExpression, sameNetwork), e));
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no time zones: every DateTime is stored and read back as UTC.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        }
    }

    /// <summary>
    /// Filters a record that is not owned by one network but visible through its links to networks
    /// (an organisation through its memberships): visible when one of <paramref name="networksOf"/> is
    /// the current network.
    /// </summary>
    public void HasNetworkLinkFilter<T>(ModelBuilder builder, Expression<Func<T, IEnumerable<Guid>>> networksOf)
        where T : class
    {
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], networksOf.Body, CurrentNetworkIdExpression);
        builder.Entity<T>().HasQueryFilter(Expression.Lambda<Func<T, bool>>(Expression.OrElse(IgnoreFilterExpression, contains), networksOf.Parameters));
    }

    private Expression IgnoreFilterExpression => Expression.Property(Expression.Constant(this), nameof(IgnoreNetworkFilter));
    private Expression CurrentNetworkIdExpression => Expression.Property(Expression.Constant(this), nameof(CurrentNetworkId));

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareSave();
        // Inside a transaction of its own the caller already holds SQLite's write lock (or waits for it).
        if (Database.IsSqlite() && Database.CurrentTransaction is null && Database.GetConnectionString() is { } file)
        {
            return SqliteWriteQueue.RunAsync(file, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);
        }
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void PrepareSave()
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit log is append-only.");
            }
            if (entry.Entity is INetworkOwned owned && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                GuardNetwork(owned, entry.State == EntityState.Added);
            }
        }
        var audit = AuditRecorder.Record(ChangeTracker.Entries().ToList(), actor, clock.GetUtcNow().UtcDateTime, networkScope.NetworkId);
        AuditEntries.AddRange(audit);
    }

    private void GuardNetwork(INetworkOwned owned, bool added)
    {
        if (added && owned.NetworkId == Guid.Empty && networkScope.NetworkId is { } current)
        {
            owned.NetworkId = current;
        }
        if (!networkScope.AllNetworks && owned.NetworkId != networkScope.NetworkId)
        {
            throw new InvalidOperationException($"A {owned.GetType().Name} of another network cannot be saved in this scope.");
        }
    }
}
