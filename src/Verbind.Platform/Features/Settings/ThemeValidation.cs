using System.ComponentModel.DataAnnotations;
using Verbind.Platform.Tenancy;

namespace Verbind.Platform.Features.Settings;

/// <summary>A #rrggbb colour that white text can be read on (WCAG contrast at least 4.5:1).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ReadableWithWhiteTextAttribute : ValidationAttribute
{
    public const double MinimumContrast = 4.5;

    // The format is checked by its own attribute; this one judges only well-formed colours.
    public override bool IsValid(object? value) =>
        value is not string colour || !NetworkThemeCss.IsHexColor(colour) || NetworkThemeCss.ContrastWithWhite(colour) >= MinimumContrast;
}

/// <summary>Empty, or an absolute https address (the logo is loaded by every visitor's browser).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HttpsAddressAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || IsHttps(text.Trim());

    public static bool IsHttps(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host) && string.IsNullOrEmpty(uri.UserInfo);
}
