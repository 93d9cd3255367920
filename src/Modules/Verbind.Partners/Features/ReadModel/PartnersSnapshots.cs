using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Partners.Features.ReadModel;

/// <summary>
/// One <see cref="PartnersSnapshot"/> per network in this app instance, shared by all its requests and
/// replaced when the network's version changes. However many requests ask at once, a version is loaded
/// once (in a scope of its own, so any of them may run it); a failed load is forgotten; a network nobody
/// asks about for <see cref="KeepIdle"/> is dropped.
/// </summary>
public sealed class PartnersSnapshots(IMemoryCache cache, IServiceScopeFactory scopes)
{
    private static readonly TimeSpan KeepIdle = TimeSpan.FromMinutes(20);
    private readonly Lock _gate = new();

    private sealed record Entry(Guid Version, long CreatedAt, Lazy<Task<PartnersSnapshot>> Snapshot);

    /// <param name="versionReadAt">
    /// When the caller read <paramref name="version"/> (<see cref="Stopwatch.GetTimestamp"/>). An entry made
    /// after that was loaded after it too, so it is at least as new: it is used rather than replaced, so
    /// a request that read the version just before a change does not bring back the older snapshot.
    /// </param>
    public async Task<PartnersSnapshot> GetAsync(Network network, Guid version, long versionReadAt)
    {
        var key = Key(network.Id);
        if (!cache.TryGetValue(key, out Entry? entry) || !IsUsable(entry, version, versionReadAt))
        {
            lock (_gate)
            {
                if (!cache.TryGetValue(key, out entry) || !IsUsable(entry, version, versionReadAt))
                {
                    entry = new Entry(version, Stopwatch.GetTimestamp(), new Lazy<Task<PartnersSnapshot>>(() => LoadAsync(network, version)));
                    cache.Set(key, entry, new MemoryCacheEntryOptions { SlidingExpiration = KeepIdle });
                }
            }
        }
        try
        {
            return await entry.Snapshot.Value;
        }
        catch
        {
            lock (_gate)
            {
                if (cache.TryGetValue(key, out Entry? current) && ReferenceEquals(current, entry))
                {
                    cache.Remove(key);
                }
            }
            throw;
        }
    }

    private static bool IsUsable([NotNullWhen(true)] Entry? entry, Guid version, long versionReadAt) =>
        entry is not null && (entry.Version == version || entry.CreatedAt > versionReadAt);

    private async Task<PartnersSnapshot> LoadAsync(Network network, Guid version)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<NetworkScope>().Enter(network, role: null);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Not the request's token: other requests may be waiting for this load.
        return await PartnersSnapshot.LoadAsync(db, version, CancellationToken.None);
    }

    private static string Key(Guid networkId) => $"partners:snapshot:{networkId}";
}
