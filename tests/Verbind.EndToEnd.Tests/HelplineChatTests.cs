using Microsoft.Playwright;
using Verbind.EndToEnd.Tests.Infrastructure;
using Verbind.Helpline.Domain;
using Verbind.Platform.Tenancy;
using Verbind.Platform.Ui;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests;

/// <summary>
/// The helpline in two browser contexts: a parent on the public chat page and a counsellor (or supervisor)
/// on the console; the quick exit; the offline request when nobody is on duty. Every page passes axe-core.
/// </summary>
public sealed class HelplineChatTests(BrowserApp app, Chromium chromium, SignedInSessions sessions) : BrowserTest(app, chromium, sessions)
{
    private const string Ready = "#chat[data-ready=true]";
    private const string Acknowledged = "#chat-messages li:not(.chat__message--pending)";

    // Waits for a state on a machine that may be busy: as long as a page may take to arrive (BrowserPage).
    private static readonly LocatorAssertionsToContainTextOptions Slow = new() { Timeout = 15_000 };
    private static readonly LocatorAssertionsToBeAttachedOptions Attached = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_parent_and_a_counsellor_chat_end_to_end_with_a_referral_card_and_markup_stays_text()
    {
        var (network, helpline) = await HelplineAsync(open: true);
        var counsellorUser = await StaffAsync(network, helpline, StaffRole.Counsellor);
        var counsellor = await OnDutyAsync(network, helpline, counsellorUser);
        var word = "Lotgenoten" + Guid.NewGuid().ToString("N")[..6];
        var service = await HelplineArrange.ReferableServiceAsync(App, network, $"<i>Praatgroep</i> sterrenouders {word}", "Leuven", "Rouwzorg Leuven vzw");

        var parent = await OpenTabAsync(width: PhoneWidth);
        await parent.GoToAsync($"/chat/{helpline.Slug}");
        await parent.Locator("#chat-topic").SelectOptionAsync("family");
        await parent.Locator("#chat-municipality").FillAsync("Leuven");
        await parent.Locator("#chat-start-button").ClickAsync();
        await Assertions.Expect(parent.Locator("#chat-status")).ToContainTextAsync("hulpverlener");
        await parent.CheckAsync();

        await parent.Locator("#chat-text").FillAsync("<b>Hallo</b>, is er iemand?");
        await parent.Locator("#chat-text").PressAsync("Enter");
        var panel = counsellor.Locator("#console-chats article").First;
        await Assertions.Expect(panel.Locator(".chat__messages")).ToContainTextAsync("<b>Hallo</b>, is er iemand?");
        await counsellor.CheckAsync();

        await panel.Locator("textarea.console__text").FillAsync("Ja, ik ben er. Vertel maar.");
        await panel.Locator(".console__reply button[type=submit]").ClickAsync();
        await Assertions.Expect(parent.Locator("#chat-messages")).ToContainTextAsync("Ja, ik ben er. Vertel maar.");
        Assert.Equal(0, await parent.Locator("#chat-messages b").CountAsync());

        // Referral: search the network's Directory near the parent's municipality, by keyboard, and send a card.
        await panel.Locator(".console__refer > summary").FocusAsync();
        await counsellor.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(panel.GetByLabel("Postcode of gemeente")).ToHaveValueAsync("Leuven");
        await panel.GetByLabel("Zoekwoorden").FillAsync(word);
        await panel.GetByLabel("Zoekwoorden").PressAsync("Enter");
        var results = panel.Locator(".console__refer-results");
        await Assertions.Expect(results).ToHaveAttributeAsync("aria-live", "polite");
        await Assertions.Expect(results).ToContainTextAsync("Gevonden in het aanbod van het netwerk: 1", Slow);
        await Assertions.Expect(results).ToContainTextAsync("<i>Praatgroep</i> sterrenouders");
        await Assertions.Expect(results).ToContainTextAsync("Rouwzorg Leuven vzw · Leuven");
        await counsellor.CheckAsync();
        await results.GetByRole(AriaRole.Button, new() { Name = "Sturen naar de ouder" }).ClickAsync();
        var card = parent.Locator("#chat-messages .chat__card");
        await Assertions.Expect(card).ToContainTextAsync("Rouwzorg Leuven vzw · Leuven", Slow);
        await Assertions.Expect(card.Locator("a")).ToHaveTextAsync($"<i>Praatgroep</i> sterrenouders {word}");
        await Assertions.Expect(card.Locator("a")).ToHaveAttributeAsync("href", "/aanbod/" + service.Id);
        Assert.Equal(0, await parent.Locator("#chat-messages i").CountAsync());
        await Assertions.Expect(panel.Locator(".chat__messages")).ToContainTextAsync("Rouwzorg Leuven vzw");
        await parent.CheckAsync();

        await panel.Locator("summary", new() { HasText = "Gesprek afsluiten" }).ClickAsync();
        await panel.Locator(".console__end button[type=submit]").ClickAsync();
        await Assertions.Expect(parent.Locator("#chat-survey")).ToBeVisibleAsync();
        await parent.Locator("#chat-code-button").ClickAsync();
        await Assertions.Expect(parent.Locator("#chat-code-value")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$"));
        await parent.CheckAsync();
        await counsellor.CheckAsync();
    }

    [Fact]
    public async Task A_reload_keeps_the_conversation_and_the_quick_exit_forgets_it()
    {
        var (network, helpline) = await HelplineAsync(open: true);
        var counsellorUser = await StaffAsync(network, helpline, StaffRole.Counsellor);
        await OnDutyAsync(network, helpline, counsellorUser);
        var parent = await OpenTabAsync();
        await parent.Page.Context.RouteAsync("https://www.google.com/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html",
            Body = "<!doctype html><html lang=\"nl\"><head><title>Weer</title></head><body><main><h1>Het weer</h1></main></body></html>",
        }));
        await parent.GoToAsync($"/chat/{helpline.Slug}");
        await parent.Locator("#chat-start-button").ClickAsync();
        await parent.Locator("#chat-text").FillAsync("Voor het herladen");
        await parent.Locator("#chat-send button[type=submit]").ClickAsync();
        // Stored by the server, not only shown as being sent.
        await Assertions.Expect(parent.Locator(Acknowledged)).ToContainTextAsync("Voor het herladen", Slow);

