using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Verbind.Agreements;
using Verbind.Agreements.Domain;
using Verbind.EndToEnd.Tests.Infrastructure;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests;

/// <summary>
/// A campaign from the coordinator's pages to the public showcase: the list is complete without tiles
/// and without JavaScript; with (stubbed, same-origin) tiles Leaflet from npm draws a marker per
/// municipality without a console error; the badge is an image another site can embed. Every page is
/// scanned by axe-core. The tests that switch the map on live in this class only, so no other test sees it.
/// </summary>
public sealed class ShowcasePagesTests(BrowserApp app, Chromium chromium, SignedInSessions sessions) : BrowserTest(app, chromium, sessions)
{
    /// <summary>A same-origin path (the CSP allows img-src 'self'), answered by the tab itself: nothing is fetched from outside.</summary>
    private const string TileStub = "/e2e-kaarttegels/{z}/{x}/{y}.png";

    /// <summary>A 1×1 light-grey PNG for every tile.</summary>
    private static readonly byte[] TilePng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVQI12P4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC");

    [Fact]
    public async Task A_coordinator_makes_a_campaign_chooses_its_agreement_and_writes_a_municipalitys_page()
    {
        var network = await App.CreateNetworkAsync();
        var coordinator = await App.CreateUserAsync(network, NetworkRole.Coordinator);
        var (organisation, signerEmail) = await AgreementsArrange.PartyAsync(App, network, "Gemeente Maanzaad", OrganisationKind.Municipality);
        var agreementId = await AgreementsArrange.SignedAgreementAsync(App, network, organisation, signerEmail);
        var slug = $"e2e-campagne-{Guid.NewGuid():N}"[..24];
        var tab = await OpenTabAsync();
        await SignInAsync(tab, coordinator);

        await tab.GoToAsync($"/netwerk/{network.Slug}/afspraken");
        await tab.FollowAsync(() => tab.Locator("main").GetByRole(AriaRole.Link, new() { Name = AgreementsArrange.Text("Campaigns.Title"), Exact = true }).ClickAsync(), "/campagnes$");
        await tab.FollowAsync(() => tab.Locator("main").GetByRole(AriaRole.Link, new() { Name = AgreementsArrange.Text("Campaigns.New"), Exact = true }).ClickAsync(), "/campagnes/nieuw$");

        // A wrong address first: the message is announced and names the field.
        await tab.GetByLabel(AgreementsArrange.Text("Field.Title")).FillAsync("Sterrengemeenten");
        await tab.Locator("#campaign-slug").FillAsync("Geen Geldig Adres!");
        await tab.Locator($"#agreement-{agreementId}").CheckAsync();
        await tab.Locator("main form.form--wide button[type=submit]").ClickAsync();
        await Assertions.Expect(tab.Locator("[role=alert]")).ToContainTextAsync(AgreementsArrange.Text("Error.SlugInvalid"));
        await Assertions.Expect(tab.Locator("#campaign-slug")).ToHaveAttributeAsync("aria-invalid", "true");
        await tab.CheckAsync();

        await tab.Locator("#campaign-slug").FillAsync(slug);
        await tab.GetByLabel(AgreementsArrange.Text("Field.Intro")).FillAsync("Gemeenten die **meedoen**.");
        await tab.FollowAsync(() => tab.Locator("main form.form--wide button[type=submit]").ClickAsync(), "/campagnes/[0-9a-f-]+\\?opgeslagen=1$");
        await Assertions.Expect(tab.Locator("main [role=status]")).ToContainTextAsync(AgreementsArrange.Text("Campaigns.Saved"));
        await Assertions.Expect(tab.Locator($"#agreement-{agreementId}")).ToBeCheckedAsync();

        await tab.Locator("#add-municipality").SelectOptionAsync(organisation.ToString());
        await tab.FollowAsync(() => tab.Locator("main form.campaign-add button[type=submit]").ClickAsync(), "/gemeenten/[0-9a-f-]+\\?nieuw=1$");
        await Assertions.Expect(tab.GetByLabel(AgreementsArrange.Text("Field.ContactName"))).ToHaveValueAsync("Schepen Welzijn");
        await tab.GetByLabel(AgreementsArrange.Text("Field.LocalInformation")).FillAsync("Ouders kunnen terecht bij de **dienst welzijn**.");
        await tab.GetByLabel(AgreementsArrange.Text("Field.Latitude")).FillAsync("50,93");
        await tab.GetByLabel(AgreementsArrange.Text("Field.Longitude")).FillAsync("4,81");
        await tab.FollowAsync(() => tab.Locator("main form.form--wide button[type=submit]").ClickAsync(), "/campagnes/[0-9a-f-]+\\?opgeslagen=1$");
        await Assertions.Expect(tab.Locator("main table")).ToContainTextAsync("Gemeente Maanzaad");
        await Assertions.Expect(tab.Locator("main .status-tag--met")).ToHaveCountAsync(1);

        foreach (var width in new[] { DesktopWidth, PhoneWidth })
        {
            await tab.Page.SetViewportSizeAsync(width, 900);
            await tab.GoToAsync($"/netwerk/{network.Slug}/afspraken/campagnes");
            Assert.False(await tab.ScrollsSidewaysAsync(), $"campaigns at {width} px: {await tab.WidestElementsAsync()}");
        }
        await tab.FollowAsync(() => tab.Locator("main table a[href^='/campagne/']").ClickAsync(), $"/campagne/{slug}$");
        await Assertions.Expect(tab.Locator(".showcase-list")).ToContainTextAsync("Gemeente Maanzaad");
        await tab.FollowAsync(() => tab.Locator(".showcase-list a").First.ClickAsync(), "/maanzaad$");
        await Assertions.Expect(tab.Locator("main strong")).ToHaveTextAsync("dienst welzijn");
    }

