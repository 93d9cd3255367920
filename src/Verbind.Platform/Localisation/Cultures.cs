using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;

namespace Verbind.Platform.Localisation;

/// <summary>The languages Verbind speaks. Dutch as spoken in Belgium is the default.</summary>
public static class Cultures
{
    public const string Default = "nl-BE";

    public static readonly IReadOnlyList<(string Code, string NativeName)> Supported =
    [
        ("nl-BE", "Nederlands (België)"),
        ("nl-NL", "Nederlands (Nederland)"),
        ("fr-BE", "Français"),
        ("en-GB", "English"),
    ];

    public static bool IsSupported(string? code) => Supported.Any(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));

    public static RequestLocalizationOptions RequestOptions()
    {
        var cultures = Supported.Select(c => new CultureInfo(c.Code)).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Default),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        // The cookie (the language switch) wins over the browser's Accept-Language; no query string switch.
        options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        return options;
    }
}
