using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Data;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Partners.Tests;

/// <summary>
/// Who-does-what and the overview read an in-memory snapshot per network, kept until the network's
/// version changes (docs/adr/0050). Each test first reads the pages (so a snapshot is cached), then
/// changes data by one of the writers, and reads again: the change must show at once, in exactly the
/// networks it concerns.
/// </summary>
public abstract class ReadModelTests(AppFactory app)
{
    [Fact]
    public async Task Creating_and_renaming_an_organisation_shows_at_once()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        Assert.Empty(await OrganisationNamesAsync(coordinator, network, "q=esdoorn"));

        using var created = await coordinator.PostJsonAsync($"/api/netwerken/{network.Slug}/organisaties", new
        {
            name = "Praktijk De Esdoorn", kind = "GeneralPractice", sector = "Medical", country = "BE", municipality = "Zonnedal", role = "Partner",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("organisation").GetProperty("id").GetGuid();
        Assert.Equal(["Praktijk De Esdoorn"], await OrganisationNamesAsync(coordinator, network, "q=esdoorn"));
        Assert.Contains("Praktijk De Esdoorn", (await coordinator.GetPageAsync($"/netwerk/{network.Slug}")).Source.Text, StringComparison.Ordinal);

        using var renamed = await coordinator.SendJsonTextAsync(HttpMethod.Put, $"/api/netwerken/{network.Slug}/organisaties/{id}",
            """{"name":"Praktijk De Eik","kind":"GeneralPractice","sector":"Welfare"}""");
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Empty(await OrganisationNamesAsync(coordinator, network, "q=esdoorn"));
        Assert.Equal(["Praktijk De Eik"], await OrganisationNamesAsync(coordinator, network, "q=eik&sector=Welfare"));
        var overview = await coordinator.GetPageAsync($"/netwerk/{network.Slug}");
        Assert.Contains("Praktijk De Eik", overview.Source.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Esdoorn", overview.Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_change_and_the_end_of_a_membership_show_at_once()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var organisation = await app.OrganisationAsync(network, "Bibliotheek Lindeveen", MembershipRole.Partner, start: new DateOnly(2023, 1, 1));
        await app.PersonAsync(network, organisation, "Bib Medewerker", "voorlezen");
        Assert.Equal(1, CountFor(await coordinator.GetPageAsync($"/netwerk/{network.Slug}"), "Partner"));
        Assert.Equal(["Bib Medewerker"], await PeopleNamesAsync(coordinator, network, "expertise=voorlezen"));

        var url = $"/netwerk/{network.Slug}/organisaties/{organisation.Id}";
        using var changed = await coordinator.SubmitFormAsync(url, new Dictionary<string, string>
        {
            ["RoleInput.Role"] = "CorePartner",
            ["RoleInput.Date"] = "2024-09-01",
        }, "#membership-role-form");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var overview = await coordinator.GetPageAsync($"/netwerk/{network.Slug}");
        Assert.Equal(1, CountFor(overview, "Kernpartner"));
        Assert.Equal(0, CountFor(overview, "Partner"));

        using var ended = await coordinator.SubmitFormAsync(url, new Dictionary<string, string> { ["EndInput.Date"] = "2025-01-31" }, "#membership-end-form");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Empty(await PeopleNamesAsync(coordinator, network, "expertise=voorlezen"));
        Assert.Empty(await OrganisationNamesAsync(coordinator, network, "q=bibliotheek"));
        Assert.Equal(0, CountFor(await coordinator.GetPageAsync($"/netwerk/{network.Slug}"), "Kernpartner"));
        Assert.Equal(1, CountFor(await coordinator.GetPageAsync($"/netwerk/{network.Slug}?alle=1"), "Kernpartner"));
    }

    [Fact]
    public async Task Adding_editing_and_removing_a_person_shows_at_once()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var organisation = await app.OrganisationAsync(network, "Kraamzorg Zonnedal");
        Assert.Empty(await PeopleNamesAsync(coordinator, network, "q=verhoeven"));
        var search = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/wie-doet-wat");
        Assert.Null(search.QuerySelector("#wdw-expertise option[value=draagzak]"));

        using var added = await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/personen/nieuw?organisatie={organisation.Id}", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Els Verhoeven",
            ["Input.Function"] = "Kraamverzorgende",
            ["Input.Expertise"] = "Draagzak",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(["Els Verhoeven"], await PeopleNamesAsync(coordinator, network, "q=verhoeven"));
        Assert.NotNull((await coordinator.GetPageAsync($"/netwerk/{network.Slug}/wie-doet-wat")).QuerySelector("#wdw-expertise option[value=draagzak]"));

        var person = await app.WithDbAsync(db => db.People.SingleAsync(p => p.NetworkId == network.Id));
        var edit = $"/netwerk/{network.Slug}/personen/{person.Id}/bewerken";
        using var edited = await coordinator.SubmitFormAsync(edit, new Dictionary<string, string>
        {
            ["Input.FullName"] = "Els Peeters",
            ["Input.Expertise"] = "Slaap",
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Empty(await PeopleNamesAsync(coordinator, network, "q=verhoeven"));
        Assert.Empty(await PeopleNamesAsync(coordinator, network, "expertise=draagzak"));
        Assert.Equal(["Els Peeters"], await PeopleNamesAsync(coordinator, network, "expertise=slaap"));

        var deleteForm = (await coordinator.GetPageAsync(edit)).QuerySelectorAll("form[method=post]").OfType<IHtmlFormElement>()
            .Single(f => f.QuerySelector("input[name=_handler][value=delete-person]") is not null);
        using var removed = await coordinator.SubmitAsync(deleteForm, new Dictionary<string, string>(), edit);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(await PeopleNamesAsync(coordinator, network, "expertise=slaap"));
        Assert.Null((await coordinator.GetPageAsync($"/netwerk/{network.Slug}/wie-doet-wat")).QuerySelector("#wdw-expertise option[value=slaap]"));
    }

    [Fact]
    public async Task Renaming_a_place_shows_at_once()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var organisation = await app.OrganisationAsync(network, "Consultatiebureau Noord");
        var place = await app.PlaceAsync(network, "Huis Noord");
        await app.PersonAsync(network, organisation, "Jan Claes", place: place);
        var before = await WhoDoesWhatAsync(coordinator, network, $"place={place.Id}");
        Assert.Equal("Huis Noord", before.GetProperty("people").GetProperty("items")[0].GetProperty("place").GetString());

        using var renamed = await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/plaatsen/{place.Id}/bewerken",
            new Dictionary<string, string> { ["Input.Name"] = "Huis Noorderlicht" });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var after = await WhoDoesWhatAsync(coordinator, network, $"place={place.Id}");
        Assert.Equal("Huis Noorderlicht", after.GetProperty("people").GetProperty("items")[0].GetProperty("place").GetString());
        var search = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/wie-doet-wat");
        Assert.Equal("Huis Noorderlicht", search.QuerySelector($"#wdw-place option[value='{place.Id}']")!.TextContent);
    }

    [Fact]
    public async Task A_change_in_another_network_leaves_this_networks_version_and_results_alone()
    {
        var (networkA, viewerA, _) = await app.SignedInAsync(NetworkRole.Viewer);
        var networkB = await app.CreateNetworkAsync();
        var inA = await app.OrganisationAsync(networkA, "Alleen in A");
        var inB = await app.OrganisationAsync(networkB, "Alleen in B");
        await app.PersonAsync(networkA, inA, "Anna A", "rouw");
        Assert.Equal(["Anna A"], await PeopleNamesAsync(viewerA, networkA, "expertise=rouw"));
        var versionA = await VersionAsync(networkA);
        var versionB = await VersionAsync(networkB);

        await app.PersonAsync(networkB, inB, "Bert B", "rouw");
        await app.WithDbAsync(async db =>
        {
            (await db.Organisations.SingleAsync(o => o.Id == inB.Id)).Name = "Nog steeds alleen in B";
            await db.SaveChangesAsync();
        });

        Assert.Equal(versionA, await VersionAsync(networkA));
        Assert.NotEqual(versionB, await VersionAsync(networkB));
        Assert.Equal(["Anna A"], await PeopleNamesAsync(viewerA, networkA, "expertise=rouw"));
        Assert.Empty(await OrganisationNamesAsync(viewerA, networkA, "q=alleen+in+b"));
    }

    [Fact]
    public async Task Editing_an_organisation_shared_by_two_networks_shows_in_both()
    {
        var (networkA, coordinatorA) = await app.NetworkWithCoordinatorAsync();
        var (networkB, viewerB, _) = await app.SignedInAsync(NetworkRole.Viewer);
        var shared = await app.OrganisationAsync(networkA, "CAW Gedeeld", sector: Sector.Welfare);
        await app.JoinAsync(networkB, shared);
        Assert.Equal(["CAW Gedeeld"], await OrganisationNamesAsync(viewerB, networkB, "sector=Welfare"));
        Assert.Contains("CAW Gedeeld", (await viewerB.GetPageAsync($"/netwerk/{networkB.Slug}")).Source.Text, StringComparison.Ordinal);
        var versionB = await VersionAsync(networkB);

        using var renamed = await coordinatorA.SendJsonTextAsync(HttpMethod.Put, $"/api/netwerken/{networkA.Slug}/organisaties/{shared.Id}",
            """{"name":"CAW Samen","kind":"WelfareCentre","sector":"Social"}""");
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        Assert.NotEqual(versionB, await VersionAsync(networkB));
        Assert.Empty(await OrganisationNamesAsync(viewerB, networkB, "sector=Welfare"));
        Assert.Equal(["CAW Samen"], await OrganisationNamesAsync(viewerB, networkB, "sector=Social"));
        var overviewB = await viewerB.GetPageAsync($"/netwerk/{networkB.Slug}");
        Assert.Contains("CAW Samen", overviewB.Source.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("CAW Gedeeld", overviewB.Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bulk_save_outside_the_pages_like_an_import_shows_at_once()
    {
        var (network, viewer, _) = await app.SignedInAsync(NetworkRole.Viewer);
        Assert.Empty(await PeopleNamesAsync(viewer, network, "q=geimporteerd"));

        // As the import does: new organisations, memberships and people in one SaveChanges.
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 3; i++)
            {
                var organisation = new Organisation { Name = $"Geïmporteerd {i}", Kind = OrganisationKind.Ngo, Sector = Sector.Social };
                db.Organisations.Add(organisation);
                db.Memberships.Add(new Membership { NetworkId = network.Id, Organisation = organisation, Role = MembershipRole.Partner, StartDate = new DateOnly(2024, 1, 1) });
                db.People.Add(new Person { NetworkId = network.Id, Organisation = organisation, FullName = $"Geïmporteerd Persoon {i}" });
            }
            await db.SaveChangesAsync();
        });

        Assert.Equal(["Geïmporteerd Persoon 0", "Geïmporteerd Persoon 1", "Geïmporteerd Persoon 2"], await PeopleNamesAsync(viewer, network, "q=geimporteerd"));
        Assert.Equal(3, (await WhoDoesWhatAsync(viewer, network, "q=GEÏMPORTEERD")).GetProperty("organisations").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Concurrent_first_saves_in_a_network_all_succeed_and_leave_one_version_row()
    {
        var network = await app.CreateNetworkAsync();
        var organisation = await app.OrganisationAsync(network, "Druk Bezocht");
        await app.WithDbAsync(async db => await db.Set<NetworkVersion>().Where(v => v.NetworkId == network.Id).ExecuteDeleteAsync());

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => app.PersonAsync(network, organisation, $"Gelijktijdig {i}")));

        Assert.Equal(1, await app.WithDbAsync(db => db.Set<NetworkVersion>().CountAsync(v => v.NetworkId == network.Id)));
        var viewer = await app.SignInAsync(await app.CreateUserAsync(network, NetworkRole.Viewer));
        Assert.Equal(8, (await WhoDoesWhatAsync(viewer, network, "q=gelijktijdig")).GetProperty("people").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Saving_something_outside_partners_does_not_change_the_version()
    {
        var network = await app.CreateNetworkAsync();
        await app.OrganisationAsync(network, "Stabiel");
        var version = await VersionAsync(network);

        await app.WithDbAsync(async db =>
        {
            (await db.Networks.SingleAsync(n => n.Id == network.Id)).Description = "Alleen de beschrijving verandert.";
            await db.SaveChangesAsync();
        });

        Assert.Equal(version, await VersionAsync(network));
    }

    private static async Task<JsonElement> WhoDoesWhatAsync(TestClient client, Network network, string query)
    {
        using var response = await client.GetAsync($"/api/netwerken/{network.Slug}/wie-doet-wat?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private static async Task<List<string>> PeopleNamesAsync(TestClient client, Network network, string query) =>
        (await WhoDoesWhatAsync(client, network, query)).GetProperty("people").GetProperty("items").EnumerateArray()
            .Select(p => p.GetProperty("fullName").GetString()!).ToList();

    private static async Task<List<string>> OrganisationNamesAsync(TestClient client, Network network, string query) =>
        (await WhoDoesWhatAsync(client, network, query)).GetProperty("organisations").GetProperty("items").EnumerateArray()
            .Select(o => o.GetProperty("name").GetString()!).ToList();

    /// <summary>The count in the overview's table by role for the role with this (Dutch) label; 0 when the role has no row.</summary>
    private static int CountFor(AngleSharp.Dom.IDocument overview, string roleLabel) =>
        overview.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr")
            .Where(r => r.QuerySelector("th")!.TextContent.Trim() == roleLabel)
            .Select(r => int.Parse(r.QuerySelector("td")!.TextContent, System.Globalization.CultureInfo.InvariantCulture))
            .SingleOrDefault();

    private async Task<Guid?> VersionAsync(Network network) =>
        await app.WithDbAsync(db => db.Set<NetworkVersion>().Where(v => v.NetworkId == network.Id).Select(v => (Guid?)v.Version).SingleOrDefaultAsync());
}

public sealed class ReadModelTestsOnSqlite(SqliteApp app) : ReadModelTests(app);

public sealed class ReadModelTestsOnPostgres(PostgresApp app) : ReadModelTests(app);
