using System.Data.Common;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Audit;
using Verbind.Platform.Features.Audit;
using Verbind.Platform.Tenancy;
using Verbind.Testing;
using static Verbind.Platform.Tests.AccountSteps;

namespace Verbind.Platform.Tests;

public abstract class AuditPageTests(AppFactory app)
{
    [Fact]
    public async Task Coordinators_read_changes_newest_first_with_the_fields_before_and_after()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        using (await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/instellingen", new Dictionary<string, string> { ["Input.Name"] = "Huis van het Kind Bremdaal" }))
        {
        }

        var page = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/audit");
        var first = Rows(page).First();
        Assert.Contains("Netwerk", first.Cells[3].TextContent, StringComparison.Ordinal);
        Assert.Contains("Gewijzigd", first.Cells[2].TextContent, StringComparison.Ordinal);
        var nameChange = first.QuerySelectorAll("table.audit-changes tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Name");
        Assert.Equal([network.Name, "Huis van het Kind Bremdaal"], nameChange.QuerySelectorAll("td").Select(td => td.TextContent).ToArray());
        // Only the fields that changed.
        Assert.Single(first.QuerySelectorAll("table.audit-changes tbody tr"));
        Assert.NotNull(page.QuerySelector("table.audit-table caption"));
        Assert.Null(page.QuerySelector("form[method=post]:not(.language-switch):not(.account-menu__signout)"));
    }

    [Fact]
    public async Task Filters_on_type_actor_action_and_dates_are_links()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var today = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
        await SeedAsync(network,
            Entry(network, "Organisation", "anna@test.verbind.local", AuditAction.Created, daysAgo: 40),
            Entry(network, "Organisation", "bert@test.verbind.local", AuditAction.Updated, daysAgo: 20),
            Entry(network, "Person", "anna@test.verbind.local", AuditAction.Deleted, daysAgo: 10),
            Entry(network, "Person", "bert@test.verbind.local", AuditAction.Updated, daysAgo: 0));
        var url = $"/netwerk/{network.Slug}/audit";

        Assert.All(Rows(await coordinator.GetPageAsync($"{url}?type=Person")), r => Assert.Contains("Person", r.Cells[3].TextContent, StringComparison.Ordinal));
        Assert.Equal(2, Rows(await coordinator.GetPageAsync($"{url}?type=Person")).Count);
        Assert.Equal(2, Rows(await coordinator.GetPageAsync($"{url}?actor=anna%40test.verbind.local")).Count);
        Assert.Single(Rows(await coordinator.GetPageAsync($"{url}?actie=Deleted&type=Person")));
        Assert.Single(Rows(await coordinator.GetPageAsync($"{url}?type=Organisation&van={today.AddDays(-30):yyyy-MM-dd}")));
        Assert.Equal(2, Rows(await coordinator.GetPageAsync($"{url}?actor=anna%40test.verbind.local&van={today.AddDays(-50):yyyy-MM-dd}&tot={today.AddDays(-5):yyyy-MM-dd}")).Count);

        // Each row's actor is a link that filters on it, keeping the other filters.
        var filtered = await coordinator.GetPageAsync($"{url}?type=Organisation");
        var actorLink = Rows(filtered).Select(r => r.Cells[1].QuerySelector("a")!).First(a => a.TextContent == "bert@test.verbind.local").GetAttribute("href")!;
        var byLink = Rows(await coordinator.GetPageAsync(new Uri(actorLink).PathAndQuery));
        Assert.Single(byLink);
        Assert.Contains("bert@", byLink[0].Cells[1].TextContent, StringComparison.Ordinal);

        // The filter form is a GET form whose fields carry the query names.
        var form = filtered.QuerySelector("form.filters")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(["type", "actor", "actie", "van", "tot"], form.QuerySelectorAll("[name]").Select(e => e.GetAttribute("name")!).ToArray());
        Assert.Equal("Organisation", filtered.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#audit-type")!.Value);
    }

