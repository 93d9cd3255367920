using System.Globalization;
using System.Text;

namespace Verbind.Partners.Domain;

/// <summary>
/// Text folded for searching: lower case, without accents, single spaces. Stored beside a record so a
/// search behaves the same on SQLite and PostgreSQL ("helene" finds "Hélène").
/// </summary>
public static class SearchText
{
    public static string Fold(params IEnumerable<string?> parts)
    {
        var joined = string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        var decomposed = joined.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    folded.Append(' ');
                }
                lastWasSpace = true;
                continue;
            }
            folded.Append(char.ToLowerInvariant(c));
            lastWasSpace = false;
        }
        return folded.ToString().TrimEnd();
    }

    /// <summary>The words of a search box, folded; at most <paramref name="max"/> words of 100 characters.</summary>
    public static IReadOnlyList<string> Terms(string? query, int max = 5) =>
        Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Length > 100 ? t[..100] : t)
            .Distinct()
            .Take(max)
            .ToList();
}