    [Fact]
    public async Task Without_tiles_the_showcase_is_a_complete_list_with_javascript_or_without()
    {
        var slug = await ShiningCampaignAsync("Zonder kaart", ("Gemeente Distelveld", 51.02m, 4.41m), ("Gemeente Eikenlo", null, null));
        foreach (var javaScript in new[] { true, false })
        {
            var tab = await OpenTabAsync(javaScript: javaScript, width: PhoneWidth);
            await tab.GoToAsync($"/campagne/{slug}");
            await Assertions.Expect(tab.Locator(".showcase-list__item")).ToHaveCountAsync(2);
            Assert.Equal(0, await tab.Locator("#showcase-map").CountAsync());
            Assert.Equal(0, await tab.Locator("script[src*='leaflet'], link[href*='leaflet']").CountAsync());
            Assert.False(await tab.ScrollsSidewaysAsync(), await tab.WidestElementsAsync());
            await tab.FollowAsync(() => tab.Page.Locator(".showcase-list a", new() { HasText = "Eikenlo" }).ClickAsync(), "/eikenlo$");
            await Assertions.Expect(tab.Locator("img.showcase-badge")).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task With_tiles_leaflet_draws_a_marker_per_placed_municipality_and_the_list_stays_the_same()
    {
        var slug = await ShiningCampaignAsync("Met kaart", ("Gemeente Hazelaar", 50.95m, 4.70m), ("Gemeente Iepenhof", 51.10m, 5.05m), ("Gemeente Jeneverbes", null, null));
        var options = App.Services.GetRequiredService<IOptions<AgreementsOptions>>().Value;
        options.MapTileUrl = TileStub;
        options.MapAttribution = "Testtegels";
        try
        {
            var tab = await OpenTabAsync();
            var tiles = 0;
            await tab.Page.RouteAsync("**/e2e-kaarttegels/**", async route =>
            {
                Interlocked.Increment(ref tiles);
                await route.FulfillAsync(new() { Status = 200, ContentType = "image/png", BodyBytes = TilePng });
            });
            await tab.Page.GotoAsync($"/campagne/{slug}");
            await Assertions.Expect(tab.Locator("#showcase-map")).ToBeVisibleAsync();
            await Assertions.Expect(tab.Locator("#showcase-map .leaflet-marker-icon")).ToHaveCountAsync(2);
            await Assertions.Expect(tab.Locator("#showcase-map img.leaflet-tile-loaded").First).ToBeVisibleAsync();
            // The marker image comes from the npm package as well (a missing one would show a broken icon).
            Assert.True(await tab.Page.EvaluateAsync<bool>("() => [...document.querySelectorAll('#showcase-map .leaflet-marker-icon')].every(i => i.complete && i.naturalWidth > 0)"));
            Assert.Equal(["Gemeente Hazelaar", "Gemeente Iepenhof"], (await tab.Locator("#showcase-map .leaflet-marker-icon").EvaluateAllAsync<string[]>("icons => icons.map(i => i.alt).sort()")));
            Assert.True(tiles > 0);
            await Assertions.Expect(tab.Locator(".showcase-list__item")).ToHaveCountAsync(3);
            await tab.CheckAsync();

            // A marker opens a popup that links to the municipality's page.
            await tab.Locator("#showcase-map .leaflet-marker-icon[alt='Gemeente Iepenhof']").ClickAsync();
            await tab.FollowAsync(() => tab.Locator(".leaflet-popup-content a").ClickAsync(), "/iepenhof$");

            // Without JavaScript the same page is the list: the map stays hidden.
            var plain = await OpenTabAsync(javaScript: false);
            await plain.GoToAsync($"/campagne/{slug}");
            Assert.False(await plain.Locator("#showcase-map").IsVisibleAsync());
            await Assertions.Expect(plain.Locator(".showcase-list__item")).ToHaveCountAsync(3);
        }
        finally
        {
            options.MapTileUrl = null;
            options.MapAttribution = "";
        }
    }

    [Fact]
    public async Task The_badge_is_an_svg_image_other_sites_can_embed_and_it_disappears_with_the_agreement()
    {
        var slug = await ShiningCampaignAsync("Badge", ("Gemeente Kamperfoelie", null, null));
        var tab = await OpenTabAsync();
        await tab.GoToAsync($"/campagne/{slug}/kamperfoelie");
        var badge = tab.Locator("img.showcase-badge");
        await Assertions.Expect(badge).ToBeVisibleAsync();
        Assert.True(await badge.EvaluateAsync<bool>("i => i.complete && i.naturalWidth >= 180"));
        var embed = await tab.Locator("#embed-code").InputValueAsync();
        Assert.Contains($"/campagne/{slug}/kamperfoelie/badge.svg", embed, StringComparison.Ordinal);

        var response = await tab.Page.APIRequest.GetAsync($"/campagne/{slug}/kamperfoelie/badge.svg");
        Assert.Equal(200, response.Status);
        Assert.StartsWith("image/svg+xml", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("cross-origin", response.Headers["cross-origin-resource-policy"]);
        Assert.Contains("default-src 'none'", response.Headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Contains("Gemeente Kamperfoelie", await response.TextAsync(), StringComparison.Ordinal);

        await App.WithDbAsync(async db =>
        {
            var campaign = await db.Set<Campaign>().Include(c => c.Agreements).SingleAsync(c => c.Slug == slug);
            db.RemoveRange(campaign.Agreements);
            await db.SaveChangesAsync();
        });
        var gone = await tab.Page.APIRequest.GetAsync($"/campagne/{slug}/kamperfoelie/badge.svg");
        Assert.Equal((int)HttpStatusCode.NotFound, gone.Status);
    }

    /// <summary>A campaign (its own network) whose municipalities each signed a pilot agreement that is in force.</summary>
    private async Task<string> ShiningCampaignAsync(string title, params (string Name, decimal? Latitude, decimal? Longitude)[] municipalities)
    {
        var network = await App.CreateNetworkAsync();
        var slug = $"e2e-{Guid.NewGuid():N}"[..16];
        var campaign = new Campaign { NetworkId = network.Id, Slug = slug, Title = title, Intro = "Gemeenten die **meedoen**." };
        await App.WithDbAsync(db => { db.Add(campaign); return db.SaveChangesAsync(); });
        foreach (var (name, latitude, longitude) in municipalities)
        {
            var (organisation, signerEmail) = await AgreementsArrange.PartyAsync(App, network, name, OrganisationKind.Municipality);
            var agreementId = await AgreementsArrange.SignedAgreementAsync(App, network, organisation, signerEmail);
            await App.WithDbAsync(db =>
            {
                db.Add(new CampaignAgreement { NetworkId = network.Id, CampaignId = campaign.Id, AgreementId = agreementId });
                db.Add(new CampaignMunicipality
                {
                    NetworkId = network.Id, CampaignId = campaign.Id, OrganisationId = organisation, Name = name,
                    Slug = name.Replace("Gemeente ", "", StringComparison.Ordinal).ToLowerInvariant(),
                    ContactName = "Schepen Welzijn", LocalInformation = "Informatie voor ouders.", Latitude = latitude, Longitude = longitude,
                });
                return db.SaveChangesAsync();
            });
        }
        return slug;
    }
}
