using Microsoft.Playwright;
using Verbind.EndToEnd.Tests.Infrastructure;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Domain;
using Location = Verbind.ServiceDirectory.Domain.Location;
using Verbind.ServiceDirectory.Features.Taxonomies;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests;

/// <summary>
/// The Directory's editing pages in a network with data: every list, record and form passes axe-core and
/// fits a phone, for a coordinator and for a viewer; a coordinator adds a service through the form.
/// </summary>
public sealed class DirectoryEditingPagesTests(BrowserApp app, Chromium chromium, SignedInSessions sessions) : BrowserTest(app, chromium, sessions)
{
    [Fact]
    public async Task Every_directory_editing_page_with_data_is_accessible_on_desktop_and_phone()
    {
        var network = await App.CreateNetworkAsync();
        var coordinator = await App.CreateUserAsync(network, NetworkRole.Coordinator);
        var viewer = await App.CreateUserAsync(network, NetworkRole.Viewer);
        var (service, location) = await SeedAsync(network);
        string[] coordinatorPaths =
        [
            "/aanbod", "/aanbod?verouderd=1", "/aanbod/nieuw", $"/aanbod/{service}", $"/aanbod/{service}/bewerken",
            "/aanbod/locaties", "/aanbod/locaties/nieuw", $"/aanbod/locaties/{location}", $"/aanbod/locaties/{location}/bewerken",
            "/aanbod/meldingen", "/aanbod/meldingen?alle=1", "/aanbod/gebied",
        ];
        string[] viewerPaths = ["/aanbod", $"/aanbod/{service}", "/aanbod/locaties", $"/aanbod/locaties/{location}", "/aanbod/gebied"];
        foreach (var (user, paths) in new[] { (coordinator, coordinatorPaths), (viewer, viewerPaths) })
        {
            foreach (var width in new[] { DesktopWidth, PhoneWidth })
            {
                var tab = await OpenTabAsync(width: width);
                await SignInAsync(tab, user);
                foreach (var path in paths)
                {
                    var address = $"/netwerk/{network.Slug}{path}";
                    await tab.GoToAsync(address);
                    Assert.False(await tab.ScrollsSidewaysAsync(), $"{address} is wider than a {width} px screen: {await tab.WidestElementsAsync()}");
                }
            }
        }
    }