    [Fact]
    public async Task Bad_filters_get_a_message_and_no_error()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var url = $"/netwerk/{network.Slug}/audit";
        foreach (var query in new[] { "van=gisteren", "tot=2026-13-45", "van=0001-01-01", "actie=Verwijderd", "actie=2", $"actor={new string('a', 5000)}" })
        {
            var page = await coordinator.GetPageAsync($"{url}?{query}");
            Assert.NotEmpty(Alerts(page));
        }
        var reversed = await coordinator.GetPageAsync($"{url}?van=2026-05-01&tot=2026-04-01");
        Assert.Contains("na de einddatum", string.Join(" ", Alerts(reversed)), StringComparison.Ordinal);
        await coordinator.GetPageAsync($"{url}?pagina=abc");
        await coordinator.GetPageAsync($"{url}?pagina=-5");
        await coordinator.GetPageAsync($"{url}?pagina=99999999999999");
        var hostile = await coordinator.GetPageAsync($"{url}?type=%3Cscript%3Ealert(1)%3C/script%3E");
        Assert.DoesNotContain("<script>alert(1)", hostile.Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_is_paged_by_fifty()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        await SeedAsync(network, Enumerable.Range(0, 120).Select(i => Entry(network, "Place", "paginas@test.verbind.local", AuditAction.Updated, daysAgo: 0, minutesAgo: i)).ToArray());
        var url = $"/netwerk/{network.Slug}/audit?actor=paginas%40test.verbind.local";

        var first = await coordinator.GetPageAsync(url);
        Assert.Equal(AuditLog.PageSize, Rows(first).Count);
        Assert.Equal("0", Rows(first)[0].Cells[3].QuerySelector("code")!.TextContent);
        var older = first.QuerySelector("nav.pagination a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("pagina=2", older, StringComparison.Ordinal);
        Assert.Contains("actor=", older, StringComparison.Ordinal);
        Assert.Null(first.QuerySelector("nav.pagination a[rel=prev]"));

        var third = await coordinator.GetPageAsync($"{url}&pagina=3");
        Assert.Equal(20, Rows(third).Count);
        Assert.Equal("119", Rows(third)[^1].Cells[3].QuerySelector("code")!.TextContent);
        Assert.Null(third.QuerySelector("nav.pagination a[rel=next]"));

        // A page past the end shows the last one.
        Assert.Equal(20, Rows(await coordinator.GetPageAsync($"{url}&pagina=999")).Count);
    }

    [Fact]
    public async Task Entries_of_another_network_never_appear()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var other = await app.CreateNetworkAsync();
        await SeedAsync(other, Entry(other, "Geheim", "alleen-b@test.verbind.local", AuditAction.Created, daysAgo: 0));
        await SeedAsync(network, Entry(network, "Organisation", "a@test.verbind.local", AuditAction.Created, daysAgo: 0));
        var url = $"/netwerk/{network.Slug}/audit";

        foreach (var query in new[] { "", "?actor=alleen-b%40test.verbind.local", "?type=Geheim", "?actie=Created" })
        {
            // (The query itself comes back in the language switch's return address, outside the main content.)
            var main = (await coordinator.GetPageAsync(url + query)).QuerySelector("main")!.InnerHtml;
            Assert.DoesNotContain("alleen-b@", main, StringComparison.Ordinal);
            Assert.DoesNotContain("Geheim", main, StringComparison.Ordinal);
        }
        Assert.Empty(Rows(await coordinator.GetPageAsync($"{url}?type=Geheim")));
        // Changes to accounts belong to no network and stay out too.
        Assert.DoesNotContain(Rows(await coordinator.GetPageAsync(url)), r => r.Cells[3].TextContent.Contains("Gebruiker", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Audit_rows_cannot_be_changed_or_deleted_through_the_context()
    {
        var network = await app.CreateNetworkAsync();
        var actor = NewEmail("vast");
        await SeedAsync(network, Entry(network, "Organisation", actor, AuditAction.Created, daysAgo: 0));

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync(a => a.Actor == actor, Ct);
            entry.Actor = "iemand anders";
            await db.SaveChangesAsync(Ct);
        }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync(a => a.Actor == actor, Ct));
            await db.SaveChangesAsync(Ct);
        }));
        Assert.Equal(1, await CountOfAsync(actor));
    }

    [Fact]
    public async Task The_database_refuses_updates_and_deletes_of_audit_rows()
    {
        var network = await app.CreateNetworkAsync();
        var actor = NewEmail("vast");
        await SeedAsync(network, Entry(network, "Organisation", actor, AuditAction.Created, daysAgo: 0));

        await Assert.ThrowsAnyAsync<DbException>(() => app.WithDbAsync(db =>
            db.Database.ExecuteSqlAsync($"""UPDATE platform_audit_entries SET "Actor" = 'vervalst' WHERE "Actor" = {actor}""", Ct)));
        await Assert.ThrowsAnyAsync<DbException>(() => app.WithDbAsync(db =>
            db.Database.ExecuteSqlAsync($"""DELETE FROM platform_audit_entries WHERE "Actor" = {actor}""", Ct)));
        await Assert.ThrowsAnyAsync<DbException>(() => app.WithDbAsync(db =>
            db.AuditEntries.Where(a => a.Actor == actor).ExecuteUpdateAsync(s => s.SetProperty(a => a.Actor, "vervalst"), Ct)));
        await Assert.ThrowsAnyAsync<DbException>(() => app.WithDbAsync(db =>
            db.AuditEntries.Where(a => a.Actor == actor).ExecuteDeleteAsync(Ct)));

        Assert.Equal(1, await CountOfAsync(actor));
    }

    private static List<AngleSharp.Html.Dom.IHtmlTableRowElement> Rows(IDocument page) =>
        page.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlTableRowElement>("table.audit-table > tbody > tr").ToList();

    private static AuditEntry Entry(Network network, string type, string actor, AuditAction action, int daysAgo, int minutesAgo = 0) => new()
    {
        NetworkId = network.Id,
        At = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-daysAgo).AddMinutes(-minutesAgo),
        Actor = actor,
        EntityType = type,
        EntityId = minutesAgo.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Action = action,
        Before = action == AuditAction.Created ? null : """{"Name":"Oud"}""",
        After = action == AuditAction.Deleted ? null : """{"Name":"Nieuw"}""",
    };

    private Task SeedAsync(Network network, params AuditEntry[] entries) =>
        app.WithDbAsync(async db =>
        {
            db.AuditEntries.AddRange(entries);
            await db.SaveChangesAsync(Ct);
        });

    private Task<int> CountOfAsync(string actor) =>
        app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Actor == actor, Ct));
}

public sealed class AuditPageTestsOnSqlite(SqliteApp app) : AuditPageTests(app);

public sealed class AuditPageTestsOnPostgres(PostgresApp app) : AuditPageTests(app);
