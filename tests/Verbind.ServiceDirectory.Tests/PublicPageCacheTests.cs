using System.Net;
using Verbind.Platform.Tenancy;
using Verbind.Testing;
using static Verbind.ServiceDirectory.Tests.SearchArrange;

namespace Verbind.ServiceDirectory.Tests;

/// <summary>The public search page and the HSDS search are cached for anonymous visitors (ADR 0015).</summary>
public abstract class PublicPageCacheTests(AppFactory app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_anonymous_search_is_served_from_the_cache_and_carries_nothing_personal()
    {
        var url = $"/aanbod?plaats={NewMunicipality()}";
        using var client = app.NewClient();

        using var first = await client.Http.GetAsync(url, Cancel);
        using var second = await client.Http.GetAsync(url, Cancel);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(first.Headers.Contains("Age"));
        Assert.True(second.Headers.Contains("Age"), "the second answer comes from the cache");
        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("__RequestVerificationToken", await second.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_visitor_always_gets_a_fresh_page()
    {
        var network = await app.CreateNetworkAsync();
        using var member = await app.SignInAsync(await app.CreateUserAsync(network, NetworkRole.Viewer));
        var url = $"/aanbod?plaats={NewMunicipality()}";

        using var first = await member.Http.GetAsync(url, Cancel);
        using var second = await member.Http.GetAsync(url, Cancel);

        Assert.False(second.Headers.Contains("Age"));
        Assert.Contains("__RequestVerificationToken", await second.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_language_has_its_own_cached_page()
    {
        var url = $"/aanbod?plaats={NewMunicipality()}";
        using var dutch = app.NewClient();
        using var french = app.NewClient();
        french.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-BE");

        await dutch.GetPageAsync(url);
        var page = await french.GetPageAsync(url);

        Assert.Equal("fr-BE", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_change_to_the_services_shows_at_once_on_a_cached_search()
    {
        var network = await app.CreateNetworkAsync();
        var organisation = await CreateOrganisationAsync(app, network, "Cache vzw");
        var place = NewMunicipality();
        var url = $"/aanbod?plaats={place}";
        using var client = app.NewClient();
        Assert.Empty((await client.GetPageAsync(url)).QuerySelectorAll(".directory-result__name"));

        await CreateServiceAsync(app, network, organisation, "Babbelhoek", place);
        await IndexedAsync(app, place, 1);

        var names = (await client.GetPageAsync(url)).QuerySelectorAll(".directory-result__name").Select(e => e.TextContent.Trim());
        Assert.Equal(["Babbelhoek"], names);
    }

    [Fact]
    public async Task The_hsds_search_is_cached_and_the_full_stream_never()
    {
        using var client = app.NewClient();
        var search = "/hsds/services?search=" + Guid.NewGuid().ToString("N")[..10];

        using var _ = await client.Http.GetAsync(search, Cancel);
        using var cached = await client.Http.GetAsync(search, Cancel);
        using var __ = await client.Http.GetAsync("/hsds/services?format=ndjson", Cancel);
        using var stream = await client.Http.GetAsync("/hsds/services?format=ndjson", Cancel);

        Assert.True(cached.Headers.Contains("Age"));
        Assert.False(stream.Headers.Contains("Age"));
    }
}

public sealed class PublicPageCacheTestsOnSqlite(SqliteApp app) : PublicPageCacheTests(app);

public sealed class PublicPageCacheTestsOnPostgres(PostgresApp app) : PublicPageCacheTests(app);
