using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Verbind.Testing;

namespace Verbind.Platform.Tests;

public abstract class OperationsTests(AppFactory app)
{
    [Fact]
    public async Task Health_answers_200_when_the_database_answers()
    {
        using var client = app.NewClient();
        using var response = await client.Http.GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Pages_carry_a_strict_content_security_policy_and_no_framing()
    {
        using var client = app.NewClient();
        using var response = await client.Http.GetAsync("/", TestContext.Current.CancellationToken);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public void Without_an_exporter_no_traces_are_made()
    {
        // "OpenTelemetry:Exporter" defaults to none: an SDK with nowhere to send would still make a trace
        // for every request and every chat message (ADR 0093).
        Assert.Null(app.Services.GetService<OpenTelemetry.Trace.TracerProvider>());
        Assert.Null(app.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());
    }

    [Fact]
    public async Task An_unknown_page_is_a_friendly_404_with_a_correlation_id()
    {
        using var client = app.NewClient();
        using var response = await client.Http.GetAsync("/bestaat-niet/<script>alert(1)</script>", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Equal("Pagina niet gevonden", page.QuerySelector("h1")?.TextContent);
        Assert.NotEmpty(page.QuerySelector("code")?.TextContent ?? "");
        Assert.DoesNotContain("<script>alert", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_api_address_answers_problem_json()
    {
        using var client = app.NewClient();
        using var response = await client.Http.GetAsync("/api/bestaat-niet", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_network_theme_is_a_stylesheet_with_only_validated_colours()
    {
        var network = await app.CreateNetworkAsync();
        using var client = app.NewClient();
        using var response = await client.Http.GetAsync($"/thema/{network.Slug}.css", TestContext.Current.CancellationToken);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("--verbind-primary: #1a4d7a", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        using var missing = await client.Http.GetAsync("/thema/bestaat-niet.css", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}

public sealed class OperationsTestsOnSqlite(SqliteApp app) : OperationsTests(app);

public sealed class OperationsTestsOnPostgres(PostgresApp app) : OperationsTests(app);
