using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbind.Agreements.Domain;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Agreements.Tests;

/// <summary>
/// A coordinator makes and edits a campaign through its pages: which agreements count, each
/// municipality's local page; the public showcase follows. Hostile input and another network's ids
/// are refused with a message and change nothing.
/// </summary>
public abstract class CampaignEditingTests(AppFactory app)
{
    private const string CampaignForm = "form.form--wide";

    [Fact]
    public async Task A_coordinator_makes_a_campaign_chooses_the_agreements_that_count_and_writes_each_municipalitys_page()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var north = await app.PartyAsync(network, "Gemeente Noorderlicht", OrganisationKind.Municipality);
        var south = await app.PartyAsync(network, "Gemeente Zuiderduin", OrganisationKind.Municipality);
        var northAgreement = await SignedAgreementAsync(network, north);
        var southAgreement = await SignedAgreementAsync(network, south);
        var title = $"Sterrengemeenten {Guid.NewGuid():N}"[..29];
        var slug = title.ToLowerInvariant().Replace(' ', '-');
        var campaigns = $"/netwerk/{network.Slug}/afspraken/campagnes";

        using var created = await coordinator.SubmitFormAsync($"{campaigns}/nieuw", new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Slug"] = "", ["Input.Intro"] = "Gemeenten die **meedoen**.", ["Input.Agreements"] = northAgreement.ToString(),
        }, CampaignForm);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var campaign = await app.WithDbAsync(db => db.Set<Campaign>().Include(c => c.Agreements).SingleAsync(c => c.NetworkId == network.Id));
        Assert.Equal(slug, campaign.Slug);
        Assert.Equal(northAgreement, Assert.Single(campaign.Agreements).AgreementId);
        var edit = $"{campaigns}/{campaign.Id}";
        Assert.Equal($"{edit}?opgeslagen=1", TestClient.LocalPath(created.Headers.Location!));

        var northPage = await AddMunicipalityAsync(coordinator, edit, north.OrganisationId);
        await AddMunicipalityAsync(coordinator, edit, south.OrganisationId);
        var added = await app.WithDbAsync(db => db.Set<CampaignMunicipality>().SingleAsync(m => m.OrganisationId == north.OrganisationId));
        // The address is made from the organisation's municipality (Testdorp for both parties here), kept unique in the campaign.
        Assert.Equal("testdorp", added.Slug);
        Assert.Equal("testdorp-2", await app.WithDbAsync(db => db.Set<CampaignMunicipality>().Where(m => m.OrganisationId == south.OrganisationId).Select(m => m.Slug).SingleAsync()));
        Assert.Equal(north.SignerEmail, added.ContactEmail);
        Assert.Equal("Vera Vertegenwoordiger", added.ContactName);

        using var saved = await coordinator.SubmitFormAsync(northPage, new Dictionary<string, string>
        {
            ["Input.Name"] = "Noorderlicht", ["Input.Slug"] = "noorderlicht", ["Input.ContactName"] = "Lien Lokaal", ["Input.ContactEmail"] = "Welzijn@Noorderlicht.example",
            ["Input.LocalInformation"] = "Welkom <script>alert(1)</script> bij een **warm** gesprek.", ["Input.Latitude"] = "51,05", ["Input.Longitude"] = "4.7",
        }, CampaignForm);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var visitor = app.NewClient();
        var showcase = await visitor.GetPageAsync($"/campagne/{slug}");
        var list = showcase.QuerySelector(".showcase-list")!;
        Assert.Contains("Noorderlicht", list.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Zuiderduin", list.TextContent, StringComparison.Ordinal);
        Assert.Equal("51.05", list.QuerySelector("[data-lat]")!.GetAttribute("data-lat"));
        var local = await visitor.GetPageAsync($"/campagne/{slug}/noorderlicht");
        Assert.Equal("warm", local.QuerySelector("main strong")!.TextContent);
        Assert.Null(local.QuerySelector("main script"));
        Assert.Contains("welzijn@noorderlicht.example", local.Body!.TextContent, StringComparison.Ordinal);

        // The coordinator's page says which municipality shines and which does not.
        var editor = await coordinator.GetPageAsync(edit);
        Assert.Equal(1, editor.QuerySelectorAll(".status-tag--met").Length);
        Assert.Equal(1, editor.QuerySelectorAll(".status-tag--open").Length);

        // Counting the other agreement instead: the south shines, the north no longer does.
        using var swapped = await coordinator.SubmitFormAsync(edit, new Dictionary<string, string> { ["Input.Agreements"] = southAgreement.ToString() }, CampaignForm);
        Assert.Equal(HttpStatusCode.Redirect, swapped.StatusCode);
        var after = await visitor.GetPageAsync($"/campagne/{slug}");
        Assert.Contains("Zuiderduin", after.QuerySelector(".showcase-list")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Noorderlicht", after.QuerySelector(".showcase-list")!.TextContent, StringComparison.Ordinal);
        using var gone = await visitor.Http.GetAsync($"/campagne/{slug}/noorderlicht/badge.svg", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);

        // Removing a municipality from the campaign removes its page, not the agreement.
        using var removed = await coordinator.SubmitFormAsync(northPage, new Dictionary<string, string>(), "form.campaign-remove");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<CampaignMunicipality>().AnyAsync(m => m.OrganisationId == north.OrganisationId)));
        Assert.True(await app.WithDbAsync(db => db.Set<Agreement>().AnyAsync(a => a.Id == northAgreement)));
    }

    [Fact]
    public async Task Hostile_campaign_input_and_another_networks_ids_are_refused_with_a_message_and_change_nothing()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var own = await app.PartyAsync(network, "Gemeente Eigendorp", OrganisationKind.Municipality);
        var ownAgreement = await app.DraftAsync(network, [own]);
        var other = await app.CreateNetworkAsync();
        var foreign = await app.PartyAsync(other, "Gemeente Vreemdeoord", OrganisationKind.Municipality);
        var foreignAgreement = await app.DraftAsync(other, [foreign]);
        var foreignSlug = $"vreemd-{Guid.NewGuid():N}"[..20];
        var (foreignCampaign, foreignMunicipality) = await app.WithDbAsync(async db =>
        {
            var campaign = new Campaign { NetworkId = other.Id, Slug = foreignSlug, Title = "Vreemde campagne" };
            var municipality = new CampaignMunicipality { NetworkId = other.Id, CampaignId = campaign.Id, OrganisationId = foreign.OrganisationId, Slug = "vreemdeoord", Name = "Vreemdeoord" };
            db.AddRange(campaign, municipality);
            await db.SaveChangesAsync();
            return (campaign.Id, municipality.Id);
        });
        var campaigns = $"/netwerk/{network.Slug}/afspraken/campagnes";
        var good = new Dictionary<string, string> { ["Input.Title"] = "Goede titel", ["Input.Slug"] = $"goed-{Guid.NewGuid():N}"[..18] };

        foreach (var change in new Dictionary<string, string>[]
        {
            new() { ["Input.Title"] = "" },
            new() { ["Input.Title"] = new string('x', 201) },
            new() { ["Input.Title"] = "bad\u0001char" },
            new() { ["Input.Slug"] = "Hoofd Letters" },
            new() { ["Input.Slug"] = "<script>alert(1)</script>" },
            new() { ["Input.Slug"] = "-" },
            new() { ["Input.Slug"] = new string('a', 81) },
            new() { ["Input.Slug"] = foreignSlug },
            new() { ["Input.Intro"] = new string('x', 20_001) },
            new() { ["Input.Agreements"] = "not-a-guid" },
            new() { ["Input.Agreements"] = foreignAgreement.ToString() },
        })
        {
            var values = new Dictionary<string, string>(good);
            foreach (var (key, value) in change)
            {
                values[key] = value;
            }
            using var response = await coordinator.SubmitFormAsync($"{campaigns}/nieuw", values, CampaignForm);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{string.Join(",", change.Values)}: {(int)response.StatusCode}");
            Assert.NotNull((await TestClient.ParseAsync(response)).QuerySelector("[role=alert]"));
        }
        Assert.False(await app.WithDbAsync(db => db.Set<Campaign>().AnyAsync(c => c.NetworkId == network.Id)));

        using var created = await coordinator.SubmitFormAsync($"{campaigns}/nieuw", new Dictionary<string, string>(good) { ["Input.Agreements"] = ownAgreement.ToString() }, CampaignForm);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var campaignId = await app.WithDbAsync(db => db.Set<Campaign>().Where(c => c.NetworkId == network.Id).Select(c => c.Id).SingleAsync());
        var edit = $"{campaigns}/{campaignId}";

        // Another network's municipality, or no organisation at all, cannot be put on the campaign.
        foreach (var organisation in new[] { foreign.OrganisationId.ToString(), "not-a-guid", "" })
        {
            using var response = await coordinator.SubmitFormAsync(edit, new Dictionary<string, string> { ["Add.OrganisationId"] = organisation }, "form.campaign-add");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotNull((await TestClient.ParseAsync(response)).QuerySelector("[role=alert]"));
        }
        var page = await AddMunicipalityAsync(coordinator, edit, own.OrganisationId);
        var before = await app.WithDbAsync(db => db.Set<CampaignMunicipality>().AsNoTracking().SingleAsync(m => m.CampaignId == campaignId));
        foreach (var values in new Dictionary<string, string>[]
        {
            new() { ["Input.Name"] = "" },
            new() { ["Input.Slug"] = "Niet Goed" },
            new() { ["Input.ContactEmail"] = "geen-adres" },
            new() { ["Input.ContactName"] = new string('x', 201) },
            new() { ["Input.LocalInformation"] = new string('x', 20_001) },
            new() { ["Input.Latitude"] = "abc", ["Input.Longitude"] = "4" },
            new() { ["Input.Latitude"] = "91", ["Input.Longitude"] = "4" },
            new() { ["Input.Latitude"] = "1e3", ["Input.Longitude"] = "4" },
            new() { ["Input.Latitude"] = "51", ["Input.Longitude"] = "" },
        })
        {
            using var response = await coordinator.SubmitFormAsync(page, values, CampaignForm);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{string.Join(",", values.Values)}: {(int)response.StatusCode}");
            Assert.NotNull((await TestClient.ParseAsync(response)).QuerySelector("[role=alert]"));
        }
        var unchanged = await app.WithDbAsync(db => db.Set<CampaignMunicipality>().AsNoTracking().SingleAsync(m => m.CampaignId == campaignId));
        Assert.Equivalent(before, unchanged);

        // Another network's campaign and municipality are not found here, to read or to change.
        foreach (var url in new[] { $"{campaigns}/{foreignCampaign}", $"{campaigns}/{foreignCampaign}/gemeenten/{foreignMunicipality}", $"{campaigns}/{campaignId}/gemeenten/{foreignMunicipality}", $"/netwerk/{other.Slug}/afspraken/campagnes", $"{campaigns}/niet-een-id" })
        {
            using var response = await coordinator.Http.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        }
        Assert.Equal("Vreemde campagne", await app.WithDbAsync(db => db.Set<Campaign>().Where(c => c.Id == foreignCampaign).Select(c => c.Title).SingleAsync()));

        // A viewer of the network reads agreements but does not edit campaigns.
        var viewer = await app.SignInAsync(await app.CreateUserAsync(network, NetworkRole.Viewer));
        foreach (var url in new[] { campaigns, $"{campaigns}/nieuw", edit, page })
        {
            using var response = await viewer.Http.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{url}: {(int)response.StatusCode}");
        }
    }

    private async Task<Guid> SignedAgreementAsync(Network network, Arrange.Party party)
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var agreementId = await app.DraftAsync(network, [party], start: today.AddMonths(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await app.SendAsync(network, agreementId);
        using var signed = await app.SignAsync(await app.SigningTokenAsync(party.SignerEmail));
        Assert.Equal(VersionStatus.FullySigned, (await app.LatestVersionAsync(agreementId)).Status);
        return agreementId;
    }

    /// <returns>The address of the municipality's page the coordinator lands on.</returns>
    private static async Task<string> AddMunicipalityAsync(TestClient coordinator, string campaignPage, Guid organisationId)
    {
        using var response = await coordinator.SubmitFormAsync(campaignPage, new Dictionary<string, string> { ["Add.OrganisationId"] = organisationId.ToString() }, "form.campaign-add");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = TestClient.LocalPath(response.Headers.Location!);
        Assert.Contains("/gemeenten/", location, StringComparison.Ordinal);
        return location.Split('?')[0];
    }
}

public sealed class CampaignEditingTestsOnSqlite(SqliteApp app) : CampaignEditingTests(app);

public sealed class CampaignEditingTestsOnPostgres(PostgresApp app) : CampaignEditingTests(app);
