using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Verbind.Partners.Data;
using Verbind.Platform.Data;

namespace Verbind.Partners.Features.WhoDoesWhat;

/// <summary>
/// The expertise tags in use in the current network, for the search form. Collected in memory (SQLite
/// cannot flatten a JSON column in SQL) and kept for a minute; saving a person forgets the list.
/// </summary>
public sealed class ExpertiseCatalogue(AppDbContext db, IMemoryCache cache)
{
    private const int MaxTags = 500;

    public async Task<IReadOnlyList<string>> TagsAsync(CancellationToken cancellationToken)
    {
        var key = Key(db.NetworkScope.Required.Id);
        if (cache.TryGetValue(key, out IReadOnlyList<string>? tags) && tags is not null)
        {
            return tags;
        }
        var lists = await db.People.AsNoTracking().Where(p => p.Expertise.Count > 0).Select(p => p.Expertise).ToListAsync(cancellationToken);
        tags = lists.SelectMany(t => t).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(MaxTags).ToList();
        cache.Set(key, tags, TimeSpan.FromMinutes(1));
        return tags;
    }

    public void Forget()
    {
        if (db.NetworkScope.NetworkId is { } networkId)
        {
            cache.Remove(Key(networkId));
        }
    }

    private static string Key(Guid networkId) => $"partners:expertise:{networkId}";
}
