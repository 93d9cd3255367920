using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbind.ServiceDirectory.Contracts;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.Geo;
using Verbind.ServiceDirectory.Features.Search;
using Verbind.Testing;
using static Verbind.ServiceDirectory.Tests.SearchArrange;

namespace Verbind.ServiceDirectory.Tests;

public abstract class SearchPageTests(AppFactory app)
{
    [Fact]
    public async Task Finds_a_service_by_a_synonym_a_plural_and_a_typo()
    {
        var network = await app.CreateNetworkAsync();
        var organisation = await CreateOrganisationAsync(app, network, "Kraamcentrum Voorbeeld");
        var place = NewMunicipality();
        await CreateServiceAsync(app, network, organisation, "Kraamzorg aan huis", place);
        await CreateServiceAsync(app, network, organisation, "Borstvoedingsconsulenten", place);
        await CreateServiceAsync(app, network, organisation, "Speelpleintje", place);
        await IndexedAsync(app, place, 3);

        Assert.Equal(["Kraamzorg aan huis"], await SearchNamesAsync(app, new() { Municipality = place, Text = "kraamhulp" }));
        Assert.Equal(["Borstvoedingsconsulenten"], await SearchNamesAsync(app, new() { Municipality = place, Text = "borstvoedingsconsulent" }));
        Assert.Equal(["Borstvoedingsconsulenten"], await SearchNamesAsync(app, new() { Municipality = place, Text = "borstvoedingsconsulnten" }));
    }

