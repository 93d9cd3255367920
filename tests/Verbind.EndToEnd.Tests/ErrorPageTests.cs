using Microsoft.Playwright;
using Verbind.EndToEnd.Tests.Infrastructure;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests;

public sealed class ErrorPageTests(BrowserApp app, Chromium chromium, SignedInSessions sessions) : BrowserTest(app, chromium, sessions)
{
    [Fact]
    public async Task An_unknown_address_shows_a_calm_404_page_with_a_way_home()
    {
        var tab = await OpenTabAsync();
        await tab.GoToAsync("/bestaat-niet", expectedStatus: 404);

        Assert.Equal(Text.Get("NotFoundTitle"), await tab.Locator("h1").InnerTextAsync());
        Assert.NotEmpty(await tab.Locator("main code").InnerTextAsync());
        await tab.FollowAsync(() => tab.Locator("main").GetByRole(AriaRole.Link, new() { Name = Text.Get("BackHome") }).ClickAsync(), "/$");
        Assert.Equal(Text.Get("HomeTitle"), await tab.Locator("h1").InnerTextAsync());
    }
}