        await parent.GoToAsync($"/chat/{helpline.Slug}");
        await Assertions.Expect(parent.Locator(Ready)).ToBeAttachedAsync(Attached);
        await Assertions.Expect(parent.Locator(Acknowledged)).ToContainTextAsync("Voor het herladen", Slow);
        Assert.Equal("#quick-exit", await parent.Page.EvaluateAsync<string>("() => { const e = document.querySelector('a, button'); return '#' + e.id; }"));

        await parent.FollowAsync(() => parent.Locator("#quick-exit").ClickAsync(), "^https://www\\.google\\.com/");
        Assert.Null(await parent.Page.GoBackAsync());
        await parent.GoToAsync($"/chat/{helpline.Slug}");
        // Only once chat.js has looked for a stored chat does the page show whether one came back.
        await Assertions.Expect(parent.Locator(Ready)).ToBeAttachedAsync(Attached);
        await Assertions.Expect(parent.Locator("#chat-start")).ToBeVisibleAsync();
        Assert.Equal(0, await parent.Locator("#chat-messages li").CountAsync());
    }

    [Fact]
    public async Task When_nobody_is_on_duty_the_page_names_the_next_shift_and_takes_a_request_without_javascript()
    {
        var (_, helpline) = await HelplineAsync(open: false);
        var parent = await OpenTabAsync();
        await parent.GoToAsync($"/chat/{helpline.Slug}");
        await Assertions.Expect(parent.Locator("#chat-closed")).ToContainTextAsync("We zijn er weer op");
        await parent.FollowAsync(() => parent.Locator("main a[href$='/aanvraag']").First.ClickAsync(), "/aanvraag$");

        var noScript = await OpenTabAsync(javaScript: false, width: PhoneWidth);
        await noScript.GoToAsync($"/chat/{helpline.Slug}/aanvraag");
        await noScript.Locator("#request-question").FillAsync("Kan iemand me morgen terugschrijven?");
        await noScript.FollowAsync(() => noScript.Locator("main button[type=submit]").ClickAsync(), "/aanvraag$");
        await Assertions.Expect(noScript.Locator("#request-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$"));
    }

    [Fact]
    public async Task A_supervisor_reads_a_live_chat_silently_from_the_console()
    {
        var (network, helpline) = await HelplineAsync(open: true);
        var counsellorUser = await StaffAsync(network, helpline, StaffRole.Counsellor);
        await OnDutyAsync(network, helpline, counsellorUser);
        var parent = await OpenTabAsync();
        await parent.GoToAsync($"/chat/{helpline.Slug}");
        await parent.Locator("#chat-start-button").ClickAsync();
        await parent.Locator("#chat-text").FillAsync("Iets wat de supervisor leest");
        await parent.Locator("#chat-send button[type=submit]").ClickAsync();
        await Assertions.Expect(parent.Locator("#chat-messages")).ToContainTextAsync("Iets wat de supervisor leest");

        var supervisorUser = await StaffAsync(network, helpline, StaffRole.Supervisor);
        var supervisor = await OpenTabAsync();
        await SignInAsync(supervisor, supervisorUser);
        await supervisor.GoToAsync($"/netwerk/{network.Slug}/hulplijn/{helpline.Slug}/console");
        await supervisor.Locator("#supervision-live button[data-method=SilentRead]").ClickAsync();
        await Assertions.Expect(supervisor.Locator("#console-chats")).ToContainTextAsync("Iets wat de supervisor leest");
        await supervisor.CheckAsync();
    }

    private async Task<BrowserPage> OnDutyAsync(Network network, NetworkHelpline helpline, TestUser user)
    {
        var tab = await OpenTabAsync();
        await SignInAsync(tab, user);
        await tab.GoToAsync($"/netwerk/{network.Slug}/hulplijn/{helpline.Slug}/console");
        await Assertions.Expect(tab.Locator("#console-status")).ToBeEmptyAsync();
        await tab.Locator("#console-availability-value").SelectOptionAsync(nameof(Availability.Available));
        await tab.Locator("#console-availability button[type=submit]").ClickAsync();
        await Assertions.Expect(tab.Locator("#console-status")).ToContainTextAsync("Beschikbaar");
        return tab;
    }

    private Task<TestUser> StaffAsync(Network network, NetworkHelpline helpline, StaffRole role) => HelplineArrange.StaffUserAsync(App, network, helpline, role);

    private Task<(Network Network, NetworkHelpline Helpline)> HelplineAsync(bool open) => HelplineArrange.HelplineAsync(App, open, nextShiftInTwoDays: !open);
}
