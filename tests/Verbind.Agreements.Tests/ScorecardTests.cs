using System.Net;
using Verbind.Testing;

namespace Verbind.Agreements.Tests;

/// <summary>The commitment scorecard: partners see their own organisation only, coordinators the whole network.</summary>
public abstract class ScorecardTests(AppFactory app)
{
    [Fact]
    public async Task A_partner_member_sees_only_their_own_scorecard_and_another_partners_id_is_refused_without_leaking()
    {
        var network = await app.CreateNetworkAsync();
        var own = await app.PartyAsync(network, "Eigen Partij vzw");
        var other = await app.PartyAsync(network, "Andere Partij vzw");
        await app.SignedAgreementAsync(network, [own, other], "engagement");
        var outsider = await app.PartyAsync(await app.CreateNetworkAsync(), "Buitenstaander vzw");
        var partner = await app.PartnerMemberAsync(network, own);
        var url = $"/netwerk/{network.Slug}/afspraken/scorekaart";

        var overview = await partner.GetPageAsync(url);
        Assert.Contains(own.Name, overview.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Name, overview.Body.TextContent, StringComparison.Ordinal);
        Assert.Empty(overview.QuerySelectorAll("form.inline-form"));

        var mine = await partner.GetPageAsync($"{url}/{own.OrganisationId}");
        Assert.Contains(own.Name, mine.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, mine.QuerySelectorAll("tbody th[scope=row]").Length);

        foreach (var id in new[] { other.OrganisationId, outsider.OrganisationId, Guid.NewGuid() })
        {
            using var refused = await partner.Http.GetAsync($"{url}/{id}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            var body = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotContain(other.Name, body, StringComparison.Ordinal);
            Assert.DoesNotContain(outsider.Name, body, StringComparison.Ordinal);
        }
        using var notAnId = await partner.Http.GetAsync($"{url}/%3Cscript%3E", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, notAnId.StatusCode);
    }

    [Fact]
    public async Task The_coordinator_sees_the_network_overview_and_each_partners_scorecard_but_not_another_networks()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var first = await app.PartyAsync(network, "Eerste Partij vzw");
        var second = await app.PartyAsync(network, "Tweede Partij vzw");
        await app.SignedAgreementAsync(network, [first, second], "engagement");
        var outsider = await app.PartyAsync(await app.CreateNetworkAsync(), "Buitenstaander vzw");
        var url = $"/netwerk/{network.Slug}/afspraken/scorekaart";

        var overview = await coordinator.GetPageAsync(url);
        Assert.Equal([first.Name, second.Name], overview.QuerySelectorAll("h2[id^='org-']").Select(h => h.TextContent.Trim()));
        // Two partners with five commitments each, none tracked yet: the summary counts them all.
        var summary = overview.QuerySelector("#summary-caption")!.ParentElement!;
        Assert.Equal("10", summary.QuerySelector("tbody td")!.TextContent.Trim());
        Assert.Equal(10, overview.QuerySelectorAll("form.inline-form").Length);

        var link = overview.QuerySelector($"h2 a[href='{url}/{second.OrganisationId}']");
        Assert.NotNull(link);
        var one = await coordinator.GetPageAsync(link.GetAttribute("href")!);
        Assert.Contains(second.Name, one.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(first.Name, one.Body!.TextContent, StringComparison.Ordinal);

        using var foreign = await coordinator.Http.GetAsync($"{url}/{outsider.OrganisationId}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.DoesNotContain(outsider.Name, await foreign.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}

public sealed class ScorecardTestsOnSqlite(SqliteApp app) : ScorecardTests(app);

public sealed class ScorecardTestsOnPostgres(PostgresApp app) : ScorecardTests(app);
