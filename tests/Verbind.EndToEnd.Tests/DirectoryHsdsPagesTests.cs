using System.Text;
using Microsoft.Playwright;
using Verbind.EndToEnd.Tests.Infrastructure;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Domain;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests;

/// <summary>
/// The Directory's HSDS import and export pages and the gap analysis, in a browser: a coordinator imports
/// a file with errors, reads the reasons and confirms the good part; the gap matrix is accessible
/// (axe-core on every page) and fits a phone.
/// </summary>
public sealed class DirectoryHsdsPagesTests(BrowserApp app, Chromium chromium, SignedInSessions sessions) : BrowserTest(app, chromium, sessions)
{
    [Fact]
    public async Task A_coordinator_imports_a_file_with_errors_and_confirms_the_good_services()
    {
        var network = await App.CreateNetworkAsync();
        var coordinator = await App.CreateUserAsync(network, NetworkRole.Coordinator);
        var organisation = await PartnerAsync(network);
        var tab = await OpenTabAsync();
        await SignInAsync(tab, coordinator);

        var json = $$"""
            [
              {"id":"{{Guid.NewGuid()}}","name":"Verzonnen babyspeelgroep","status":"active","organization_id":"{{organisation}}","minimum_age":0,"maximum_age":3},
              {"id":"{{Guid.NewGuid()}}","name":"Dienst van niemand","organization_id":"{{Guid.NewGuid()}}"},
              {"id":"{{Guid.NewGuid()}}","name":"Leeftijd als woord","organization_id":"{{organisation}}","minimum_age":"drie"}
            ]
            """;
        await tab.GoToAsync($"/netwerk/{network.Slug}/aanbod/import");
        await tab.Locator("#hsds-file").SetInputFilesAsync(new FilePayload { Name = "aanbod.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(json) });
        await tab.FollowAsync(() => tab.Locator("main form[enctype='multipart/form-data'] button[type=submit]").ClickAsync(), "/aanbod/import/[0-9a-f-]+$");

        await Assertions.Expect(tab.Locator("#import-problems")).ToContainTextAsync("Dienst van niemand");
        await Assertions.Expect(tab.Locator("#import-problems")).ToContainTextAsync("minimum_age");
        await Assertions.Expect(tab.Locator("#records-good")).ToHaveTextAsync("1");
        Assert.Equal(0, await CountAsync(network));

        await tab.FollowAsync(() => tab.Locator("main form[action$='/bevestigen'] button[type=submit]").ClickAsync(), "/aanbod/import\\?klaar=1$");
        await Assertions.Expect(tab.Locator("[role=status]")).ToContainTextAsync("1");
        Assert.Equal(1, await CountAsync(network));

        await tab.GoToAsync($"/netwerk/{network.Slug}/aanbod/export");
        await Assertions.Expect(tab.Locator("main a[href$='aanbod-hsds.zip']")).ToBeVisibleAsync();

        // The same file again, one name changed: the service is updated, not added twice.
        var imported = await App.WithDbAsync(db => Task.FromResult(db.Set<Service>().Single(s => s.NetworkId == network.Id).Id));
        var again = $$"""[{"id":"{{imported}}","name":"Verzonnen babyspeelgroep (nieuw uur)","status":"active","organization_id":"{{organisation}}"}]""";
        await tab.GoToAsync($"/netwerk/{network.Slug}/aanbod/import");
        await tab.Locator("#hsds-file").SetInputFilesAsync(new FilePayload { Name = "aanbod.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(again) });
        await tab.FollowAsync(() => tab.Locator("main form[enctype='multipart/form-data'] button[type=submit]").ClickAsync(), "/aanbod/import/[0-9a-f-]+$");
        await Assertions.Expect(tab.Locator("#import-good")).ToContainTextAsync("bijwerken");
        await tab.FollowAsync(() => tab.Locator("main form[action$='/bevestigen'] button[type=submit]").ClickAsync(), "/aanbod/import\\?klaar=1$");
        Assert.Equal(1, await CountAsync(network));
        Assert.Equal("Verzonnen babyspeelgroep (nieuw uur)", await App.WithDbAsync(db => Task.FromResult(db.Set<Service>().Single(s => s.Id == imported).Name)));
    }

    [Fact]
    public async Task A_gap_cell_opens_its_services_from_the_keyboard_and_the_heat_map_is_no_tab_stop()
    {
        var network = await App.CreateNetworkAsync();
        var viewer = await App.CreateUserAsync(network, NetworkRole.Viewer);
        var pillars = await SeedGapsAsync(network);
        var tab = await OpenTabAsync();
        await SignInAsync(tab, viewer);
        await tab.GoToAsync($"/netwerk/{network.Slug}/aanbod/leemtes?rijen={pillars}");

        await tab.Locator("#gaps-threshold").FocusAsync();
        var inTable = false;
        for (var stop = 0; stop < 40 && !inTable; stop++)
        {
            await tab.Page.Keyboard.PressAsync("Tab");
            Assert.False(await tab.Page.EvaluateAsync<bool>("() => !!document.activeElement.closest('svg')"), "A tab stop inside the heat map: " + await tab.FocusedElementAsync());
            inTable = await tab.Page.EvaluateAsync<bool>("() => !!document.activeElement.closest('table.gaps-table tbody a')");
        }
        Assert.True(inTable, "The keyboard never reached a cell of the table.");
        var count = await tab.Page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        await tab.FollowAsync(() => tab.Page.Keyboard.PressAsync("Enter"), "cel=");
        await Assertions.Expect(tab.Locator("#gaps-drill")).ToBeVisibleAsync();
        Assert.Equal(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), await tab.Locator("#gaps-drill li").CountAsync());
        await Assertions.Expect(tab.Locator("#gaps-drill-back")).ToBeVisibleAsync();
        await tab.Locator("#gaps-drill-back").FocusAsync();
        await tab.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(tab.Locator("table.gaps-table").First).ToBeInViewportAsync();
        Assert.Contains("cel=", tab.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gap_matrix_is_accessible_on_desktop_and_phone()
    {
        var network = await App.CreateNetworkAsync();
        var coordinator = await App.CreateUserAsync(network, NetworkRole.Coordinator);
        var pillars = await SeedGapsAsync(network);
        foreach (var width in new[] { DesktopWidth, PhoneWidth })
        {
            var tab = await OpenTabAsync(width: width);
            await SignInAsync(tab, coordinator);
            foreach (var path in new[] { "/aanbod/import", "/aanbod/export", "/aanbod/leemtes", $"/aanbod/leemtes?rijen={pillars}&drempel=2" })
            {
                var address = $"/netwerk/{network.Slug}{path}";
                await tab.GoToAsync(address);
                Assert.False(await tab.ScrollsSidewaysAsync(), $"{address} is wider than a {width} px screen: {await tab.WidestElementsAsync()}");
            }
            await Assertions.Expect(tab.Locator("svg[role=img] title").First).ToContainTextAsync("leemte");
            await tab.FollowAsync(() => tab.Locator("table.gaps-table tbody a").First.ClickAsync(), "cel=");
            await Assertions.Expect(tab.Locator("#gaps-drill")).ToBeVisibleAsync();
        }
    }

    private Task<int> CountAsync(Network network) =>
        App.WithDbAsync(db => Task.FromResult(db.Set<Service>().Count(s => s.NetworkId == network.Id)));

    private Task<Guid> PartnerAsync(Network network) => App.WithDbAsync(async db =>
    {
        var organisation = new Organisation { Name = "Vzw Verzonnen Speelhoek", Kind = OrganisationKind.Ngo, Sector = Sector.Social };
        db.Add(organisation);
        db.Add(new Membership { NetworkId = network.Id, Organisation = organisation, Role = MembershipRole.Partner, StartDate = new DateOnly(2024, 1, 1) });
        await db.SaveChangesAsync();
        return organisation.Id;
    });

    private Task<Guid> SeedGapsAsync(Network network) => App.WithDbAsync(async db =>
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var pillars = new Taxonomy { Code = "e2e-pijlers-" + suffix, Name = "Pijlers (test)", Description = "Verzonnen." };
        var play = new TaxonomyTerm { TaxonomyId = pillars.Id, Code = "spel-" + suffix, Name = "Spel en ontmoeting", Description = "Spel." };
        var advice = new TaxonomyTerm { TaxonomyId = pillars.Id, Code = "advies-" + suffix, Name = "Opvoedingsondersteuning", Description = "Advies." };
        pillars.Terms = [play, advice];
        var targetGroups = db.Set<Taxonomy>().FirstOrDefault(t => t.Code == "doelgroep");
        if (targetGroups is null)
        {
            targetGroups = new Taxonomy { Code = "doelgroep", Name = "Doelgroepen", Description = "Voor wie." };
            db.Add(targetGroups);
        }
        db.AddRange(pillars,
            new TaxonomyTerm { TaxonomyId = targetGroups.Id, Code = "e2e-0-3-" + suffix, Name = "0–3 jaar", Description = "0 tot 3", MinimumAgeMonths = 0, MaximumAgeMonths = 35 },
            new TaxonomyTerm { TaxonomyId = targetGroups.Id, Code = "e2e-3-6-" + suffix, Name = "3–6 jaar", Description = "3 tot 6", MinimumAgeMonths = 36, MaximumAgeMonths = 71 },
            new AreaPostcode { NetworkId = network.Id, Municipality = "Verzonnendorp", Postcode = "3000" },
            new AreaPostcode { NetworkId = network.Id, Municipality = "Testhoven", Part = "Deelgemeente Noord", Postcode = "3020" });
        var organisation = new Organisation { Name = "Vzw Leemtetest", Kind = OrganisationKind.Ngo, Sector = Sector.Social };
        db.Add(organisation);
        var service = new Service { NetworkId = network.Id, OrganisationId = organisation.Id, Name = "Verzonnen speelochtend", MinimumAgeMonths = 0, MaximumAgeMonths = 30 };
        service.Terms.Add(new ServiceTerm { NetworkId = network.Id, TermId = play.Id });
        var location = new Verbind.ServiceDirectory.Domain.Location { NetworkId = network.Id, Name = "Speelzaal", Postcode = "3000" };
        service.Locations.Add(new ServiceAtLocation { NetworkId = network.Id, LocationId = location.Id, Location = location });
        db.Add(service);
        await db.SaveChangesAsync();
        return pillars.Id;
    });
}
