using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Platform.Tests;

/// <summary>
/// Sweeps every endpoint of the whole app that works inside a network ({network} in its route): each
/// one needs a signed-in member, hides itself (404) from members of other networks, and refuses roles
/// below its policy. New modules' endpoints are swept automatically.
/// </summary>
public abstract class TenancyTests(AppFactory app)
{
    [Fact]
    public void Every_network_endpoint_requires_authorisation()
    {
        var open = NetworkEndpoints().Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null).Select(Describe).ToList();
        Assert.True(open.Count == 0, "Network endpoints without [Authorize] or RequireAuthorization:\n" + string.Join("\n", open));
    }

    [Fact]
    public async Task Anonymous_callers_are_sent_to_sign_in_everywhere_in_a_network()
    {
        var network = await app.CreateNetworkAsync();
        using var client = app.NewClient();
        foreach (var (endpoint, method, url) in Requests(network.Slug))
        {
            using var response = await client.Http.SendAsync(new HttpRequestMessage(method, url), TestContext.Current.CancellationToken);
            var toSignIn = response.StatusCode == HttpStatusCode.Unauthorized
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/login", StringComparison.Ordinal));
            Assert.True(toSignIn, $"{method} {url} ({Describe(endpoint)}) answered {(int)response.StatusCode} to an anonymous caller");
        }
    }

    [Fact]
    public async Task Members_of_another_network_get_404_everywhere_in_a_network()
    {
        var mine = await app.CreateNetworkAsync();
        var theirs = await app.CreateNetworkAsync();
        var member = await app.CreateUserAsync(mine, NetworkRole.Coordinator);
        using var client = await app.SignInAsync(member);
        foreach (var (endpoint, method, url) in Requests(theirs.Slug))
        {
            using var response = await client.Http.SendAsync(new HttpRequestMessage(method, url), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {url} ({Describe(endpoint)}) answered {(int)response.StatusCode} to another network's coordinator");
        }
    }

    [Fact]
    public async Task Roles_below_an_endpoints_policy_are_refused()
    {
        var network = await app.CreateNetworkAsync();
        var viewer = await app.CreateUserAsync(network, NetworkRole.Viewer);
        using var client = await app.SignInAsync(viewer);
        var stricter = Requests(network.Slug).Where(r => r.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .Any(a => a.Policy is NetworkPolicies.PartnerMember or NetworkPolicies.Coordinator));
        foreach (var (endpoint, method, url) in stricter)
        {
            using var response = await client.Http.SendAsync(new HttpRequestMessage(method, url), TestContext.Current.CancellationToken);
            var refused = response.StatusCode is HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/fout/403", StringComparison.Ordinal));
            Assert.True(refused, $"{method} {url} ({Describe(endpoint)}) answered {(int)response.StatusCode} to a viewer");
        }
    }

    [Fact]
    public async Task An_unknown_network_is_404_for_everyone()
    {
        var network = await app.CreateNetworkAsync();
        var member = await app.CreateUserAsync(network, NetworkRole.Viewer);
        using var client = await app.SignInAsync(member);
        using var response = await client.Http.GetAsync("/netwerk/bestaat-niet", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private List<RouteEndpoint> NetworkEndpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.GetParameter(NetworkResolutionMiddleware.RouteKey) is not null)
            .ToList();

    /// <summary>One request per endpoint and method, with the network's slug and a fresh id for every other parameter.</summary>
    private IEnumerable<(RouteEndpoint Endpoint, HttpMethod Method, string Url)> Requests(string slug)
    {
        var endpoints = NetworkEndpoints();
        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var url = "/" + string.Join("/", endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternSeparatorPart separator => separator.Content,
                RoutePatternParameterPart { Name: NetworkResolutionMiddleware.RouteKey } => slug,
                RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content is "int" or "long") => "1",
                RoutePatternParameterPart => Guid.CreateVersion7().ToString(),
                _ => "",
            }))));
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                yield return (endpoint, new HttpMethod(method), url);
            }
        }
    }

    private static string Describe(RouteEndpoint endpoint) => endpoint.DisplayName ?? endpoint.RoutePattern.RawText ?? "?";
}

public sealed class TenancyTestsOnSqlite(SqliteApp app) : TenancyTests(app);

public sealed class TenancyTestsOnPostgres(PostgresApp app) : TenancyTests(app);
