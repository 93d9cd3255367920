using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Verbind.EndToEnd.Tests.Infrastructure;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests;

/// <summary>
/// The whole start of a network, in the browser: a platform administrator creates it and invites its
/// coordinator; the coordinator opens the link from the real mail, makes an account, sets up two-factor
/// sign-in with a code from the key on the page, and arrives in the new network.
/// </summary>
public sealed partial class NetworkCreationFlowTests(BrowserApp app, Chromium chromium, SignedInSessions sessions) : BrowserTest(app, chromium, sessions)
{
    [Fact]
    public async Task An_administrator_creates_a_network_and_its_coordinator_takes_over()
    {
        var admin = await App.CreateUserAsync(null, null, platformAdmin: true);
        var slug = $"e2e-{Guid.NewGuid():N}"[..20];
        var coordinatorEmail = $"coordinator-{Guid.NewGuid():N}@test.verbind.local";

        var adminTab = await OpenTabAsync();
        await SignInAsync(adminTab, admin);
        await adminTab.GoToAsync("/beheer/netwerken/nieuw");
        await adminTab.Locator("#network-name").FillAsync("Huis van het Kind Proefdorp");
        await adminTab.Locator("#network-slug").FillAsync(slug);
        await adminTab.FollowAsync(() => adminTab.Locator("main button[type=submit]").ClickAsync(), $"/beheer/netwerken/{slug}");
        await adminTab.Locator("#coordinator-email").FillAsync(coordinatorEmail);
        await adminTab.Locator("main button[type=submit]").Last.ClickAsync();
        await adminTab.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await adminTab.CheckAsync();

        var mail = await App.Mail.WaitForMailAsync(coordinatorEmail);
        var link = InvitationLink().Match(mail.TextBody ?? mail.HtmlBody ?? "").Value;
        Assert.False(string.IsNullOrEmpty(link), "no invitation link in the mail");

        var tab = await OpenTabAsync();
        await tab.GoToAsync(new Uri(link).PathAndQuery);
        await tab.Locator("#invitation-name").FillAsync("Noor Proefmans");
        await tab.Locator("#invitation-password").FillAsync("een-lang-en-veilig-wachtwoord");
        await tab.Locator("#invitation-confirm").FillAsync("een-lang-en-veilig-wachtwoord");
        await tab.FollowAsync(() => tab.Locator("main button[type=submit]").ClickAsync(), "/account/tweestapsverificatie");

        var key = (await tab.Locator("#twofactor-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await tab.Locator("#twofactor-setup-code").FillAsync(TestClient.CurrentCode(key));
        await tab.Locator("main button[type=submit]").Last.ClickAsync();
        await tab.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await tab.CheckAsync();
        await Assertions.Expect(tab.Locator("main code").First).ToBeVisibleAsync(); // the recovery codes, shown once

        await tab.GoToAsync("/mijn-netwerken");
        await Assertions.Expect(tab.Locator("main")).ToContainTextAsync("Huis van het Kind Proefdorp");
        await tab.GoToAsync($"/netwerk/{slug}/leden");
        await Assertions.Expect(tab.Locator("main")).ToContainTextAsync(coordinatorEmail);
    }

    [GeneratedRegex(@"https?://\S+/account/uitnodiging/[A-Za-z0-9_\-]+")]
    private static partial Regex InvitationLink();
}
