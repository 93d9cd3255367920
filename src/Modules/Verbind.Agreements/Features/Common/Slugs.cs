using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Verbind.Agreements.Features.Common;

/// <summary>The last part of a public address (/campagne/{slug}): lower-case letters, digits and single hyphens.</summary>
public static partial class Slugs
{
    public const int MaxLength = 80;

    /// <summary>"Gemeente Zilverbeek-Noord (Oost)" → "gemeente-zilverbeek-noord-oost"; accents dropped, at most <see cref="MaxLength"/>.</summary>
    public static string FromText(string text)
    {
        var words = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                words.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && words.Length > 0 && words[^1] != '-')
            {
                words.Append('-');
            }
        }
        return words.ToString(0, Math.Min(words.Length, MaxLength)).Trim('-');
    }

    public static bool IsValid(string? slug) => slug is { Length: >= 2 and <= MaxLength } && Pattern().IsMatch(slug);

    /// <summary>The typed slug, or one made from <paramref name="fallback"/> when none was typed; null (and a message) when wrong.</summary>
    public static string? Check(FieldErrors errors, string field, string? typed, string? fallback)
    {
        var slug = string.IsNullOrWhiteSpace(typed) ? FromText(fallback ?? "") : typed.Trim();
        if (!IsValid(slug))
        {
            errors.Add(field, "Error.SlugInvalid");
            return null;
        }
        return slug;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
