using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Data;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Partners.Tests;

/// <summary>Nothing of network B shows in network A, by page or by API, whatever id or filter is tried.</summary>
public abstract class IsolationTests(AppFactory app)
{
    [Fact]
    public async Task An_organisation_only_in_another_network_is_not_found_by_page_or_api()
    {
        var (networkA, coordinator) = await app.NetworkWithCoordinatorAsync();
        var networkB = await app.CreateNetworkAsync();
        var hidden = await app.OrganisationAsync(networkB, "Alleen in B");
        var hiddenPerson = await app.PersonAsync(networkB, hidden, "Persoon van B");
        var hiddenPlace = await app.PlaceAsync(networkB, "Plaats van B", hidden);
        var a = networkA.Slug;

        foreach (var url in new[]
        {
            $"/netwerk/{a}/organisaties/{hidden.Id}", $"/netwerk/{a}/organisaties/{hidden.Id}/bewerken",
            $"/netwerk/{a}/personen/{hiddenPerson.Id}", $"/netwerk/{a}/personen/{hiddenPerson.Id}/bewerken",
            $"/netwerk/{a}/plaatsen/{hiddenPlace.Id}", $"/netwerk/{a}/plaatsen/{hiddenPlace.Id}/bewerken",
            $"/api/netwerken/{a}/organisaties/{hidden.Id}", $"/api/netwerken/{a}/plaatsen/{hiddenPlace.Id}",
        })
        {
            using var response = await coordinator.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        }
        using var put = await coordinator.SendJsonTextAsync(HttpMethod.Put, $"/api/netwerken/{a}/organisaties/{hidden.Id}",
            """{"name":"Overgenomen","kind":"Ngo","sector":"Social"}""");
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal("Alleen in B", (await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Id == hidden.Id))).Name);
    }

    [Fact]
    public async Task Another_networks_people_and_places_never_appear_in_lists_or_who_does_what()
    {
        var (networkA, coordinator) = await app.NetworkWithCoordinatorAsync();
        var networkB = await app.CreateNetworkAsync();
        var ownOrganisation = await app.OrganisationAsync(networkA, "Eigen organisatie");
        var shared = await app.OrganisationAsync(networkB, "Gedeelde organisatie");
        await app.JoinAsync(networkA, shared);
        await app.PersonAsync(networkA, ownOrganisation, "Zichtbare Zorgverlener", "borstvoeding");
        var placeB = await app.PlaceAsync(networkB, "Verborgen Plaats", shared);
        await app.PersonAsync(networkB, shared, "Verborgen Zorgverlener", "borstvoeding", place: placeB);
        var a = networkA.Slug;

        foreach (var url in new[]
        {
            $"/netwerk/{a}/personen", $"/netwerk/{a}/personen?q=verborgen", $"/netwerk/{a}/plaatsen",
            $"/netwerk/{a}/wie-doet-wat?expertise=borstvoeding", $"/netwerk/{a}/wie-doet-wat?q=verborgen", $"/netwerk/{a}/wie-doet-wat?place={placeB.Id}",
            $"/netwerk/{a}", $"/netwerk/{a}/organisaties/{shared.Id}",
            $"/api/netwerken/{a}/personen", $"/api/netwerken/{a}/plaatsen", $"/api/netwerken/{a}/wie-doet-wat?expertise=borstvoeding",
            $"/api/netwerken/{a}/wie-doet-wat?place={placeB.Id}", $"/api/netwerken/{a}/organisaties/{shared.Id}",
        })
        {
            using var response = await coordinator.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotContain("Verborgen", body, StringComparison.Ordinal);
        }
        var found = await coordinator.GetPageAsync($"/netwerk/{a}/wie-doet-wat?expertise=borstvoeding");
        Assert.Contains("Zichtbare Zorgverlener", found.QuerySelector("#wdw-people")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_of_one_network_gets_404_for_every_page_and_api_of_another()
    {
        var (_, coordinator) = await app.NetworkWithCoordinatorAsync();
        var other = await app.CreateNetworkAsync();
        var organisation = await app.OrganisationAsync(other);
        foreach (var url in new[]
        {
            $"/netwerk/{other.Slug}", $"/netwerk/{other.Slug}/organisaties", $"/netwerk/{other.Slug}/organisaties/{organisation.Id}",
            $"/netwerk/{other.Slug}/personen", $"/netwerk/{other.Slug}/plaatsen", $"/netwerk/{other.Slug}/wie-doet-wat",
            $"/api/netwerken/{other.Slug}/organisaties", $"/api/netwerken/{other.Slug}/personen", $"/api/netwerken/{other.Slug}/wie-doet-wat",
        })
        {
            using var response = await coordinator.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_person_cannot_be_put_in_another_networks_organisation_or_place()
    {
        var (networkA, coordinator) = await app.NetworkWithCoordinatorAsync();
        var networkB = await app.CreateNetworkAsync();
        var own = await app.OrganisationAsync(networkA);
        var foreign = await app.OrganisationAsync(networkB);
        var foreignPlace = await app.PlaceAsync(networkB);

        using var response = await coordinator.SubmitFormAsync($"/netwerk/{networkA.Slug}/personen/nieuw", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Indringer",
            ["Input.OrganisationId"] = foreign.Id.ToString(),
            ["Input.PlaceId"] = foreignPlace.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await TestClient.ParseAsync(response)).QuerySelector("[role=alert]"));
        Assert.False(await app.WithDbAsync(db => db.People.AnyAsync(p => p.FullName == "Indringer")));
        _ = own;
    }
}

public sealed class IsolationTestsOnSqlite(SqliteApp app) : IsolationTests(app);

public sealed class IsolationTestsOnPostgres(PostgresApp app) : IsolationTests(app);
