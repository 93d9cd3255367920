using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Verbind.EndToEnd.Tests.Infrastructure;

/// <summary>
/// When VERBIND_E2E_SCREENSHOTS names a folder, every checked page is saved there as a PNG, so a person
/// can look at what the tests saw. Off by default; screenshots never go into the repository.
/// </summary>
public static partial class Screenshots
{
    public const string FolderVariable = "VERBIND_E2E_SCREENSHOTS";

    private static int _counter;

    public static async Task TakeAsync(IPage page)
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable);
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }
        Directory.CreateDirectory(folder);
        var test = (TestContext.Current.Test?.TestDisplayName ?? "page").Replace("Verbind.EndToEnd.Tests.", "", StringComparison.Ordinal);
        var name = $"{Interlocked.Increment(ref _counter):D3}-{Unsafe().Replace(test, "_")}";
        var width = page.ViewportSize?.Width ?? 0;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name[..Math.Min(name.Length, 120)]}-{width}px.png"), FullPage = true });
    }

    [GeneratedRegex("[^A-Za-z0-9_.-]+")]
    private static partial Regex Unsafe();
}
