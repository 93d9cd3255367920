using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using OtpNet;
using Xunit;

namespace Verbind.Testing;

/// <summary>
/// A browser-like HTTP client for integration tests: keeps cookies, reads pages as HTML documents and
/// submits their forms with the antiforgery token the page carries.
/// </summary>
public sealed class TestClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public async Task<IDocument> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Http.GetAsync(url);
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode} {response.Headers.Location}");
        return await ParseAsync(response);
    }

    /// <summary>Fills the form (the first, or the one matching <paramref name="formSelector"/>) on <paramref name="url"/> and submits it.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string url, IDictionary<string, string> values, string formSelector = "form[method=post]:not(.language-switch):not(.account-menu__signout)")
    {
        var page = await GetPageAsync(url);
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        return await SubmitAsync(form, values, url);
    }

    public async Task<HttpResponseMessage> SubmitAsync(IHtmlFormElement form, IDictionary<string, string> values, string pageUrl)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name)))
        {
            if (input.Type is "checkbox" or "radio" && !input.IsChecked)
            {
                continue;
            }
            if (input.Type is "submit")
            {
                continue;
            }
            fields.Add(new(input.Name!, input.Value));
        }
        foreach (var select in form.Elements.OfType<IHtmlSelectElement>().Where(s => !string.IsNullOrEmpty(s.Name)))
        {
            fields.Add(new(select.Name!, select.Value ?? ""));
        }
        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>().Where(t => !string.IsNullOrEmpty(t.Name)))
        {
            fields.Add(new(area.Name!, area.Value));
        }
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        return await Http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public async Task SignInAsync(TestUser user)
    {
        using var login = await SubmitFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        if (user.AuthenticatorKey is null)
        {
            return;
        }
        var secondStep = LocalPath(login.Headers.Location!);
        Assert.StartsWith("/account/login-tweestaps", secondStep, StringComparison.Ordinal);
        using var verify = await SubmitFormAsync(secondStep, new Dictionary<string, string>
        {
            ["Input.Code"] = CurrentCode(user.AuthenticatorKey),
        });
        Assert.Equal(HttpStatusCode.Redirect, verify.StatusCode);
        Assert.DoesNotContain("login", verify.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>A redirect's target as a local path and query (Blazor's redirects are absolute).</summary>
    public static string LocalPath(Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    public static string CurrentCode(string authenticatorKey) => new Totp(Base32Encoding.ToBytes(authenticatorKey)).ComputeTotp();

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"));
    }

    public void Dispose() => Http.Dispose();
}
