using Microsoft.Playwright;
using Verbind.EndToEnd.Tests.Infrastructure;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests;

public sealed class HomePageTests(BrowserApp app, Chromium chromium, SignedInSessions sessions) : BrowserTest(app, chromium, sessions)
{
    [Fact]
    public async Task The_home_page_welcomes_in_Dutch_and_leads_to_sign_in()
    {
        var tab = await OpenTabAsync();
        await tab.GoToAsync("/");

        Assert.Equal(Text.Get("HomeTitle"), await tab.Locator("h1").InnerTextAsync());
        Assert.Equal(Text.Dutch, await tab.Locator("html").GetAttributeAsync("lang"));
        await tab.FollowAsync(() => tab.Locator("main").GetByRole(AriaRole.Link, new() { Name = Text.SignIn, Exact = true }).ClickAsync(), "/account/login$");
        Assert.Equal(Text.SignIn, await tab.Locator("h1").InnerTextAsync());
        // Blazor swapped the page in by script: focus moved to the new heading, so a screen reader announces it.
        await Assertions.Expect(tab.Locator("h1")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Without_JavaScript_a_partner_member_reaches_the_home_page_signs_in_and_switches_language()
    {
        var network = await App.CreateNetworkAsync();
        var member = await App.CreateUserAsync(network, Platform.Tenancy.NetworkRole.PartnerMember);
        var tab = await OpenTabAsync(javaScript: false);

        await tab.GoToAsync("/");
        Assert.Equal(Text.Get("HomeTitle"), await tab.Locator("h1").InnerTextAsync());
        await SignInAsync(tab, member);
        await Assertions.Expect(tab.Locator("main")).ToContainTextAsync(network.Name);

        await tab.Locator("#language-switch-culture").SelectOptionAsync(Text.English);
        await tab.FollowAsync(() => tab.GetByRole(AriaRole.Button, Text.Get("Switch")).ClickAsync(), "/mijn-netwerken$");
        Assert.Equal(Text.Get("MyNetworks", Text.English), await tab.Locator("h1").InnerTextAsync());
    }

    [Theory]
    [InlineData("/", Text.Dutch)]
    [InlineData("/account/login", Text.Dutch)]
    [InlineData("/account/login", Text.French)]
    [InlineData("/account/wachtwoord-vergeten", Text.Dutch)]
    [InlineData("/account/uitnodiging/verlopen-of-vals", Text.Dutch)]
    public async Task The_page_fits_a_375_pixel_phone_without_sideways_scrolling(string path, string browserLanguage)
    {
        var tab = await OpenTabAsync(width: PhoneWidth, locale: browserLanguage);
        await tab.GoToAsync(path);

        Assert.Equal(browserLanguage, await tab.Locator("html").GetAttributeAsync("lang"));
        Assert.False(await tab.ScrollsSidewaysAsync(), $"{path} is wider than a {PhoneWidth} px screen.");
    }
}
