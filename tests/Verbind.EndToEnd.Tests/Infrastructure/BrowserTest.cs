using Microsoft.Playwright;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Base of every browser test: opens tabs in fresh browser contexts (no shared cookies between tests),
/// signs people in through the real pages, and at the end fails the test when a page it showed was not
/// scanned or the browser reported an error.
/// </summary>
public abstract class BrowserTest(BrowserApp app, Chromium chromium, SignedInSessions sessions) : IAsyncLifetime
{
    /// <summary>Reports every Content-Security-Policy violation as a console error, which fails the test.</summary>
    private const string ReportCspViolations =
        "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in ' + e.sourceFile + ':' + e.lineNumber));";

    public const int DesktopWidth = 1280;
    public const int PhoneWidth = 375;

    private readonly List<(IBrowserContext Context, BrowserPage Page)> _tabs = [];

    protected BrowserApp App { get; } = app;

    /// <summary>A tab in a new browser context: Dutch (Belgium) browser, JavaScript on, 1280 px wide, unless told otherwise.</summary>
    protected async Task<BrowserPage> OpenTabAsync(bool javaScript = true, int width = DesktopWidth, string? storageState = null, string locale = "nl-BE")
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            JavaScriptEnabled = javaScript,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            StorageState = storageState,
        });
        context.SetDefaultTimeout(15_000);
        await context.AddInitScriptAsync(ReportCspViolations);
        var page = new BrowserPage(await context.NewPageAsync(), javaScript);
        _tabs.Add((context, page));
        return page;
    }

    /// <summary>Signs <paramref name="user"/> in through the sign-in page, with the authenticator code when the user has two-factor sign-in.</summary>
    protected static async Task SignInAsync(BrowserPage tab, TestUser user)
    {
        await tab.GoToAsync("/account/login");
        await tab.GetByLabel(Text.Email).FillAsync(user.Email);
        await tab.GetByLabel(Text.Password).FillAsync(user.Password);
        var signIn = tab.Locator("main").GetByRole(AriaRole.Button, new() { Name = Text.SignIn, Exact = true });
        if (user.AuthenticatorKey is null)
        {
            await tab.FollowAsync(() => signIn.ClickAsync(), "/mijn-netwerken$");
            return;
        }
        await tab.FollowAsync(() => signIn.ClickAsync(), "/account/login-tweestaps");
        await tab.GetByLabel(Text.AuthenticatorCode).FillAsync(TestClient.CurrentCode(user.AuthenticatorKey));
        await tab.FollowAsync(() => tab.Locator("main").GetByRole(AriaRole.Button, new() { Name = Text.SignIn, Exact = true }).ClickAsync(), "/mijn-netwerken$");
    }

    /// <summary>
    /// A tab signed in as <paramref name="persona"/> in a network shared by the tests that only look at
    /// pages (each persona signs in once per run through the real pages; later tabs reuse its cookies).
    /// </summary>
    protected async Task<(Network Network, BrowserPage Tab)> SignedInTabAsync(Persona persona, int width = DesktopWidth)
    {
        var session = await sessions.GetAsync(persona, App, SignInForSessionAsync);
        return (session.Network, await OpenTabAsync(width: width, storageState: session.StorageState));
    }

    private async Task<string> SignInForSessionAsync(TestUser user)
    {
        var tab = await OpenTabAsync();
        await SignInAsync(tab, user);
        return await tab.Page.Context.StorageStateAsync();
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        try
        {
            foreach (var (_, page) in _tabs)
            {
                page.AssertDone();
            }
        }
        finally
        {
            foreach (var (context, _) in _tabs)
            {
                await context.CloseAsync();
            }
            GC.SuppressFinalize(this);
        }
    }
}