    [Fact]
    public async Task Every_filter_of_the_page_must_hold()
    {
        await EnsureTaxonomiesAsync(app);
        var network = await app.CreateNetworkAsync();
        var organisation = await CreateOrganisationAsync(app, network, "Huis van het Kind Voorbeeld");
        var place = NewMunicipality();
        void Fits(Service s, Location l)
        {
            s.MinimumAgeMonths = 0;
            s.MaximumAgeMonths = 36;
            s.Languages = ["nl", "fr"];
            l.AccessibilityFeatures = [AccessibilityFeature.WheelchairAccessible];
            l.Schedules = [new Schedule { Days = [DayOfWeek.Monday], OpensAt = new(18, 0), ClosesAt = new(21, 0) }];
        }
        await CreateServiceAsync(app, network, organisation, "Alles klopt", place, Fits, termCodes: ["ontmoeting"]);
        await CreateServiceAsync(app, network, organisation, "Niet gratis", place, (s, l) => { Fits(s, l); s.CostOptions = [new CostOption { Amount = 5 }]; }, termCodes: ["ontmoeting"]);
        await CreateServiceAsync(app, network, organisation, "Te oud", place, (s, l) => { Fits(s, l); s.MinimumAgeMonths = 144; s.MaximumAgeMonths = 216; }, termCodes: ["ontmoeting"]);
        await CreateServiceAsync(app, network, organisation, "Alleen overdag", place, (s, l) => { Fits(s, l); l.Schedules[0].OpensAt = new(9, 0); l.Schedules[0].ClosesAt = new(12, 0); }, termCodes: ["ontmoeting"]);
        await CreateServiceAsync(app, network, organisation, "Geen Frans", place, (s, l) => { Fits(s, l); s.Languages = ["nl"]; }, termCodes: ["ontmoeting"]);
        await CreateServiceAsync(app, network, organisation, "Trappen", place, (s, l) => { Fits(s, l); l.AccessibilityFeatures = []; }, termCodes: ["ontmoeting"]);
        await CreateServiceAsync(app, network, organisation, "Andere pijler", place, Fits, termCodes: ["opvoeding"]);
        await CreateServiceAsync(app, network, organisation, "In Gent", place, Fits, latitude: 51.0543, longitude: 3.7174, termCodes: ["ontmoeting"]);
        await IndexedAsync(app, place, 8);

        var page = await app.NewClient().GetPageAsync(
            $"/aanbod?plaats={place}&leeftijd=3m&gemeente=Leuven&afstand=10&dag=ma&uur=19:00&gratis=1&taal=fr&toegankelijk=rolstoel&pijler=ontmoeting");

        Assert.Equal(["Alles klopt"], page.QuerySelectorAll(".directory-result__name").Select(e => e.TextContent.Trim()));
        Assert.Contains("1 resultaat", page.QuerySelector("#resultaten-titel")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facets_count_the_results_and_link_to_the_narrower_search()
    {
        await EnsureTaxonomiesAsync(app);
        var network = await app.CreateNetworkAsync();
        var organisation = await CreateOrganisationAsync(app, network, "Facetten vzw");
        var place = NewMunicipality();
        await CreateServiceAsync(app, network, organisation, "Speelochtend", place, termCodes: ["ontmoeting"]);
        await CreateServiceAsync(app, network, organisation, "Babycafé", place, termCodes: ["ontmoeting"]);
        await CreateServiceAsync(app, network, organisation, "Opvoedingswinkel", place, (s, _) => s.CostOptions = [new CostOption { Amount = 10 }], termCodes: ["opvoeding"]);
        await IndexedAsync(app, place, 3);
        var client = app.NewClient();

        var page = await client.GetPageAsync($"/aanbod?plaats={place}");
        // The term names are cached for a minute, so look the facet up by its link.
        var pillar = page.QuerySelectorAll(".directory-facet a").First(a => a.GetAttribute("href")!.EndsWith("pijler=ontmoeting", StringComparison.Ordinal));
        Assert.Contains("(2)", pillar.ParentElement!.TextContent, StringComparison.Ordinal);
        var narrower = await client.GetPageAsync(pillar.GetAttribute("href")!);

        Assert.Equal(2, narrower.QuerySelectorAll(".directory-result").Length);
        Assert.Contains(page.QuerySelectorAll(".directory-facet a"), a => a.TextContent == "Gratis" && a.ParentElement!.TextContent.Contains("(2)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_index_follows_edits_to_a_service_and_its_location()
    {
        var network = await app.CreateNetworkAsync();
        var organisation = await CreateOrganisationAsync(app, network, "Wijzigingen vzw");
        var place = NewMunicipality();
        var service = await CreateServiceAsync(app, network, organisation, "Praatgroep", place);
        await IndexedAsync(app, place, 1);

        await app.WithDbAsync(async db =>
        {
            var stored = await db.Set<Service>().SingleAsync(s => s.Id == service.Id);
            stored.Name = "Lotgenotengroep";
            await db.SaveChangesAsync();
        });
        await EventuallyAsync(async () => await SearchNamesAsync(app, new() { Municipality = place, Text = "lotgenotengroep" }) is ["Lotgenotengroep"], "the new name is found");
        Assert.Empty(await SearchNamesAsync(app, new() { Municipality = place, Text = "praatgroep" }));

        var moved = NewMunicipality();
        await app.WithDbAsync(async db =>
        {
            var location = await db.Set<Location>().SingleAsync(l => l.Municipality == place);
            location.Municipality = moved;
            await db.SaveChangesAsync();
        });
        await IndexedAsync(app, moved, 1);

        await app.WithDbAsync(async db =>
        {
            var stored = await db.Set<Service>().SingleAsync(s => s.Id == service.Id);
            stored.Status = ServiceStatus.Inactive;
            await db.SaveChangesAsync();
        });
        await IndexedAsync(app, moved, 0);
    }

    [Theory]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    [InlineData("'; DROP TABLE directory_services; --")]
    [InlineData("borstvoeding OR 1=1")]
    [InlineData("😀👶🏽🍼")]
    [InlineData("title:(kraam* AND ~) \\ [ ] { } ^ ~ * ? : /")]
    [InlineData(" ")]
    public async Task A_hostile_query_gives_a_safe_page(string query)
    {
        var response = await app.NewClient().Http.GetAsync("/aanbod?q=" + Uri.EscapeDataString(query) + "&leeftijd=" + Uri.EscapeDataString(query) + "&afstand=" + Uri.EscapeDataString(query) + "&gemeente=" + Uri.EscapeDataString(query), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_of_ten_thousand_characters_and_nonsense_numbers_give_a_safe_page()
    {
        var client = app.NewClient();
        var long_ = new string('a', 10_000);

        var page = await client.GetPageAsync($"/aanbod?q={long_}&pagina=-1&afstand=99999999999999999999&uur=99:99&dag=%00&toegankelijk=vliegend&leeftijd=NaN");

        Assert.NotNull(page.QuerySelector("[role=alert]"));
        Assert.Equal(PublicSearchMaxText, ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#zoek-q")!).Value.Length);
    }

    private const int PublicSearchMaxText = 200;

    [Fact]
    public async Task The_finder_for_other_modules_returns_the_public_page_of_nearby_services_of_one_network_only()
    {
        var network = await app.CreateNetworkAsync();
        var organisation = await CreateOrganisationAsync(app, network, "Vinder vzw");
        var other = await app.CreateNetworkAsync();
        var otherOrganisation = await CreateOrganisationAsync(app, other, "Buurnetwerk vzw");
        var place = NewMunicipality();
        var word = "Zoekwoord" + Guid.NewGuid().ToString("N")[..6];
        var service = await CreateServiceAsync(app, network, organisation, word + " Leuven", place);
        await CreateServiceAsync(app, network, organisation, word + " Gent", place, latitude: 51.0543, longitude: 3.7174);
        var elsewhere = await CreateServiceAsync(app, other, otherOrganisation, word + " Leuven buren", place);
        await IndexedAsync(app, place, 3);
        await using var scope = app.Services.CreateAsyncScope();
        var finder = scope.ServiceProvider.GetRequiredService<IServiceFinder>();
        var cancel = TestContext.Current.CancellationToken;

        var found = await finder.FindAsync(network.Id, word, "3000", 5, cancel);

        var hit = Assert.Single(found);
        Assert.Equal("/aanbod/" + service.Id, hit.PublicUrl);
        Assert.Equal("Vinder vzw", hit.OrganisationName);
        Assert.Equal(service.Id, (await finder.FindByIdAsync(network.Id, service.Id, cancel))?.Id);
        Assert.Null(await finder.FindByIdAsync(network.Id, elsewhere.Id, cancel));
        Assert.Equal(elsewhere.Id, Assert.Single(await finder.FindAsync(other.Id, word, "3000", 5, cancel)).Id);
    }
}

public sealed class SearchPageTestsOnSqlite(SqliteApp app) : SearchPageTests(app);

public sealed class SearchPageTestsOnPostgres(PostgresApp app) : SearchPageTests(app);
