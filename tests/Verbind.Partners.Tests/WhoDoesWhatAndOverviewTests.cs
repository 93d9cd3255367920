using System.Net;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Partners.Tests;

public abstract class WhoDoesWhatAndOverviewTests(AppFactory app)
{
    [Fact]
    public async Task Who_does_what_finds_professionals_and_organisations_by_expertise_sector_place_and_kind()
    {
        var (network, viewer, _) = await app.SignedInAsync(NetworkRole.Viewer);
        var midwives = await app.OrganisationAsync(network, "Vroedvrouwen Maanlicht", kind: OrganisationKind.MidwifePractice, sector: Sector.Medical);
        var welfare = await app.OrganisationAsync(network, "CAW Zonneland", kind: OrganisationKind.WelfareCentre, sector: Sector.Welfare);
        var gone = await app.OrganisationAsync(network, "Vertrokken Praktijk", kind: OrganisationKind.MidwifePractice, sector: Sector.Medical, end: new DateOnly(2024, 6, 30));
        var huis = await app.PlaceAsync(network, "Huis Centrum", welfare);
        await app.PersonAsync(network, midwives, "Charlotte Dewulf", "borstvoeding, kraambed", "charlotte@maanlicht.example", huis);
        await app.PersonAsync(network, welfare, "Tom Jacobs", "schulden, relaties");
        await app.PersonAsync(network, gone, "Oud Lid", "borstvoeding");
        var api = $"/api/netwerken/{network.Slug}/wie-doet-wat";

        var byTag = await (await viewer.GetAsync($"{api}?expertise=Borstvoeding")).JsonAsync();
        Assert.Equal("Charlotte Dewulf", Assert.Single(byTag.GetProperty("people").GetProperty("items").EnumerateArray()).GetProperty("fullName").GetString());
        Assert.Equal("Vroedvrouwen Maanlicht", Assert.Single(byTag.GetProperty("organisations").GetProperty("items").EnumerateArray()).GetProperty("name").GetString());

        var bySector = await (await viewer.GetAsync($"{api}?sector=Welfare")).JsonAsync();
        Assert.Equal("Tom Jacobs", Assert.Single(bySector.GetProperty("people").GetProperty("items").EnumerateArray()).GetProperty("fullName").GetString());

        var byPlace = await (await viewer.GetAsync($"{api}?place={huis.Id}")).JsonAsync();
        Assert.Equal(1, byPlace.GetProperty("people").GetProperty("total").GetInt32());
        Assert.Equal(2, byPlace.GetProperty("organisations").GetProperty("total").GetInt32());

        var byKindAndWords = await (await viewer.GetAsync($"{api}?kind=MidwifePractice&q=kraambed")).JsonAsync();
        Assert.Equal(1, byKindAndWords.GetProperty("people").GetProperty("total").GetInt32());

        var page = await viewer.GetPageAsync($"/netwerk/{network.Slug}/wie-doet-wat?expertise=borstvoeding");
        var people = page.QuerySelector("#wdw-people")!.ParentElement!;
        Assert.Contains("Charlotte Dewulf", people.TextContent, StringComparison.Ordinal);
        Assert.NotNull(people.QuerySelector("a[href='mailto:charlotte@maanlicht.example']"));
        Assert.DoesNotContain("Oud Lid", page.Source.Text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#wdw-expertise option[value=borstvoeding][selected]"));
    }

    [Fact]
    public async Task Who_does_what_pages_its_results_by_25()
    {
        var (network, viewer, _) = await app.SignedInAsync(NetworkRole.Viewer);
        var organisation = await app.OrganisationAsync(network, "Groot Team");
        for (var i = 0; i < 30; i++)
        {
            await app.PersonAsync(network, organisation, $"Teamlid {i:D2}", "gezinsondersteuning");
        }
        var first = await viewer.GetPageAsync($"/netwerk/{network.Slug}/wie-doet-wat?expertise=gezinsondersteuning");
        Assert.Equal(25, first.QuerySelectorAll("#wdw-people ~ ul .result").Length);
        Assert.NotNull(first.QuerySelector("a[rel=next]"));
        var second = await viewer.GetPageAsync($"/netwerk/{network.Slug}/wie-doet-wat?expertise=gezinsondersteuning&page=2");
        Assert.Equal(5, second.QuerySelectorAll("#wdw-people ~ ul .result").Length);
        using var garbage = await viewer.GetAsync($"/netwerk/{network.Slug}/wie-doet-wat?page=abc&place=x&sector=%00&q={new string('q', 3000)}");
        Assert.Equal(HttpStatusCode.OK, garbage.StatusCode);
    }

    [Fact]
    public async Task The_overview_counts_active_members_by_role_and_sector_and_draws_an_accessible_picture()
    {
        var (network, viewer, _) = await app.SignedInAsync(NetworkRole.Viewer);
        var lead = await app.OrganisationAsync(network, "Gemeente Trekker", MembershipRole.LeadOrganisation, OrganisationKind.Municipality, Sector.LocalGovernment);
        var core = await app.OrganisationAsync(network, "Kern Eén", MembershipRole.CorePartner, sector: Sector.Medical);
        await app.OrganisationAsync(network, "Kern Twee", MembershipRole.CorePartner, sector: Sector.Medical);
        await app.OrganisationAsync(network, "Partner Eén", MembershipRole.Partner, sector: Sector.Education);
        await app.OrganisationAsync(network, "Oud Partner", MembershipRole.Partner, sector: Sector.Safety, end: new DateOnly(2024, 12, 31));
        var place = await app.PlaceAsync(network, "Gedeelde Plek", lead);
        await app.PersonAsync(network, core, "Werkt in het Huis", place: place);

        var page = await viewer.GetPageAsync($"/netwerk/{network.Slug}");

        var tables = page.QuerySelectorAll("table");
        var byRole = tables[0].TextContent;
        Assert.Contains("Kernpartner", byRole, StringComparison.Ordinal);
        Assert.Equal("2", tables[0].QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Kernpartner", StringComparison.Ordinal)).QuerySelector("td")!.TextContent);
        Assert.DoesNotContain("Veiligheid", tables[1].TextContent, StringComparison.Ordinal);
        var svg = page.QuerySelector("figure svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Contains("Gemeente Trekker", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, svg.QuerySelectorAll("circle").Length);
        Assert.Single(svg.QuerySelectorAll("line.network-graph__edge--shared"));
        Assert.NotNull(page.QuerySelector("figcaption"));
        var rows = tables[2].QuerySelectorAll("tbody tr");
        Assert.Equal(4, rows.Length);
        Assert.Contains("Gedeelde Plek", rows.Single(r => r.QuerySelector("th")!.TextContent == "Kern Eén").TextContent, StringComparison.Ordinal);

        var all = await viewer.GetPageAsync($"/netwerk/{network.Slug}?alle=1");
        Assert.Contains("Veiligheid", all.QuerySelectorAll("table")[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_network_navigation_lists_the_partner_pages()
    {
        var (network, viewer, _) = await app.SignedInAsync(NetworkRole.Viewer);
        var page = await viewer.GetPageAsync($"/netwerk/{network.Slug}/plaatsen");
        var links = page.QuerySelectorAll(".network-nav a").Select(a => a.GetAttribute("href")).ToList();
        foreach (var suffix in new[] { "", "/organisaties", "/personen", "/plaatsen", "/wie-doet-wat" })
        {
            Assert.Contains($"/netwerk/{network.Slug}{suffix}", links);
        }
    }
}

public sealed class WhoDoesWhatAndOverviewTestsOnSqlite(SqliteApp app) : WhoDoesWhatAndOverviewTests(app);

public sealed class WhoDoesWhatAndOverviewTestsOnPostgres(PostgresApp app) : WhoDoesWhatAndOverviewTests(app);
