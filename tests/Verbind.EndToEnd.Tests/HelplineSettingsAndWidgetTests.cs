using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Verbind.EndToEnd.Tests.Infrastructure;
using Verbind.Helpline.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests;

/// <summary>
/// The coordinator's settings page (a refused value, a save, a canned reply, a counsellor added) and the
/// "chat with us" button on a partner's site, which leads to the chat page where the quick exit still works.
/// </summary>
public sealed class HelplineSettingsAndWidgetTests(BrowserApp app, Chromium chromium, SignedInSessions sessions) : BrowserTest(app, chromium, sessions)
{

    [Fact]
    public async Task A_coordinator_edits_the_settings_replies_and_staff_of_a_helpline()
    {
        var (network, helpline) = await HelplineArrange.HelplineAsync(App, open: false);
        var coordinator = await App.CreateUserAsync(network, NetworkRole.Coordinator);
        var member = await App.CreateUserAsync(network, NetworkRole.Viewer);
        var tab = await OpenTabAsync();
        await SignInAsync(tab, coordinator);
        await tab.GoToAsync($"/netwerk/{network.Slug}/hulplijn");
        await tab.FollowAsync(() => tab.Locator($"main a[href$='/{helpline.Slug}/instellingen']").ClickAsync(), "/instellingen$");

        await tab.Locator("#settings-retention").FillAsync("een maand");
        await tab.FollowAsync(() => tab.Locator("#settings-form button[type=submit]").ClickAsync(), "/instellingen$");
        await Assertions.Expect(tab.Locator("#settings-errors")).ToBeVisibleAsync();
        await tab.Locator("#settings-retention").FillAsync("14");
        await tab.Locator("#settings-statement").FillAsync("Wat je vertelt, blijft bij ons.");
        await tab.FollowAsync(() => tab.Locator("#settings-form button[type=submit]").ClickAsync(), "/instellingen$");
        await Assertions.Expect(tab.Locator("#settings-saved")).ToBeVisibleAsync();

        await tab.Locator("#canned-title-input").FillAsync("Even stil");
        await tab.Locator("#canned-text-input").FillAsync("Neem gerust je tijd.");
        await tab.FollowAsync(() => tab.Locator("#antwoorden form:not(.inline-form) button[type=submit]").ClickAsync(), "/instellingen");
        await Assertions.Expect(tab.Locator("#canned-list")).ToContainTextAsync("Neem gerust je tijd.");

        await tab.Locator("#staff-user").SelectOptionAsync(member.Id.ToString());
        await tab.FollowAsync(() => tab.Locator("#staff-add button[type=submit]").ClickAsync(), "/instellingen");
        await Assertions.Expect(tab.Locator($"#staff-{member.Id}")).ToBeVisibleAsync();
        await Assertions.Expect(tab.Locator("#widget-snippet")).ToContainTextAsync($"data-verbind-chat=\"{helpline.Slug}\"");
        await tab.CheckAsync();

        var stored = await App.WithDbAsync(db => db.Set<NetworkHelpline>().SingleAsync(h => h.Id == helpline.Id));
        Assert.Equal((14, "Wat je vertelt, blijft bij ons."), (stored.RetentionDays, stored.ConfidentialityStatement));
    }

    [Fact]
    public async Task The_button_on_a_partners_site_says_whether_someone_is_there_and_leads_to_the_chat_whose_quick_exit_still_works()
    {
        var (network, helpline) = await HelplineArrange.HelplineAsync(App, open: true);
        var counsellor = await HelplineArrange.StaffUserAsync(App, network, helpline, StaffRole.Counsellor);
        await App.WithDbAsync(async db =>
        {
            // On duty, with a console that beat just now.
            db.Add(new CounsellorPresence { NetworkId = network.Id, HelplineId = helpline.Id, UserId = counsellor.Id, Availability = Availability.Available, Connections = 1, LastSeenAt = TimeProvider.System.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
        });
        var parent = await OpenTabAsync(width: PhoneWidth);
        var origin = App.BaseAddress.ToString().TrimEnd('/');
        using var partner = PartnerSite.Start($"""
            <!doctype html><html lang="nl"><head><title>Gemeente Proefdorp</title></head>
            <body><main><h1>Rouw na het verlies van een kindje</h1><p>Informatie van de gemeente.</p>
            <a href="{origin}/chat/{helpline.Slug}" data-verbind-chat="{helpline.Slug}">Chat met ons</a>
            <script src="{origin}/chat/widget.js" async></script></main></body></html>
            """);
        await parent.Page.Context.RouteAsync("https://www.google.com/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html",
            Body = "<!doctype html><html lang=\"nl\"><head><title>Weer</title></head><body><main><h1>Het weer</h1></main></body></html>",
        }));

        await parent.GoToAsync(partner.Address);
        var button = parent.Locator("a[data-verbind-chat][data-verbind-open=true]");
        await Assertions.Expect(button).ToContainTextAsync("Er is nu iemand", new() { Timeout = 15_000 });
        await parent.CheckAsync();

        await parent.FollowAsync(() => button.ClickAsync(), $"/chat/{helpline.Slug}$");
        await Assertions.Expect(parent.Locator("#chat[data-ready=true]")).ToBeAttachedAsync(new() { Timeout = 15_000 });
        await parent.FollowAsync(() => parent.Locator("#quick-exit").ClickAsync(), "^https://www\\.google\\.com/");
    }

    /// <summary>
    /// A partner's web page on a server of its own (another origin than the app). A real server, not a
    /// routed response: Chromium lets only a page that really comes from loopback load from loopback.
    /// </summary>
    private sealed class PartnerSite : IDisposable
    {
        private readonly HttpListener _listener = new();

        private PartnerSite(string html)
        {
            Address = $"http://localhost:{FreePort.Next()}/";
            _listener.Prefixes.Add(Address);
            _listener.Start();
            _ = ServeAsync(Encoding.UTF8.GetBytes(html));
        }

        public string Address { get; }

        public static PartnerSite Start(string html) => new(html);

        private async Task ServeAsync(byte[] page)
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                var isPage = context.Request.Url?.AbsolutePath == "/";
                context.Response.StatusCode = isPage ? 200 : 404;
                context.Response.ContentType = "text/html; charset=utf-8";
                if (isPage)
                {
                    await context.Response.OutputStream.WriteAsync(page);
                }
                context.Response.Close();
            }
        }

        public void Dispose() => _listener.Close();
    }
}
