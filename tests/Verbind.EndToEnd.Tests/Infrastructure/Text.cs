using System.Globalization;
using System.Resources;
using Verbind.Platform.Localisation;

namespace Verbind.EndToEnd.Tests.Infrastructure;

/// <summary>The app's own UI texts, read from its resources, so tests find elements the way a reader does without copying sentences.</summary>
public static class Text
{
    public const string Dutch = "nl-BE";
    public const string French = "fr-BE";
    public const string English = "en-GB";

    private static readonly ResourceManager Shared = new("Verbind.Platform.Localisation.SharedText", typeof(SharedText).Assembly);

    public static string Get(string key, string culture = Dutch) =>
        Shared.GetString(key, CultureInfo.GetCultureInfo(culture)) ?? throw new KeyNotFoundException($"No text '{key}' for {culture}.");

    public static string SignIn => Get("SignIn");
    public static string SignOut => Get("SignOut");
    public static string Email => Get("Email");
    public static string Password => Get("Password");
    public static string AuthenticatorCode => Get("AuthenticatorCode");
}
