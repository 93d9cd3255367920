using Microsoft.Playwright;
using Verbind.EndToEnd.Tests.Infrastructure;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests;

/// <summary>The guards of every browser test catch what they promise to catch.</summary>
public sealed class BrowserGuardTests(BrowserApp app, Chromium chromium, SignedInSessions sessions) : BrowserTest(app, chromium, sessions)
{
    [Theory]
    [InlineData("const s = document.createElement('script'); s.textContent = 'window.injected = 1'; document.body.append(s);")]
    [InlineData("document.body.setAttribute('style', 'color: red');")]
    public async Task Inline_script_or_style_is_blocked_by_the_CSP_and_fails_the_test(string injection)
    {
        var tab = await OpenTabAsync();
        await tab.GoToAsync("/");

        await tab.Page.RunAndWaitForConsoleMessageAsync(
            () => tab.Page.EvaluateAsync($"() => {{ {injection} }}"),
            new() { Predicate = message => message.Text.StartsWith("CSP violation", StringComparison.Ordinal) });

        var failure = await Assert.ThrowsAnyAsync<Exception>(tab.CheckAsync);
        Assert.Contains("CSP violation", failure.Message, StringComparison.Ordinal);
        Assert.Null(await tab.Page.EvaluateAsync<int?>("() => window.injected"));
    }

    [Fact]
    public async Task A_page_shown_without_a_scan_fails_the_test()
    {
        var tab = await OpenTabAsync();
        await tab.GoToAsync("/");

        await tab.Locator("main").GetByRole(AriaRole.Link, new() { Name = Text.SignIn, Exact = true }).ClickAsync();
        await tab.Page.WaitForURLAsync("**/account/login");

        var failure = Assert.ThrowsAny<Exception>(tab.AssertDone);
        Assert.Contains("/account/login", failure.Message, StringComparison.Ordinal);
        await tab.CheckAsync();
    }
}
