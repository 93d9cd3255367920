using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Verbind.EndToEnd.Tests.Infrastructure;

/// <summary>
/// An axe-core scan of the page as it is now, against WCAG 2.1 level A and AA. The engine is the
/// axe-core that Deque.AxeCore.Playwright ships (in Deque.AxeCore.Commons); we run it in the page
/// ourselves and bring back only the violations, which is about five times faster than RunAxe's full
/// result (see docs/adr/0040).
/// </summary>
public static class AxeScan
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly Lazy<string> AxeSource = new(() =>
    {
        using var stream = typeof(AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is not in Deque.AxeCore.Commons any more.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private const string RunScript = """
        async tags => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return result.violations.map(v => ({
            rule: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary || '' }))
          }));
        }
        """;

    /// <summary>
    /// What a page looks like to axe: address, window width, language, focused element and the page's
    /// markup without the values that change on every request (antiforgery tokens, ids).
    /// </summary>
    private const string PageStateScript = """
        () => {
          const markup = document.body.cloneNode(true);
          markup.querySelectorAll('input[type=hidden]').forEach(input => input.removeAttribute('value'));
          const active = document.activeElement;
          return [location.pathname, innerWidth, document.documentElement.lang,
                  active ? active.tagName + '#' + active.id + '.' + active.className : '',
                  markup.innerHTML.replace(/[0-9a-f]{8,}/g, '')].join('|');
        }
        """;

    /// <summary>Page states that passed: a test that shows exactly the same state again does not pay for a second scan.</summary>
    private static readonly ConcurrentDictionary<string, bool> Passed = new();

    /// <summary>Fails with a readable list (rule, impact, element, help) when axe finds any violation.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var state = await page.EvaluateAsync<string>(PageStateScript);
        if (Passed.ContainsKey(state))
        {
            return;
        }
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeSource.Value);
        }
        var violations = await page.EvaluateAsync<JsonElement>(RunScript, WcagTags);
        if (violations.GetArrayLength() > 0)
        {
            Assert.Fail(Describe(page.Url, violations));
        }
        Passed.TryAdd(state, true);
    }

    private static string Describe(string url, JsonElement violations)
    {
        var text = new StringBuilder($"axe-core found WCAG 2.1 A/AA violations on {url}:");
        foreach (var violation in violations.EnumerateArray())
        {
            text.Append("\n- ").Append(violation.GetProperty("rule").GetString())
                .Append(" (").Append(violation.GetProperty("impact").GetString()).Append("): ")
                .Append(violation.GetProperty("help").GetString())
                .Append("\n  ").Append(violation.GetProperty("helpUrl").GetString());
            foreach (var node in violation.GetProperty("nodes").EnumerateArray())
            {
                text.Append("\n  at ").Append(node.GetProperty("target").GetString())
                    .Append("  ").Append(node.GetProperty("html").GetString())
                    .Append("\n     ").Append(node.GetProperty("summary").GetString()?.Replace("\n", "\n     ", StringComparison.Ordinal));
            }
        }
        return text.ToString();
    }
}
