using System.Net;
using System.Text.Json.Nodes;
using Verbind.Testing;

namespace Verbind.ServiceDirectory.Tests;

/// <summary>The HSDS API through HTTP; every answer is validated against the official HSDS 3.1 schemas.</summary>
public abstract class HsdsApiTests(AppFactory app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<JsonNode?> GetJsonAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = app.NewClient();
        using var response = await client.Http.GetAsync(url, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(expected == response.StatusCode, $"{url}: {response.StatusCode} {body}");
        return JsonNode.Parse(body);
    }

    [Fact]
    public async Task The_root_names_the_version_and_the_openapi_document()
    {
        var info = await GetJsonAsync("/hsds/");
        Assert.Equal("3.1", (string?)info!["version"]);
        Assert.True(Uri.IsWellFormedUriString((string?)info["profile"], UriKind.Absolute));
        var openapi = await GetJsonAsync(new Uri((string)info["openapi_url"]!).PathAndQuery);
        Assert.NotNull(openapi!["paths"]!["/hsds/services"]);
        Assert.NotNull(openapi["paths"]!["/hsds/service_at_locations"]);
    }

    [Fact]
    public async Task Services_lists_only_active_services_in_the_list_shape()
    {
        var world = await HsdsArrange.PublishedAsync(app);
        var page = await GetJsonAsync($"/hsds/services?organization_id={world.Organisation.Id}");
        var contents = await HsdsSchemas.AssertPageAsync(page, "compiled/service_list.json");
        Assert.Equal([world.Playgroup.Name, world.Teens.Name], contents.Select(s => (string)s!["name"]!).Order());
        Assert.Equal(2, (int)page!["total_items"]!);
        Assert.True((bool)page["first_page"]! && (bool)page["last_page"]! && !(bool)page["empty"]!);
        var playgroup = contents.Single(s => (Guid)s!["id"]! == world.Playgroup.Id)!;
        Assert.Equal("active", (string?)playgroup["status"]);
        Assert.Equal(0m, (decimal)playgroup["minimum_age"]!);
        Assert.Equal(3m, (decimal)playgroup["maximum_age"]!);
        Assert.Equal("2026-02-01", (string?)playgroup["assured_date"]);
        Assert.Null(playgroup["phones"]);
    }

    [Fact]
    public async Task Pages_are_counted_as_the_specification_says()
    {
        var world = await HsdsArrange.PublishedAsync(app);
        var first = await GetJsonAsync($"/hsds/services?organization_id={world.Organisation.Id}&per_page=1");
        await HsdsSchemas.AssertPageAsync(first, "compiled/service_list.json");
        Assert.Equal(2, (int)first!["total_pages"]!);
        Assert.True((bool)first["first_page"]! && !(bool)first["last_page"]!);
        var second = await GetJsonAsync($"/hsds/services?organization_id={world.Organisation.Id}&per_page=1&page=2");
        Assert.True(!(bool)second!["first_page"]! && (bool)second["last_page"]!);
        Assert.Equal(2, (int)second["page_number"]!);
        Assert.NotEqual((string?)first["contents"]![0]!["id"], (string?)second["contents"]![0]!["id"]);
        var beyond = await GetJsonAsync($"/hsds/services?organization_id={world.Organisation.Id}&per_page=1&page=9");
        Assert.Equal(0, (int)beyond!["size"]!);
        var none = await GetJsonAsync($"/hsds/services?organization_id={Guid.NewGuid()}");
        Assert.True((bool)none!["empty"]!);
        Assert.Equal(0, (int)none["total_pages"]!);
    }

    [Fact]
    public async Task A_service_is_fully_nested_and_hides_a_redacted_street()
    {
        var world = await HsdsArrange.PublishedAsync(app);
        var service = await GetJsonAsync($"/hsds/services/{world.Playgroup.Id}");
        await HsdsSchemas.AssertValidAsync(service, "compiled/service.json");
        Assert.Equal(world.Organisation.Name, (string?)service!["organization"]!["name"]);
        Assert.Null(service["organization"]!["website"]); // "www.speelhoek.example" is not a URI
        Assert.Equal(2, service["service_at_locations"]!.AsArray().Count);
        Assert.Single(service["attributes"]!.AsArray(), a => (Guid)a!["taxonomy_term_id"]! == world.SubTerm.Id);
        Assert.Equal(12m, (decimal)service["service_at_locations"]!.AsArray().Single(l => (Guid)l!["location_id"]! == world.Open.Id)!["location"]!["phones"]![0]!["extension"]!);
        var json = service.ToJsonString();
        Assert.Contains("Kerkplein 7", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Geheimstraat", json, StringComparison.Ordinal);
        Assert.DoesNotContain("50.891234", json, StringComparison.Ordinal);
        var hidden = service["service_at_locations"]!.AsArray().Single(l => (Guid)l!["location_id"]! == world.Hidden.Id)!["location"]!;
        Assert.Equal(50.89, (double)hidden["latitude"]!);
        Assert.Equal("", (string?)hidden["addresses"]![0]!["address_1"]);
    }

    [Fact]
    public async Task A_service_that_is_not_active_or_does_not_exist_is_a_404_problem()
    {
        var world = await HsdsArrange.PublishedAsync(app);
        using var client = app.NewClient();
        foreach (var url in new[] { $"/hsds/services/{world.Inactive.Id}", $"/hsds/services/{Guid.NewGuid()}", $"/hsds/organizations/{world.OrganisationWithoutServices.Id}" })
        {
            using var response = await client.Http.GetAsync(url, Cancel);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Filters_combine_as_and()
    {
        var world = await HsdsArrange.PublishedAsync(app);
        var org = $"organization_id={world.Organisation.Id}";
        async Task<string[]> Names(string query)
        {
            var page = await GetJsonAsync($"/hsds/services?{org}&{query}");
            var contents = await HsdsSchemas.AssertPageAsync(page, "compiled/service_list.json");
            return contents.Select(s => (string)s!["name"]!).Order().ToArray();
        }
        Assert.Equal([world.Playgroup.Name], await Names($"taxonomy_term_id={world.SubTerm.Id}"));
        Assert.Equal([world.Playgroup.Name, world.Teens.Name], await Names($"taxonomy_id={world.Taxonomy.Id}"));
        Assert.Empty(await Names($"taxonomy_term_id={world.SubTerm.Id}&taxonomy_term_id_unused=1&minimum_age=12"));
        Assert.Equal([world.Teens.Name], await Names("minimum_age=12"));
        Assert.Equal([world.Playgroup.Name], await Names("maximum_age=2"));
        Assert.Equal([world.Playgroup.Name, world.Teens.Name], await Names("minimum_age=2&maximum_age=13"));
        Assert.Equal([world.Teens.Name], await Names("modified_after=2026-03-05T00:00:00Z"));
        Assert.Equal([world.Playgroup.Name], await Names("day=WE&time=10:30"));
        Assert.Empty(await Names("day=WE&time=12:00"));
        Assert.Equal([world.Teens.Name], await Names("day=monday"));
        await SearchArrange.EventuallyAsync(async () => (await Names("search=babyspeelgroep")).Length > 0, "the new services are in the search index");
        Assert.Equal([world.Playgroup.Name], await Names("search=babyspeelgroep"));
        Assert.Empty(await Names($"search=babyspeelgroep&taxonomy_term_id={world.OtherTerm.Id}"));
    }

    [Fact]
    public async Task A_text_search_pages_through_its_matches_in_order()
    {
        var world = await HsdsArrange.PublishedAsync(app);
        var suffix = world.Playgroup.Name.Split(' ')[^1];
        var query = $"/hsds/services?organization_id={world.Organisation.Id}&search={suffix}&per_page=1";
        await SearchArrange.EventuallyAsync(async () => (int)(await GetJsonAsync(query))!["total_items"]! == 2, "both services are in the search index");

        var pages = new List<string>();
        for (var number = 1; number <= 3; number++)
        {
            var page = await GetJsonAsync($"{query}&page={number}");
            Assert.Equal(2, (int)page!["total_items"]!);
            pages.AddRange((await HsdsSchemas.AssertPageAsync(page, "compiled/service_list.json")).Select(s => (string)s!["name"]!));
        }

        Assert.Equal([world.Playgroup.Name, world.Teens.Name], pages.Order());
    }

    [Fact]
    public async Task Minimal_and_full_lists_keep_to_the_schemas()
    {
        var world = await HsdsArrange.PublishedAsync(app);
        var minimal = await GetJsonAsync($"/hsds/services?organization_id={world.Organisation.Id}&minimal=true");
        var items = await HsdsSchemas.AssertPageAsync(minimal, "compiled/service_list.json");
        Assert.All(items, i => Assert.Null(i!["description"]));
        var full = await GetJsonAsync($"/hsds/services?organization_id={world.Organisation.Id}&full=true");
        var nested = await HsdsSchemas.AssertPageAsync(full, "compiled/service.json");
        Assert.Contains(nested, s => s!["service_at_locations"]!.AsArray().Count == 2);
    }

    [Fact]
    public async Task Ndjson_streams_every_match_one_per_line()
    {
        var world = await HsdsArrange.PublishedAsync(app);
        using var client = app.NewClient();
        // A text search reads the search index, which follows the database every few seconds.
        await SearchArrange.EventuallyAsync(async () =>
            (await client.Http.GetStringAsync($"/hsds/services?format=ndjson&organization_id={world.Organisation.Id}&search=tienerpraat", Cancel)).Trim().Length > 0,
            "the new services are in the search index");
        foreach (var (query, schema) in new[] { ("", "compiled/service_list.json"), ("&full=true", "compiled/service.json"), ("&search=tienerpraat", "compiled/service_list.json") })
        {
            using var response = await client.Http.GetAsync($"/hsds/services?format=ndjson&organization_id={world.Organisation.Id}{query}", Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
            var lines = (await response.Content.ReadAsStringAsync(Cancel)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(query.Contains("search", StringComparison.Ordinal) ? 1 : 2, lines.Length);
            foreach (var line in lines)
            {
                await HsdsSchemas.AssertValidAsync(JsonNode.Parse(line), schema);
            }
        }
    }

    [Fact]
    public async Task Organizations_are_those_with_active_services()
    {
        var world = await HsdsArrange.PublishedAsync(app);
        var page = await GetJsonAsync($"/hsds/organizations?search={Uri.EscapeDataString(world.Organisation.Name)}");
        var contents = await HsdsSchemas.AssertPageAsync(page, "compiled/organization_list.json");
        Assert.Equal(world.Organisation.Id, (Guid)Assert.Single(contents)!["id"]!);
        var silent = await GetJsonAsync($"/hsds/organizations?search={Uri.EscapeDataString(world.OrganisationWithoutServices.Name)}");
        Assert.True((bool)silent!["empty"]!);
        var byTerm = await GetJsonAsync($"/hsds/organizations?taxonomy_term_id={world.OtherTerm.Id}");
        Assert.Equal(world.Organisation.Id, (Guid)Assert.Single(await HsdsSchemas.AssertPageAsync(byTerm, "compiled/organization_list.json"))!["id"]!);
        var one = await GetJsonAsync($"/hsds/organizations/{world.Organisation.Id}");
        await HsdsSchemas.AssertValidAsync(one, "compiled/organization.json");
        Assert.Equal(2, one!["services"]!.AsArray().Count);
    }

    [Fact]
    public async Task Service_at_locations_filter_by_postcode_and_proximity()
    {
        var world = await HsdsArrange.PublishedAsync(app);
        var org = $"organization_id={world.Organisation.Id}";
        var all = await HsdsSchemas.AssertPageAsync(await GetJsonAsync($"/hsds/service_at_locations?{org}"), "compiled/service_at_location_list.json");
        Assert.Equal(2, all.Count);
        var inLeuven = await HsdsSchemas.AssertPageAsync(await GetJsonAsync($"/hsds/service_at_locations?{org}&postcode=3000"), "compiled/service_at_location_list.json");
        Assert.Equal(2, inLeuven.Count); // the hidden one is in 3010, but the service's area covers 3000
        var near = await HsdsSchemas.AssertPageAsync(await GetJsonAsync($"/hsds/service_at_locations?{org}&postcode=3000&proximity=2000"), "compiled/service_at_location_list.json");
        Assert.Equal(world.Open.Id, (Guid)Assert.Single(near)!["location_id"]!);
        var wide = await HsdsSchemas.AssertPageAsync(await GetJsonAsync($"/hsds/service_at_locations?{org}&postcode=3000&proximity=10000"), "compiled/service_at_location_list.json");
        Assert.Equal(2, wide.Count);
        var far = await GetJsonAsync($"/hsds/service_at_locations?{org}&postcode=9000&proximity=5000");
        Assert.True((bool)far!["empty"]!);
        var one = await GetJsonAsync($"/hsds/service_at_locations/{(string)all[0]!["id"]!}");
        await HsdsSchemas.AssertValidAsync(one, "compiled/service_at_location.json");
        Assert.DoesNotContain("Geheimstraat", (await GetJsonAsync($"/hsds/service_at_locations?{org}&full=true"))!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Taxonomies_and_terms_keep_to_the_schemas()
    {
        var world = await HsdsArrange.PublishedAsync(app);
        var taxonomies = await HsdsSchemas.AssertPageAsync(await GetJsonAsync($"/hsds/taxonomies?search={world.Taxonomy.Code}"), "taxonomy.json");
        Assert.Equal(world.Taxonomy.Id, (Guid)Assert.Single(taxonomies)!["id"]!);
        await HsdsSchemas.AssertValidAsync(await GetJsonAsync($"/hsds/taxonomies/{world.Taxonomy.Id}"), "taxonomy.json");
        var terms = await HsdsSchemas.AssertPageAsync(await GetJsonAsync($"/hsds/taxonomy_terms?taxonomy_id={world.Taxonomy.Id}"), "taxonomy_term.json");
        Assert.Equal(3, terms.Count);
        var top = await HsdsSchemas.AssertPageAsync(await GetJsonAsync($"/hsds/taxonomy_terms?taxonomy_id={world.Taxonomy.Id}&top_only=true"), "taxonomy_term.json");
        Assert.Equal(2, top.Count);
        var children = await HsdsSchemas.AssertPageAsync(await GetJsonAsync($"/hsds/taxonomy_terms?parent_id={world.Pillar.Id}"), "taxonomy_term.json");
        Assert.Equal(world.SubTerm.Id, (Guid)Assert.Single(children)!["id"]!);
        var term = await GetJsonAsync($"/hsds/taxonomy_terms/{world.SubTerm.Id}");
        await HsdsSchemas.AssertValidAsync(term, "taxonomy_term.json");
        Assert.Equal(world.Taxonomy.Code, (string?)term!["taxonomy"]);
    }

    [Theory]
    [InlineData("/hsds/services?page=0")]
    [InlineData("/hsds/services?page=-1")]
    [InlineData("/hsds/services?page=abc")]
    [InlineData("/hsds/services?per_page=100000")]
    [InlineData("/hsds/services?per_page=1.5")]
    [InlineData("/hsds/services?page=99999999999999999999")]
    [InlineData("/hsds/services?taxonomy_term_id=not-a-uuid")]
    [InlineData("/hsds/services?organization_id=%27%20OR%201%3D1--")]
    [InlineData("/hsds/services?modified_after=yesterday")]
    [InlineData("/hsds/services?minimal=maybe")]
    [InlineData("/hsds/services?format=xml")]
    [InlineData("/hsds/services?minimum_age=old")]
    [InlineData("/hsds/services?minimum_age=10&maximum_age=3")]
    [InlineData("/hsds/services?day=Funday")]
    [InlineData("/hsds/services?time=10:00")]
    [InlineData("/hsds/services?page=1&page=2")]
    [InlineData("/hsds/services/not-a-uuid")]
    [InlineData("/hsds/services/%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/hsds/organizations?per_page=0")]
    [InlineData("/hsds/organizations/123")]
    [InlineData("/hsds/service_at_locations?proximity=500")]
    [InlineData("/hsds/service_at_locations?postcode=0000&proximity=500")]
    [InlineData("/hsds/service_at_locations?postcode=3000&proximity=-5")]
    [InlineData("/hsds/taxonomy_terms?parent_id=x")]
    [InlineData("/hsds/taxonomy_terms?top_only=2")]
    [InlineData("/hsds/taxonomies/%F0%9F%98%80")]
    public async Task Bad_parameters_are_a_400_problem(string url)
    {
        using var client = app.NewClient();
        using var response = await client.Http.GetAsync(url, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(400, (int)problem!["status"]!);
        Assert.NotEmpty(problem["errors"]!.AsObject());
    }

    [Fact]
    public async Task A_search_of_ten_thousand_characters_is_refused_and_hostile_text_is_harmless()
    {
        using var client = app.NewClient();
        using var tooLong = await client.Http.GetAsync("/hsds/services?search=" + new string('a', 10_000), Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("application/problem+json", tooLong.Content.Headers.ContentType?.MediaType);
        foreach (var text in new[] { "<script>alert(1)</script>", "'; DROP TABLE directory_services; --", "👶🍼", "%", "_" })
        {
            var page = await GetJsonAsync("/hsds/services?search=" + Uri.EscapeDataString(text));
            await HsdsSchemas.AssertPageAsync(page, "compiled/service_list.json");
        }
    }

    [Fact]
    public async Task Reads_are_open_to_every_origin()
    {
        using var client = app.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hsds/services?per_page=1");
        request.Headers.Add("Origin", "https://elders.example");
        using var response = await client.Http.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var page = new HttpRequestMessage(HttpMethod.Get, "/");
        page.Headers.Add("Origin", "https://elders.example");
        using var pageResponse = await client.Http.SendAsync(page, Cancel);
        Assert.False(pageResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }
}

public sealed class HsdsApiTestsOnSqlite(SqliteApp app) : HsdsApiTests(app);

public sealed class HsdsApiTestsOnPostgres(PostgresApp app) : HsdsApiTests(app);
