using System.Net;
using System.Text.Json;
using Verbind.Helpline.Domain;
using Verbind.Testing;

namespace Verbind.Helpline.Tests;

/// <summary>The "chat with us" button's script and status, which partners' sites load from another origin.</summary>
public abstract class WidgetTests(AppFactory app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_script_may_be_loaded_by_other_sites_and_runs_nothing_but_itself()
    {
        using var client = app.NewClient();
        using var response = await client.Http.GetAsync("/chat/widget.js", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("cross-origin", string.Join(",", response.Headers.GetValues("Cross-Origin-Resource-Policy")));
        Assert.Contains("data-verbind-chat", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_says_open_or_when_the_next_shift_starts_readable_from_any_origin_and_unknown_helplines_are_404()
    {
        var (network, open) = await Arrange.HelplineAsync(app);
        using var counsellor = await Arrange.StaffAsync(app, network, open, StaffRole.Counsellor);
        await using var console = await counsellor.ConnectAsync();
        (await console.CallAsync("OpenConsole", open.Id)).Succeeded();
        (await console.CallAsync("SetAvailability", "Available", 1)).Succeeded();
        var (_, closed) = await Arrange.HelplineAsync(app, open: false);

        using var client = app.NewClient();
        var openStatus = await StatusAsync(client, open.Slug);
        Assert.True(openStatus.GetProperty("open").GetBoolean());
        var closedStatus = await StatusAsync(client, closed.Slug);
        Assert.False(closedStatus.GetProperty("open").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(closedStatus.GetProperty("label").GetString()));

        foreach (var slug in new[] { "bestaat-niet", "%3Cscript%3E", new string('a', 500) })
        {
            using var missing = await client.Http.GetAsync($"/chat/{slug}/status.json", Cancel);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
    }

    private static async Task<JsonElement> StatusAsync(TestClient client, string slug)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/chat/{slug}/status.json");
        request.Headers.Add("Origin", "https://gemeente.example");
        using var response = await client.Http.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Origin")));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.Clone();
    }
}

public sealed class WidgetTestsOnSqlite(SqliteApp app) : WidgetTests(app);

public sealed class WidgetTestsOnPostgres(PostgresApp app) : WidgetTests(app);
