using Microsoft.Playwright;
using Verbind.EndToEnd.Tests.Infrastructure;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests;

public sealed class LanguageTests(BrowserApp app, Chromium chromium, SignedInSessions sessions) : BrowserTest(app, chromium, sessions)
{
    [Fact]
    public async Task The_language_switch_changes_the_text_and_the_page_language_and_back()
    {
        var tab = await OpenTabAsync();
        await tab.GoToAsync("/account/login");

        await SwitchAsync(tab, from: Text.Dutch, to: Text.French);
        await SwitchAsync(tab, from: Text.French, to: Text.English);
        await SwitchAsync(tab, from: Text.English, to: Text.Dutch);
    }

    [Fact]
    public async Task The_chosen_language_stays_on_the_next_page()
    {
        var tab = await OpenTabAsync();
        await tab.GoToAsync("/");
        await SwitchAsync(tab, from: Text.Dutch, to: Text.French);

        await tab.FollowAsync(() => tab.Locator("main").GetByRole(AriaRole.Link, new() { Name = Text.Get("SignIn", Text.French), Exact = true }).ClickAsync(), "/account/login$");

        Assert.Equal(Text.French, await tab.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(Text.Get("SignIn", Text.French), await tab.Locator("h1").InnerTextAsync());
    }

    private static async Task SwitchAsync(BrowserPage tab, string from, string to)
    {
        var path = new Uri(tab.Page.Url).AbsolutePath;
        await tab.GetByLabel(Text.Get("Language", from)).SelectOptionAsync(to);
        await tab.FollowAsync(() => tab.GetByRole(AriaRole.Button, Text.Get("Switch", from)).ClickAsync(), path + "$");

        Assert.Equal(to, await tab.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(Text.Get("SkipToContent", to), await tab.Locator(".skip-link").TextContentAsync());
        if (path == "/account/login")
        {
            Assert.Equal(Text.Get("SignIn", to), await tab.Locator("h1").InnerTextAsync());
            await Assertions.Expect(tab.Page.GetByLabel(Text.Get("Password", to), new() { Exact = true })).ToBeVisibleAsync();
        }
        else
        {
            Assert.Equal(Text.Get("HomeTitle", to), await tab.Locator("h1").InnerTextAsync());
        }
    }
}
