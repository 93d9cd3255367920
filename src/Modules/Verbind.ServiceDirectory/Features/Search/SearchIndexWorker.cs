using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Data;

namespace Verbind.ServiceDirectory.Features.Search;

/// <summary>
/// Builds this instance's index from the database in the background at start (searches use the database
/// meanwhile), then follows the change log: every instance reads it, so each keeps its own index current
/// whichever instance saved the change. Reading overlaps by a margin, so a transaction that committed
/// late with an earlier timestamp is not missed; applying a change twice does no harm.
/// </summary>
internal sealed partial class SearchIndexWorker(
    IServiceScopeFactory scopes, SearchIndex index, IOptions<SearchOptions> options, TimeProvider clock, IOutputCacheStore pageCache,
    ILogger<SearchIndexWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Overlap = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan KeepChanges = TimeSpan.FromDays(1);

    private readonly Dictionary<long, DateTime> _applied = [];
    private DateTime _watermark;
    private DateTime _lastCleanup;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.UseIndex)
        {
            return;
        }
        _watermark = clock.GetUtcNow().UtcDateTime - Overlap;
        _lastCleanup = clock.GetUtcNow().UtcDateTime;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RebuildAsync(stoppingToken);
                break;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogBuildFailed(exception);
                await Task.Delay(TimeSpan.FromSeconds(10), clock, stoppingToken);
            }
        }
        var interval = TimeSpan.FromSeconds(Math.Max(0.05, options.Value.PollIntervalSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(interval, clock, stoppingToken);
            try
            {
                await CatchUpAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogCatchUpFailed(exception);
            }
        }
    }

    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        // Every change visible now was committed with its data, so the build below contains it: marking these
        // applied keeps the first catch-up from building everything again (a taxonomy sync on first start
        // records "everything changed").
        var included = await RecentChangesAsync(cancellationToken);
        var generation = new SearchIndexGeneration(GenerationPath());
        try
        {
            var (terms, entries) = await InScopeAsync(async loader =>
            {
                var terms = await loader.TermsAsync(cancellationToken);
                return (terms, await loader.LoadAllAsync(terms.ToDictionary(t => t.Id), cancellationToken));
            });
            var loaded = clock.GetElapsedTime(started);
            generation.AddAll(entries, cancellationToken);
            generation.Refresh();
            index.Swap(generation, new SearchSynonyms(terms));
            await pageCache.EvictByTagAsync(SearchIndex.PageCacheTag, cancellationToken);
            MarkApplied(included);
            LogBuilt(generation.Count, clock.GetElapsedTime(started).TotalMilliseconds, loaded.TotalMilliseconds);
        }
        catch
        {
            generation.Dispose();
            throw;
        }
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        var changes = await RecentChangesAsync(cancellationToken);
        var fresh = changes.Where(c => !_applied.ContainsKey(c.Id)).ToList();
        if (fresh.Count > 0)
        {
            if (fresh.Any(c => c.ServiceId == Guid.Empty) || fresh.Count >= 20_000)
            {
                await RebuildAsync(cancellationToken);
            }
            else
            {
                await ReindexAsync(fresh.Select(c => c.ServiceId).Distinct().ToList(), cancellationToken);
            }
            MarkApplied(fresh);
        }
        foreach (var old in _applied.Where(a => a.Value <= _watermark - Overlap - Overlap).Select(a => a.Key).ToList())
        {
            _applied.Remove(old);
        }
        await CleanUpAsync(cancellationToken);
    }

    private async Task<List<SearchIndexChange>> RecentChangesAsync(CancellationToken cancellationToken)
    {
        var since = _watermark - Overlap;
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<SearchIndexChange>().AsNoTracking()
            .Where(c => c.ChangedAt > since).OrderBy(c => c.Id).Take(20_000).ToListAsync(cancellationToken);
    }

    private void MarkApplied(List<SearchIndexChange> changes)
    {
        foreach (var change in changes)
        {
            _applied[change.Id] = change.ChangedAt;
        }
        if (changes.Count > 0 && changes.Max(c => c.ChangedAt) is var newest && newest > _watermark)
        {
            _watermark = newest;
        }
    }

    private async Task ReindexAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Chunk(SearchEntryLoader.BatchSize))
        {
            var entries = await InScopeAsync(async loader =>
            {
                var terms = (await loader.TermsAsync(cancellationToken)).ToDictionary(t => t.Id);
                return await loader.LoadAsync(chunk, terms, cancellationToken);
            });
            var kept = entries.Select(e => e.Id).ToHashSet();
            index.Apply(entries, chunk.Where(id => !kept.Contains(id)));
        }
        await pageCache.EvictByTagAsync(SearchIndex.PageCacheTag, cancellationToken);
    }

    private async Task CleanUpAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - _lastCleanup < TimeSpan.FromHours(1))
        {
            return;
        }
        _lastCleanup = now;
        var before = now - KeepChanges;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Set<SearchIndexChange>().Where(c => c.ChangedAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<T> InScopeAsync<T>(Func<SearchEntryLoader, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<NetworkScope>().EnterAllNetworks();
        return await work(ActivatorUtilities.CreateInstance<SearchEntryLoader>(scope.ServiceProvider));
    }

    private string? GenerationPath() =>
        string.IsNullOrWhiteSpace(options.Value.IndexPath) ? null : Path.Combine(options.Value.IndexPath, Guid.CreateVersion7().ToString("N"));

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index built with {Count} services in {Milliseconds:F0} ms (reading the database {ReadMilliseconds:F0} ms)")]
    private partial void LogBuilt(int count, double milliseconds, double readMilliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Building the search index failed; searches use the database until it succeeds")]
    private partial void LogBuildFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bringing the search index up to date failed; trying again")]
    private partial void LogCatchUpFailed(Exception exception);
}
