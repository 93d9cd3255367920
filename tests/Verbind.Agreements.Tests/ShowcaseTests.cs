using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbind.Agreements.Domain;
using Verbind.Partners.Domain;
using Verbind.Testing;

namespace Verbind.Agreements.Tests;

/// <summary>The public showcase shows a municipality only while its agreement is signed and in force.</summary>
public abstract class ShowcaseTests(AppFactory app)
{
    [Fact]
    public async Task A_municipality_shines_only_while_its_agreement_is_signed_and_in_force()
    {
        var network = await app.CreateNetworkAsync();
        var signedTown = await app.PartyAsync(network, "Gemeente Zilverbeek", OrganisationKind.Municipality);
        var waitingTown = await app.PartyAsync(network, "Gemeente Vlasbeke", OrganisationKind.Municipality);
        var slug = $"campagne-{Guid.NewGuid():N}"[..20];
        var signedAgreement = await app.DraftAsync(network, [signedTown], start: "2026-01-01");
        var waitingAgreement = await app.DraftAsync(network, [waitingTown], start: "2026-01-01");
        await app.SendAsync(network, signedAgreement);
        await app.SendAsync(network, waitingAgreement);
        using var signed = await app.SignAsync(await app.SigningTokenAsync(signedTown.SignerEmail));
        await app.WithDbAsync(async db =>
        {
            var campaign = new Campaign { NetworkId = network.Id, Slug = slug, Title = "Sterrengemeenten <b>test</b>", Intro = "Een **warme** lijst." };
            db.Add(campaign);
            db.Add(new CampaignAgreement { NetworkId = network.Id, CampaignId = campaign.Id, AgreementId = signedAgreement });
            db.Add(new CampaignAgreement { NetworkId = network.Id, CampaignId = campaign.Id, AgreementId = waitingAgreement });
            db.Add(new CampaignMunicipality { NetworkId = network.Id, CampaignId = campaign.Id, OrganisationId = signedTown.OrganisationId, Slug = "zilverbeek", Name = "Gemeente Zilverbeek", ContactName = "Lien", LocalInformation = "Welkom <script>alert(1)</script>", Latitude = 51.1m, Longitude = 4.9m });
            db.Add(new CampaignMunicipality { NetworkId = network.Id, CampaignId = campaign.Id, OrganisationId = waitingTown.OrganisationId, Slug = "vlasbeke", Name = "Gemeente Vlasbeke" });
            await db.SaveChangesAsync();
        });

        using var visitor = app.NewClient();
        var page = await visitor.GetPageAsync($"/campagne/{slug}");
        var list = page.QuerySelector(".showcase-list")!;
        Assert.Contains("Zilverbeek", list.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Vlasbeke", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("51.1", list.QuerySelector("[data-lat]")!.GetAttribute("data-lat"));
        Assert.Null(page.QuerySelector("#showcase-map"));
        Assert.Null(page.QuerySelector("b"));

        var municipality = await visitor.GetPageAsync($"/campagne/{slug}/zilverbeek");
        Assert.Contains("Lien", municipality.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(municipality.QuerySelector("main script"));
        using var badge = await visitor.Http.GetAsync($"/campagne/{slug}/zilverbeek/badge.svg", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, badge.StatusCode);
        Assert.Equal("image/svg+xml", badge.Content.Headers.ContentType!.MediaType);
        // Other sites may show it (the app-wide header says same-site); the SVG itself may load nothing.
        Assert.Equal("cross-origin", Assert.Single(badge.Headers.GetValues("Cross-Origin-Resource-Policy")));
        Assert.StartsWith("default-src 'none'", Assert.Single(badge.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        var svg = await badge.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("&lt;b&gt;", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);

        foreach (var url in new[] { $"/campagne/{slug}/vlasbeke", $"/campagne/{slug}/vlasbeke/badge.svg", "/campagne/bestaat-niet", $"/campagne/{slug}/%3Cscript%3E" })
        {
            using var response = await visitor.Http.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        }

        // When the term is over the municipality no longer shines.
        await app.WithDbAsync(async db =>
        {
            var version = await db.Set<AgreementVersion>().SingleAsync(v => v.AgreementId == signedAgreement);
            version.Term.EndDate = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-1);
            version.Term.EvaluationDate = null;
            await db.SaveChangesAsync();
        });
        using var gone = await visitor.Http.GetAsync($"/campagne/{slug}/zilverbeek/badge.svg", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}

public sealed class ShowcaseTestsOnSqlite(SqliteApp app) : ShowcaseTests(app);

public sealed class ShowcaseTestsOnPostgres(PostgresApp app) : ShowcaseTests(app);
