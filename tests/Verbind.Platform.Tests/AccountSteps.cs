using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MimeKit;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.Platform.Tests;

/// <summary>Steps the identity tests share: users without two-factor, reading mails and pages.</summary>
internal static partial class AccountSteps
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string NewEmail(string prefix = "person") => $"{prefix}-{Guid.NewGuid():N}@test.verbind.local";

    /// <summary>A user with a role but no second factor yet (as after an upgrade to coordinator).</summary>
    public static async Task<TestUser> UserWithoutTwoFactorAsync(this AppFactory app, Network network, NetworkRole role)
    {
        var user = await app.CreateUserAsync(null, null);
        await app.GrantAsync(network, user, role);
        return user;
    }

    public static Task GrantAsync(this AppFactory app, Network network, TestUser user, NetworkRole role) =>
        app.WithDbAsync(async db =>
        {
            db.NetworkUserRoles.Add(new NetworkUserRole { NetworkId = network.Id, UserId = user.Id, Role = role });
            await db.SaveChangesAsync(Ct);
        });

    /// <summary>The path and query of the first link in the mail's text that goes to <paramref name="pathPrefix"/>.</summary>
    public static string LinkIn(MimeMessage mail, string pathPrefix)
    {
        foreach (Match match in Link().Matches(mail.TextBody ?? ""))
        {
            var uri = new Uri(match.Value);
            if (uri.AbsolutePath.StartsWith(pathPrefix, StringComparison.Ordinal))
            {
                return uri.PathAndQuery;
            }
        }
        throw new InvalidOperationException($"No link to {pathPrefix} in: {mail.TextBody}");
    }

    public static IReadOnlyList<string> Alerts(IDocument page) =>
        page.QuerySelectorAll("[role=alert]").Select(e => Squash(e.TextContent)).ToList();

    public static string Status(IDocument page) =>
        string.Join(" ", page.QuerySelectorAll("[role=status]").Select(e => Squash(e.TextContent)));

    public static string Squash(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The form with Blazor's form name <paramref name="name"/> (its hidden _handler field).</summary>
    public static IHtmlFormElement FormNamed(IDocument page, string name) =>
        page.QuerySelectorAll<IHtmlFormElement>("form").SingleOrDefault(f => f.QuerySelector<IHtmlInputElement>("input[name=_handler]")?.Value == name)
        ?? throw new InvalidOperationException($"No form named {name} on {page.Url}.");

    public static bool HasFormNamed(IDocument page, string name) =>
        page.QuerySelectorAll<IHtmlFormElement>("form").Any(f => f.QuerySelector<IHtmlInputElement>("input[name=_handler]")?.Value == name);

    /// <summary>Submits a named form of the page at <paramref name="url"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitNamedAsync(this TestClient client, string url, string formName, IDictionary<string, string>? values = null)
    {
        var page = await client.GetPageAsync(url);
        return await client.SubmitAsync(FormNamed(page, formName), values ?? new Dictionary<string, string>(), url);
    }

    public static async Task<IDocument> PageOfAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode} {response.Headers.Location}");
        return await TestClient.ParseAsync(response);
    }

    public static string Location(HttpResponseMessage response) =>
        response.Headers.Location is { } location ? TestClient.LocalPath(location) : "";

    public static async Task<HttpResponseMessage> GetAsync(this TestClient client, string url) => await client.Http.GetAsync(url, Ct);

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