    [Fact]
    public async Task A_viewer_reads_services_and_locations_and_finds_no_form()
    {
        var network = await App.CreateNetworkAsync();
        var viewer = await App.CreateUserAsync(network, NetworkRole.Viewer);
        var (service, location) = await SeedAsync(network);
        var tab = await OpenTabAsync();
        await SignInAsync(tab, viewer);

        await tab.GoToAsync($"/netwerk/{network.Slug}/aanbod/{service}");
        await Assertions.Expect(tab.Locator("main")).ToContainTextAsync("Spelletjesnamiddag");
        await tab.FollowAsync(() => tab.Locator($"main a[href$='/aanbod/locaties/{location}']").ClickAsync(), $"/aanbod/locaties/{location}$");
        await Assertions.Expect(tab.Locator("h1")).ToHaveTextAsync("Ontmoetingsplek De Tol");
        await Assertions.Expect(tab.Locator("#location-facts")).ToContainTextAsync("Tolstraat 2");
        await Assertions.Expect(tab.Locator("#location-services")).ToContainTextAsync("Spelletjesnamiddag");
        await Assertions.Expect(tab.Locator("main .hours-list")).ToContainTextAsync("13:30–17:00");
        Assert.Equal(0, await tab.Locator("main form").CountAsync());
        Assert.Equal(0, await tab.Locator("main a[href$='/bewerken']").CountAsync());

        // An old link to the form leads a viewer to the read view.
        await tab.GoToAsync($"/netwerk/{network.Slug}/aanbod/locaties/{location}/bewerken");
        Assert.EndsWith($"/aanbod/locaties/{location}", new Uri(tab.Page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(0, await tab.Locator("main form").CountAsync());
    }

    [Fact]
    public async Task A_coordinator_adds_a_service_and_a_wrong_age_range_is_explained_first()
    {
        var network = await App.CreateNetworkAsync();
        var coordinator = await App.CreateUserAsync(network, NetworkRole.Coordinator);
        var (organisation, _) = await OrganisationAsync(network);
        var tab = await OpenTabAsync();
        await SignInAsync(tab, coordinator);

        await tab.GoToAsync($"/netwerk/{network.Slug}/aanbod/nieuw");
        await tab.Locator("#svc-name").FillAsync("Peuterspeelmoment De Zandbak");
        await tab.Locator("#svc-organisation").SelectOptionAsync(organisation.ToString());
        await tab.Locator("#svc-min-age").SelectOptionAsync("36");
        await tab.Locator("#svc-max-age").SelectOptionAsync("12");
        await tab.Locator("#svc-terms-pijler-" + ShippedTaxonomies.IdOf(ShippedTaxonomies.Pillars, "spelen-ontmoeten")).CheckAsync();
        await tab.Locator("main button[type=submit]").First.ClickAsync();
        await tab.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await tab.CheckAsync();
        await Assertions.Expect(tab.Locator("[role=alert]").First).ToBeVisibleAsync();

        await tab.Locator("#svc-min-age").SelectOptionAsync("12");
        await tab.Locator("#svc-max-age").SelectOptionAsync("36");
        await tab.FollowAsync(() => tab.Locator("main button[type=submit]").First.ClickAsync(), "/aanbod/[0-9a-f-]+\\?opgeslagen=1$");
        await Assertions.Expect(tab.Locator("h1")).ToHaveTextAsync("Peuterspeelmoment De Zandbak");
        await Assertions.Expect(tab.Locator("main")).ToContainTextAsync("Spelen en ontmoeten");
    }

    private Task<(Guid Organisation, Guid Membership)> OrganisationAsync(Network network) => App.WithDbAsync(async db =>
    {
        var organisation = new Organisation
        {
            Name = "Speelotheek De Tol " + Guid.NewGuid().ToString("N")[..4], Kind = OrganisationKind.VolunteerOrganisation, Sector = Sector.Culture,
            Address = new Address { Street = "Speelstraat 1", Postcode = "3000", Municipality = "Leuven" },
        };
        var membership = new Membership { NetworkId = network.Id, Organisation = organisation, Role = MembershipRole.Partner, StartDate = new DateOnly(2024, 1, 1) };
        db.AddRange(organisation, membership);
        await db.SaveChangesAsync();
        return (organisation.Id, membership.Id);
    });

    private async Task<(Guid Service, Guid Location)> SeedAsync(Network network)
    {
        var (organisation, _) = await OrganisationAsync(network);
        return await App.WithDbAsync(async db =>
        {
            var location = new Location
            {
                NetworkId = network.Id, Name = "Ontmoetingsplek De Tol", Street = "Tolstraat 2", Postcode = "3000", Municipality = "Leuven",
                Latitude = 50.879, Longitude = 4.702, AccessibilityFeatures = [AccessibilityFeature.PramSpace],
                Schedules = [new Schedule { NetworkId = network.Id, Days = [DayOfWeek.Wednesday], OpensAt = new(13, 30), ClosesAt = new(17, 0) }],
                SpecialDays = [new SpecialDay { NetworkId = network.Id, Date = new DateOnly(2026, 12, 25), Reason = "Kerstmis" }],
            };
            var service = new Service
            {
                NetworkId = network.Id, OrganisationId = organisation, Name = "Spelletjesnamiddag", Description = "Samen spelen op woensdag.",
                MinimumAgeMonths = 36, MaximumAgeMonths = 143, LastVerifiedOn = new DateOnly(2024, 1, 1), Languages = ["nl", "fr"],
                Terms = [new ServiceTerm { NetworkId = network.Id, TermId = ShippedTaxonomies.IdOf(ShippedTaxonomies.Pillars, "spelen-ontmoeten") }],
                CostOptions = [new CostOption { NetworkId = network.Id, Option = "Per keer", Amount = 1m }],
            };
            service.Locations.Add(new ServiceAtLocation { NetworkId = network.Id, Location = location });
            db.AddRange(location, service);
            db.Add(new InformationReport { NetworkId = network.Id, ServiceId = service.Id, Message = "Het uur klopt niet meer.", CreatedAt = new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc) });
            db.Add(new AreaPostcode { NetworkId = network.Id, Municipality = "Leuven", Part = "Leuven", Postcode = "3000" });
            await db.SaveChangesAsync();
            return (service.Id, location.Id);
        });
    }
}
