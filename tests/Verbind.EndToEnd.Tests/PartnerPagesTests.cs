using Microsoft.Playwright;
using Verbind.EndToEnd.Tests.Infrastructure;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests;

/// <summary>
/// The Partners pages in a network with data, as a coordinator: every list, detail and form passes
/// axe-core and fits a phone; a coordinator adds a partner through the form.
/// </summary>
public sealed class PartnerPagesTests(BrowserApp app, Chromium chromium, SignedInSessions sessions) : BrowserTest(app, chromium, sessions)
{
    [Fact]
    public async Task Every_partners_page_with_data_is_accessible_on_desktop_and_phone()
    {
        var network = await App.CreateNetworkAsync();
        var coordinator = await App.CreateUserAsync(network, NetworkRole.Coordinator);
        var (organisation, person, place) = await SeedAsync(network);
        string[] paths =
        [
            "", "/organisaties", "/organisaties/nieuw", $"/organisaties/{organisation}", $"/organisaties/{organisation}/bewerken",
            "/personen", "/personen/nieuw", $"/personen/{person}", $"/personen/{person}/bewerken",
            "/plaatsen", "/plaatsen/nieuw", $"/plaatsen/{place}", $"/plaatsen/{place}/bewerken",
            "/wie-doet-wat", "/wie-doet-wat?q=borstvoeding", "/wie-doet-wat?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        ];
        foreach (var width in new[] { DesktopWidth, PhoneWidth })
        {
            var tab = await OpenTabAsync(width: width);
            await SignInAsync(tab, coordinator);
            foreach (var path in paths)
            {
                var address = $"/netwerk/{network.Slug}{path}";
                await tab.GoToAsync(address);
                Assert.False(await tab.ScrollsSidewaysAsync(), $"{address} is wider than a {width} px screen: {await tab.WidestElementsAsync()}");
            }
        }
    }

    [Fact]
    public async Task A_coordinator_adds_a_partner_and_sees_it_in_the_overview()
    {
        var network = await App.CreateNetworkAsync();
        var coordinator = await App.CreateUserAsync(network, NetworkRole.Coordinator);
        var tab = await OpenTabAsync();
        await SignInAsync(tab, coordinator);

        await tab.GoToAsync($"/netwerk/{network.Slug}/organisaties/nieuw");
        await tab.Locator("#org-name").FillAsync("Vroedvrouwenpraktijk Het Nieuwe Nest");
        await tab.Locator("#org-kind").SelectOptionAsync(nameof(OrganisationKind.MidwifePractice));
        await tab.Locator("#org-sector").SelectOptionAsync(nameof(Sector.Medical));
        await tab.Locator("#org-number").FillAsync(NewKboNumber());
        await tab.Locator("#org-role").SelectOptionAsync(nameof(MembershipRole.CorePartner));
        await tab.FollowAsync(() => tab.Locator("main button[type=submit]").First.ClickAsync(), "/organisaties/[0-9a-f-]+\\?opgeslagen=1$");
        await Assertions.Expect(tab.Locator("h1")).ToHaveTextAsync("Vroedvrouwenpraktijk Het Nieuwe Nest");

        await tab.GoToAsync($"/netwerk/{network.Slug}");
        await Assertions.Expect(tab.Locator("main")).ToContainTextAsync("Vroedvrouwenpraktijk Het Nieuwe Nest");
    }

    [Fact]
    public async Task A_wrong_enterprise_number_is_explained_next_to_its_field_and_nothing_is_saved()
    {
        var network = await App.CreateNetworkAsync();
        var coordinator = await App.CreateUserAsync(network, NetworkRole.Coordinator);
        var tab = await OpenTabAsync();
        await SignInAsync(tab, coordinator);

        await tab.GoToAsync($"/netwerk/{network.Slug}/organisaties/nieuw");
        await tab.Locator("#org-name").FillAsync("Organisatie met een fout nummer");
        await tab.Locator("#org-kind").SelectOptionAsync(nameof(OrganisationKind.Ngo));
        await tab.Locator("#org-sector").SelectOptionAsync(nameof(Sector.Social));
        await tab.Locator("#org-number").FillAsync("0123.456.789");
        await tab.Locator("#org-role").SelectOptionAsync(nameof(MembershipRole.Partner));
        await tab.Locator("main button[type=submit]").First.ClickAsync();
        await tab.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await tab.CheckAsync();

        await Assertions.Expect(tab.Locator("[role=alert]").First).ToBeVisibleAsync();
        Assert.False(await App.WithDbAsync(db => Task.FromResult(db.Set<Organisation>().Any(o => o.Name == "Organisatie met een fout nummer"))));
    }

    /// <summary>A valid KBO number no other test uses (the host's database is shared by the tests).</summary>
    private static string NewKboNumber()
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var digits = "0" + Random.Shared.Next(1_000_000, 9_999_999).ToString("D7", invariant);
        var check = 97 - long.Parse(digits, invariant) % 97;
        return digits + check.ToString("D2", invariant);
    }

    private Task<(Guid Organisation, Guid Person, Guid Place)> SeedAsync(Network network) => App.WithDbAsync(async db =>
    {
        var organisation = new Organisation
        {
            Name = "Huisartsenpraktijk De Vlasbloem", Kind = OrganisationKind.GeneralPractice, Sector = Sector.Medical,
            Address = new Address { Street = "Kerkplein 4", Postcode = "3000", Municipality = "Leuven" },
        };
        var lead = new Organisation { Name = "Gemeente Testdal", Kind = OrganisationKind.Municipality, Sector = Sector.LocalGovernment };
        db.AddRange(organisation, lead);
        db.Add(new Membership { NetworkId = network.Id, Organisation = organisation, Role = MembershipRole.CorePartner, StartDate = new DateOnly(2024, 1, 1) });
        db.Add(new Membership { NetworkId = network.Id, Organisation = lead, Role = MembershipRole.LeadOrganisation, StartDate = new DateOnly(2024, 1, 1) });
        var place = new Place { NetworkId = network.Id, Name = "Huis van het Kind Testdal", Kind = PlaceKind.HuisVanHetKind, Address = new Address { Municipality = "Testdal" }, HostOrganisationId = lead.Id };
        db.Add(place);
        var person = new Person { NetworkId = network.Id, Organisation = organisation, FullName = "Dr. Ine Vlasman", Function = "Huisarts", Expertise = ["borstvoeding"], PlaceId = place.Id };
        db.Add(person);
        await db.SaveChangesAsync();
        return (organisation.Id, person.Id, place.Id);
    });
}
