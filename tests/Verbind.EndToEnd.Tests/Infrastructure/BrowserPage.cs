using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Verbind.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A browser tab of one test. It remembers every page the tab showed, every console error, uncaught
/// script error and Content-Security-Policy violation; <see cref="CheckAsync"/> scans the page with
/// axe-core, and the test fails at its end when a page was shown without a scan or anything went
/// wrong in the console.
/// </summary>
public sealed class BrowserPage
{
    private const string PreviousPageMark = "data-e2e-previous-page";
    private static readonly TimeSpan NavigationTimeout = TimeSpan.FromSeconds(15);

    private readonly List<string> _problems = [];
    private readonly List<string> _unscanned = [];
    private readonly List<string> _allowedFailedLoads = [];
    private int _navigations;
    private string _lastUrl = "";

    public BrowserPage(IPage page, bool javaScriptEnabled)
    {
        Page = page;
        JavaScriptEnabled = javaScriptEnabled;
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsAllowedFailedLoad(message))
            {
                Report($"console error on {page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Report($"script error on {page.Url}: {error}");
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                lock (_unscanned)
                {
                    // A jump within the page (a #fragment, like the skip link) shows no new page.
                    var withinPage = frame.Url.Contains('#', StringComparison.Ordinal) && WithoutFragment(frame.Url) == WithoutFragment(_lastUrl);
                    _lastUrl = frame.Url;
                    if (withinPage)
                    {
                        return;
                    }
                    _unscanned.Add(frame.Url);
                }
                Interlocked.Increment(ref _navigations);
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Without JavaScript axe cannot run in the page; the same server-rendered HTML is scanned by the tests with JavaScript.</summary>
    public bool JavaScriptEnabled { get; }

    /// <summary>Opens <paramref name="path"/>, expects its status, and checks the page (axe, console).</summary>
    public async Task<BrowserPage> GoToAsync(string path, int expectedStatus = 200)
    {
        if (expectedStatus >= 400)
        {
            _allowedFailedLoads.Add(path);
        }
        var response = await Page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}.");
        Assert.True(response.Status == expectedStatus, $"GET {path}: expected {expectedStatus}, got {response.Status} ({Page.Url}).");
        await CheckAsync();
        return this;
    }

    /// <summary>Does <paramref name="action"/> (a click, a key press), waits until the browser shows the next page at an address that matches, and checks it.</summary>
    public async Task<BrowserPage> FollowAsync(Func<Task> action, string urlPattern)
    {
        var pattern = new Regex(urlPattern);
        var before = Volatile.Read(ref _navigations);
        if (JavaScriptEnabled)
        {
            // Blazor's enhanced navigation swaps the next page into this document by script and copies the
            // <html> attributes of the next page, so this mark disappears once the next page is in place.
            await Page.EvaluateAsync($"() => document.documentElement.setAttribute('{PreviousPageMark}', '')");
        }
        await action();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (Volatile.Read(ref _navigations) == before || !pattern.IsMatch(Page.Url))
        {
            Assert.True(waited.Elapsed < NavigationTimeout, $"No page at '{urlPattern}' within {NavigationTimeout.TotalSeconds} s; the browser shows {Page.Url}.");
            await Task.Delay(20);
        }
        await Page.WaitForLoadStateAsync(LoadState.Load);
        if (JavaScriptEnabled)
        {
            await Page.WaitForFunctionAsync($"() => !document.documentElement.hasAttribute('{PreviousPageMark}') && document.readyState === 'complete'");
        }
        await CheckAsync();
        return this;
    }

    /// <summary>The axe-core scan (WCAG 2.1 A/AA, zero violations) and the console of the page as it is now.</summary>
    public async Task CheckAsync()
    {
        lock (_unscanned)
        {
            _unscanned.Clear();
        }
        AssertNoProblems();
        await Screenshots.TakeAsync(Page);
        if (JavaScriptEnabled)
        {
            await AxeScan.AssertNoViolationsAsync(Page);
        }
    }

    /// <summary>Called when the test ends: every page shown was checked and nothing went wrong in the console.</summary>
    public void AssertDone()
    {
        AssertNoProblems();
        lock (_unscanned)
        {
            Assert.True(_unscanned.Count == 0, "Pages shown without an axe scan (call CheckAsync after the action that showed them): " + string.Join(", ", _unscanned));
        }
    }

    /// <summary>Each problem is reported once: the test fails on it, and the end-of-test check does not repeat it.</summary>
    private void AssertNoProblems()
    {
        string[] problems;
        lock (_problems)
        {
            problems = [.. _problems];
            _problems.Clear();
        }
        Assert.True(problems.Length == 0, "The browser reported problems:\n" + string.Join("\n", problems));
    }

    private void Report(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }

    private bool IsAllowedFailedLoad(IConsoleMessage message) =>
        message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
        && _allowedFailedLoads.Any(path => message.Location.Contains(path, StringComparison.Ordinal));

    private static string WithoutFragment(string url) => url.Split('#')[0];

    public ILocator Locator(string selector) => Page.Locator(selector);

    public ILocator GetByRole(AriaRole role, string? name = null) =>
        Page.GetByRole(role, name is null ? null : new PageGetByRoleOptions { Name = name, Exact = true });

    public ILocator GetByLabel(string label) => Page.GetByLabel(label, new PageGetByLabelOptions { Exact = true });

    /// <summary>The element that has the keyboard focus, described as tag#id.class for readable asserts.</summary>
    public Task<string> FocusedElementAsync() =>
        Page.EvaluateAsync<string>("() => { const e = document.activeElement; return e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : '') : ''; }");

    /// <summary>True when the page is wider than the window (the reader would have to scroll sideways).</summary>
    public Task<bool> ScrollsSidewaysAsync() =>
        Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");

    /// <summary>The elements that stick out on the right, to say in a failure what makes a page too wide.</summary>
    public Task<string> WidestElementsAsync() =>
        Page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= document.documentElement.clientWidth + 1 || getComputedStyle(e.parentElement).overflowX === 'visible')
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '') + ' (' + Math.round(e.getBoundingClientRect().right) + 'px)')
                .join(', ')
            """);
}
