using Microsoft.Playwright;
using Verbind.EndToEnd.Tests.Infrastructure;
using Verbind.Testing;

namespace Verbind.EndToEnd.Tests;

public sealed class KeyboardTests(BrowserApp app, Chromium chromium, SignedInSessions sessions) : BrowserTest(app, chromium, sessions)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    public async Task The_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_main_content(string path)
    {
        var tab = await OpenTabAsync();
        await tab.GoToAsync(path);

        await tab.Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(tab.Locator(".skip-link")).ToBeFocusedAsync();
        var box = await tab.Locator(".skip-link").BoundingBoxAsync();
        Assert.True(box is { Y: >= 0, Height: > 0 }, "The focused skip link is not on screen.");
        await tab.CheckAsync(); // axe again, now with the skip link shown

        await tab.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(tab.Locator("main")).ToBeFocusedAsync();
        Assert.Equal(path + "#inhoud", new Uri(tab.Page.Url).PathAndQuery + new Uri(tab.Page.Url).Fragment);
        await tab.Page.Keyboard.PressAsync("Tab");
        Assert.True(await tab.Page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            "After the skip link, the next tab stop is not inside the main content: " + await tab.FocusedElementAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    public async Task Every_tab_stop_shows_a_visible_focus_indicator(string path)
    {
        var tab = await OpenTabAsync();
        await tab.GoToAsync(path);

        var seen = new List<string>();
        for (var stop = 0; stop < 20; stop++)
        {
            await tab.Page.Keyboard.PressAsync("Tab");
            var focused = await tab.FocusedElementAsync();
            if (focused.Length == 0 || focused.StartsWith("body", StringComparison.Ordinal) || seen.Contains(focused))
            {
                break;
            }
            seen.Add(focused);
            var indicator = await tab.Page.EvaluateAsync<string>(
                "() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth + ' | ' + s.boxShadow; }");
            Assert.True(HasVisibleIndicator(indicator), $"{focused} on {path} has no visible focus indicator ({indicator}).");
        }
        Assert.True(seen.Count >= 3, $"Only {seen.Count} tab stops on {path}: {string.Join(", ", seen)}");
    }

    /// <summary>An outline of at least 2 px, or a box shadow.</summary>
    private static bool HasVisibleIndicator(string computed)
    {
        var parts = computed.Split(" | ");
        var outline = parts[0].Split(' ');
        var outlineWidth = double.Parse(outline[1].Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        return (outline[0] != "none" && outlineWidth >= 2) || parts[1] != "none";
    }
}
