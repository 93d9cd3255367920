using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;

namespace Verbind.Partners.Data;

/// <summary>
/// A stamp per network that changes in the same transaction as every change to that network's Partners
/// data (<see cref="NetworkVersionBump"/>). In-memory read models are kept per stamp, so no app instance
/// serves one that is out of date. Random rather than counted: two concurrent saves each leave a stamp
/// nobody has seen before, without a read-increment-write race.
/// </summary>
internal sealed class NetworkVersion
{
    public Guid NetworkId { get; set; }
    public Guid Version { get; set; }
}

internal static class NetworkVersions
{
    /// <summary>The network's current stamp: one lookup by primary key (the row is made on first use).</summary>
    public static async Task<Guid> CurrentAsync(AppDbContext db, Guid networkId, CancellationToken cancellationToken)
    {
        if (await Read.For(db)(db, networkId, cancellationToken) is { } version)
        {
            return version;
        }
        await EnsureAsync(db, networkId, cancellationToken);
        return await Read.For(db)(db, networkId, cancellationToken) ?? throw new InvalidOperationException("No network version.");
    }

    /// <summary>Makes the network's row if it is missing; safe when another request makes it at the same moment.</summary>
    public static async Task EnsureAsync(AppDbContext db, Guid networkId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync(EnsureSql(networkId), cancellationToken);

    public static void Ensure(AppDbContext db, Guid networkId) => db.Database.ExecuteSql(EnsureSql(networkId));

    private static FormattableString EnsureSql(Guid networkId) =>
        $"""INSERT INTO partners_network_versions ("NetworkId", "Version") VALUES ({networkId}, {Guid.NewGuid()}) ON CONFLICT ("NetworkId") DO NOTHING""";

    // Compiled: read on every request, so it skips EF's per-query translation look-up.
    private static readonly PerModel<Func<AppDbContext, Guid, CancellationToken, Task<Guid?>>> Read = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, Guid networkId, CancellationToken cancellationToken) =>
            db.Set<NetworkVersion>().Where(v => v.NetworkId == networkId).Select(v => (Guid?)v.Version).FirstOrDefault()));
}
