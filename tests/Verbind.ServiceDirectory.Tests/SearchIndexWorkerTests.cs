using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Verbind.ServiceDirectory.Features.Search;
using Verbind.Testing;

namespace Verbind.ServiceDirectory.Tests;

public abstract class SearchIndexWorkerTests(AppFactory app)
{
    [Fact]
    public async Task A_rebuild_request_visible_when_the_build_starts_does_not_build_everything_a_second_time()
    {
        // As on a first start: the taxonomy sync has asked for a rebuild before the index is built.
        var asked = new SearchIndexChange { ServiceId = Guid.Empty, ChangedAt = TimeProvider.System.GetUtcNow().UtcDateTime };
        await app.WithDbAsync(async db =>
        {
            db.Set<SearchIndexChange>().Add(asked);
            await db.SaveChangesAsync();
        });
        using var index = new SearchIndex();
        var options = Options.Create(new SearchOptions { PollIntervalSeconds = 0.05 });
        using var worker = new SearchIndexWorker(app.Services.GetRequiredService<IServiceScopeFactory>(), index, options, TimeProvider.System,
            app.Services.GetRequiredService<IOutputCacheStore>(), NullLogger<SearchIndexWorker>.Instance);

        await worker.StartAsync(TestContext.Current.CancellationToken);
        await SearchArrange.EventuallyAsync(() => Task.FromResult(index.IsReady), "the first build");
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken); // twenty catch-ups
        await worker.StopAsync(TestContext.Current.CancellationToken);

        // Tests running beside this one may ask for rebuilds of their own (a taxonomy edited); each may add one.
        var askedLater = await app.WithDbAsync(db => db.Set<SearchIndexChange>().CountAsync(c => c.ServiceId == Guid.Empty && c.Id > asked.Id));
        Assert.InRange(index.Builds, 1, 1 + askedLater);
    }
}

public sealed class SearchIndexWorkerTestsOnSqlite(SqliteApp app) : SearchIndexWorkerTests(app);

public sealed class SearchIndexWorkerTestsOnPostgres(PostgresApp app) : SearchIndexWorkerTests(app);
