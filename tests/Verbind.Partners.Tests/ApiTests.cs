using System.Net;
using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Data;
using Verbind.Partners.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Partners.Tests;

public abstract class ApiTests(AppFactory app)
{
    [Fact]
    public async Task Organisations_are_listed_page_by_page_with_filters()
    {
        var (network, viewer, _) = await app.SignedInAsync(NetworkRole.Viewer);
        for (var i = 0; i < 27; i++)
        {
            await app.OrganisationAsync(network, $"Opvang {i:D2}", kind: OrganisationKind.Childcare, sector: Sector.Childcare);
        }
        await app.OrganisationAsync(network, "Gemeente Test", MembershipRole.LeadOrganisation, OrganisationKind.Municipality, Sector.LocalGovernment);

        using var first = await viewer.GetAsync($"/api/netwerken/{network.Slug}/organisaties?kind=Childcare");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var json = await first.JsonAsync();
        Assert.Equal(27, json.GetProperty("total").GetInt32());
        Assert.Equal(25, json.GetProperty("items").GetArrayLength());
        Assert.Equal(2, json.GetProperty("pageCount").GetInt32());
        using var lead = await viewer.GetAsync($"/api/netwerken/{network.Slug}/organisaties?role=leadorganisation");
        var item = Assert.Single((await lead.JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal("Gemeente Test", item.GetProperty("name").GetString());
        Assert.Equal("Municipality", item.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_coordinator_creates_and_updates_an_organisation_by_json()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        var kbo = Arrange.UniqueKbo();

        using var created = await coordinator.PostJsonAsync($"/api/netwerken/{network.Slug}/organisaties", new
        {
            name = "Huisartsenpraktijk De Esdoorn", kind = "GeneralPractice", sector = "Medical", country = "BE",
            enterpriseNumber = kbo, postcode = "3999", municipality = "Zonnedal", role = "Partner",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.JsonAsync();
        Assert.False(body.GetProperty("linkedExisting").GetBoolean());
        var id = body.GetProperty("organisation").GetProperty("id").GetGuid();
        Assert.Equal($"/api/netwerken/{network.Slug}/organisaties/{id}", TestClient.LocalPath(created.Headers.Location!));

        using var updated = await coordinator.SendJsonTextAsync(HttpMethod.Put, $"/api/netwerken/{network.Slug}/organisaties/{id}",
            $$"""{"name":"De Esdoorn","kind":"GeneralPractice","sector":"Medical","enterpriseNumber":"{{kbo}}","website":"https://esdoorn.example"}""");
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        using var read = await coordinator.GetAsync($"/api/netwerken/{network.Slug}/organisaties/{id}");
        var organisation = await read.JsonAsync();
        Assert.Equal("De Esdoorn", organisation.GetProperty("name").GetString());
        Assert.Equal("https://esdoorn.example/", organisation.GetProperty("website").GetString());
        Assert.Equal("Partner", organisation.GetProperty("memberships")[0].GetProperty("role").GetString());
    }

    [Fact]
    public async Task Invalid_values_come_back_as_a_validation_problem_with_field_errors()
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();

        using var response = await coordinator.PostJsonAsync($"/api/netwerken/{network.Slug}/organisaties", new
        {
            name = new string('a', 10_000), kind = "Banana", sector = "7", enterpriseNumber = "0403.170.702", website = "ftp://x", role = "Partner",
        });

        Arrange.AssertProblem(response, HttpStatusCode.BadRequest);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Contains("200", errors.GetProperty("name")[0].GetString(), StringComparison.Ordinal);
        foreach (var field in new[] { "kind", "sector", "enterpriseNumber", "website" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }
        Assert.Equal(0, await app.WithDbAsync(db => db.Memberships.CountAsync(m => m.NetworkId == network.Id)));
    }

    [Theory]
    [InlineData("""{"name": 123, "kind": "Ngo", "sector": "Social", "role": "Partner"}""")]
    [InlineData("""{"name": ["a"], "kind": "Ngo"}""")]
    [InlineData("""{"name": "x", "kind": {"nested": true}}""")]
    [InlineData("""{"name": "unterminated""")]
    [InlineData("""[]""")]
    [InlineData("""null""")]
    public async Task Wrong_json_is_a_400_problem_never_a_500(string json)
    {
        var (network, coordinator) = await app.NetworkWithCoordinatorAsync();
        using var response = await coordinator.SendJsonTextAsync(HttpMethod.Post, $"/api/netwerken/{network.Slug}/organisaties", json);
        Arrange.AssertProblem(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("organisaties?page=abc")]
    [InlineData("organisaties?page=0")]
    [InlineData("organisaties?kind=Banana")]
    [InlineData("organisaties?status=Sometimes")]
    [InlineData("organisaties/not-a-guid")]
    [InlineData("personen?organisation=123")]
    [InlineData("plaatsen/1")]
    [InlineData("wie-doet-wat?place=nope")]
    [InlineData("wie-doet-wat?sector=Medicine")]
    public async Task Wrong_query_values_are_a_400_problem(string path)
    {
        var (network, viewer, _) = await app.SignedInAsync(NetworkRole.Viewer);
        using var response = await viewer.GetAsync($"/api/netwerken/{network.Slug}/{path}");
        Arrange.AssertProblem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_huge_search_is_refused_with_a_message()
    {
        var (network, viewer, _) = await app.SignedInAsync(NetworkRole.Viewer);
        using var response = await viewer.GetAsync($"/api/netwerken/{network.Slug}/wie-doet-wat?q={new string('z', 5000)}");
        Arrange.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task Only_coordinators_write_and_only_members_read()
    {
        var (network, viewer, _) = await app.SignedInAsync(NetworkRole.Viewer);
        var organisation = await app.OrganisationAsync(network);
        using var post = await viewer.PostJsonAsync($"/api/netwerken/{network.Slug}/organisaties", new { name = "x", kind = "Ngo", sector = "Social", role = "Partner" });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        var partner = await app.SignInAsync(await app.CreateUserAsync(network, NetworkRole.PartnerMember));
        using var put = await partner.SendJsonTextAsync(HttpMethod.Put, $"/api/netwerken/{network.Slug}/organisaties/{organisation.Id}", """{"name":"x","kind":"Ngo","sector":"Social"}""");
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);

        using var anonymous = app.NewClient();
        using var read = await anonymous.GetAsync($"/api/netwerken/{network.Slug}/organisaties");
        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
    }
}

public sealed class ApiTestsOnSqlite(SqliteApp app) : ApiTests(app);

public sealed class ApiTestsOnPostgres(PostgresApp app) : ApiTests(app);
