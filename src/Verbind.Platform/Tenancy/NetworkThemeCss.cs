using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;

namespace Verbind.Platform.Tenancy;

/// <summary>
/// A network's colours as CSS custom properties over the NL Design System tokens. A stylesheet of its
/// own, not inline style, so the Content-Security-Policy can forbid inline styles.
/// </summary>
public static partial class NetworkThemeCss
{
    public static async Task<IResult> GetAsync(string slug, AppDbContext db, CancellationToken cancellationToken)
    {
        var theme = await db.Networks.AsNoTracking().Where(n => n.Slug == slug).Select(n => n.Theme).FirstOrDefaultAsync(cancellationToken);
        if (theme is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Text(Render(theme), "text/css; charset=utf-8");
    }

    public static string Render(NetworkTheme theme)
    {
        var primary = IsHexColor(theme.PrimaryColor) ? theme.PrimaryColor : new NetworkTheme().PrimaryColor;
        var accent = IsHexColor(theme.AccentColor) ? theme.AccentColor : new NetworkTheme().AccentColor;
        return string.Create(CultureInfo.InvariantCulture, $$"""
            .voorbeeld-theme {
              --verbind-primary: {{primary}};
              --verbind-accent: {{accent}};
              --basis-color-action-1-inverse-bg-default: {{primary}};
              --basis-color-action-1-inverse-bg-hover: {{accent}};
              --basis-color-action-1-inverse-bg-active: {{accent}};
              --basis-color-action-1-color-default: {{primary}};
              --basis-color-action-1-color-hover: {{accent}};
            }
            """);
    }

    public static bool IsHexColor(string? value) => value is not null && HexColor().IsMatch(value);

    /// <summary>WCAG contrast ratio of a colour against white text, 1..21.</summary>
    public static double ContrastWithWhite(string hex)
    {
        var luminance = RelativeLuminance(hex);
        return 1.05 / (luminance + 0.05);
    }

    private static double RelativeLuminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();
}
