using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Data;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Partners.Tests;

public abstract class PeopleAndPlacesTests(AppFactory app)
{
    [Fact]
    public async Task A_coordinator_adds_a_person_with_expertise_who_then_shows_in_the_list()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var organisation = await app.OrganisationAsync(network, "Consultatiebureau");
        var place = await app.PlaceAsync(network, "Huis van het Kind");

        using var saved = await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/personen/nieuw?organisatie={organisation.Id}", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Els Verhoeven",
            ["Input.Function"] = "Verpleegkundige",
            ["Input.Expertise"] = "Borstvoeding, Slaap, borstvoeding",
            ["Input.Email"] = "Els.Verhoeven@Example.org",
            ["Input.Phone"] = "+32 470 12 34 56",
            ["Input.PlaceId"] = place.Id.ToString(),
            ["Input.IsRepresentative"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var person = await app.WithDbAsync(db => db.People.SingleAsync(p => p.NetworkId == network.Id));
        Assert.Equal(["borstvoeding", "slaap"], person.Expertise);
        Assert.Equal("els.verhoeven@example.org", person.Email);
        Assert.Equal(organisation.Id, person.OrganisationId);
        Assert.True(person.IsRepresentative);
        var list = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/personen?q=VERHOEVEN");
        Assert.Contains("borstvoeding, slaap", list.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        var byOrganisation = await coordinator.GetPageAsync($"/netwerk/{network.Slug}/personen?q=consultatiebureau");
        Assert.Single(byOrganisation.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task A_person_with_too_many_or_too_long_values_is_refused()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var organisation = await app.OrganisationAsync(network);
        using var response = await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/personen/nieuw", new Dictionary<string, string>
        {
            ["Input.FullName"] = new string('n', 10_000),
            ["Input.OrganisationId"] = organisation.Id.ToString(),
            ["Input.Expertise"] = string.Join(',', Enumerable.Range(0, 30).Select(i => $"tag{i}")),
            ["Input.Email"] = "geen-adres",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alert = (await TestClient.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("200", alert, StringComparison.Ordinal);
        Assert.Contains("20 trefwoorden", alert, StringComparison.Ordinal);
        Assert.Contains("e-mailadres", alert, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.People.AnyAsync(p => p.NetworkId == network.Id)));
    }

    [Fact]
    public async Task A_partner_member_manages_only_the_people_of_their_own_organisation()
    {
        var network = await app.CreateNetworkAsync();
        var user = await app.CreateUserAsync(network, NetworkRole.PartnerMember);
        var own = await app.OrganisationAsync(network, "Eigen");
        var other = await app.OrganisationAsync(network, "Ander");
        await app.PersonAsync(network, own, "Ikzelf", email: user.Email);
        var colleague = await app.PersonAsync(network, other, "Iemand anders");
        var client = await app.SignInAsync(user);

        using var added = await client.SubmitFormAsync($"/netwerk/{network.Slug}/personen/nieuw", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Nieuwe collega",
            ["Input.OrganisationId"] = own.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        using var intoOther = await client.SubmitFormAsync($"/netwerk/{network.Slug}/personen/nieuw", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Ingeschoven",
            ["Input.OrganisationId"] = other.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, intoOther.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.People.AnyAsync(p => p.FullName == "Ingeschoven")));
        using var editOther = await client.GetAsync($"/netwerk/{network.Slug}/personen/{colleague.Id}/bewerken");
        Assert.Equal(HttpStatusCode.Forbidden, editOther.StatusCode);
    }

    [Fact]
    public async Task A_person_is_linked_to_the_account_with_the_same_confirmed_email_on_the_networks_landing_page()
    {
        var network = await app.CreateNetworkAsync();
        var user = await app.CreateUserAsync(network, NetworkRole.Viewer);
        var organisation = await app.OrganisationAsync(network);
        var person = await app.PersonAsync(network, organisation, email: user.Email);
        var client = await app.SignInAsync(user);

        await client.GetPageAsync($"/netwerk/{network.Slug}");

        Assert.Equal(user.Id, (await app.WithDbAsync(db => db.People.SingleAsync(p => p.Id == person.Id))).UserId);
        var page = await client.GetPageAsync($"/netwerk/{network.Slug}/personen/{person.Id}");
        Assert.Contains("Gekoppeld", page.QuerySelector("dl")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_place_with_hours_that_close_before_they_open_is_refused_and_a_valid_one_is_saved()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var host = await app.OrganisationAsync(network, "Gemeente Gastheer");
        var form = new Dictionary<string, string>
        {
            ["Input.Name"] = "Huis van het Kind Centrum",
            ["Input.Kind"] = "HuisVanHetKind",
            ["Input.Street"] = "Markt 1",
            ["Input.Postcode"] = "3999",
            ["Input.Municipality"] = "Zonnedal",
            ["Input.HostOrganisationId"] = host.Id.ToString(),
            ["Input.Accessibility"] = "Rolstoeltoegankelijk",
            ["Input.Days[0].Opens"] = "17:00",
            ["Input.Days[0].Closes"] = "09:00",
            ["Input.Days[2].Opens"] = "13:00",
        };
        using var refused = await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/plaatsen/nieuw", form);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var alert = (await TestClient.ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("Maandag", alert, StringComparison.Ordinal);
        Assert.Contains("na het openingsuur", alert, StringComparison.Ordinal);
        Assert.Contains("Woensdag", alert, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Places.AnyAsync(p => p.NetworkId == network.Id)));

        form["Input.Days[0].Opens"] = "09:00";
        form["Input.Days[0].Closes"] = "12:30";
        form["Input.Days[2].Closes"] = "17:00";
        using var saved = await coordinator.SubmitFormAsync($"/netwerk/{network.Slug}/plaatsen/nieuw", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var place = await app.WithDbAsync(db => db.Places.SingleAsync(p => p.NetworkId == network.Id));
        Assert.Equal(
            [new OpeningHours(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(12, 30)), new OpeningHours(DayOfWeek.Wednesday, new TimeOnly(13, 0), new TimeOnly(17, 0))],
            place.Hours);
        Assert.Equal(host.Id, place.HostOrganisationId);
        var page = await coordinator.GetPageAsync(TestClient.LocalPath(saved.Headers.Location!));
        Assert.Contains("09:00–12:30", page.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Gesloten", page.QuerySelector("table")!.TextContent, StringComparison.Ordinal);

        using var api = await coordinator.GetAsync($"/api/netwerken/{network.Slug}/plaatsen");
        var json = await api.JsonAsync();
        Assert.Equal("Monday", json[0].GetProperty("hours")[0].GetProperty("day").GetString());
        Assert.Equal("12:30", json[0].GetProperty("hours")[0].GetProperty("closes").GetString());
    }

    [Fact]
    public async Task Only_coordinators_edit_places()
    {
        var (network, partner, _) = await app.SignedInAsync(NetworkRole.PartnerMember);
        var place = await app.PlaceAsync(network);
        using var response = await partner.GetAsync($"/netwerk/{network.Slug}/plaatsen/{place.Id}/bewerken");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/fout/403", TestClient.LocalPath(response.Headers.Location!), StringComparison.Ordinal);
        var list = await partner.GetPageAsync($"/netwerk/{network.Slug}/plaatsen");
        Assert.Null(list.QuerySelector($"a[href='/netwerk/{network.Slug}/plaatsen/nieuw']"));
    }
}

public sealed class PeopleAndPlacesTestsOnSqlite(SqliteApp app) : PeopleAndPlacesTests(app);

public sealed class PeopleAndPlacesTestsOnPostgres(PostgresApp app) : PeopleAndPlacesTests(app);
