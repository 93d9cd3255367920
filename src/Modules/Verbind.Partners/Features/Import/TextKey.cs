using System.Globalization;
using System.Text;

namespace Verbind.Partners.Features.Import;

/// <summary>
/// Text reduced for comparison: lower case, accents removed, only letters and digits.
/// "Huis van het Kind Zonnedal" and "huis-van-het-kind zonnedál" get the same key.
/// </summary>
internal static class TextKey
{
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The identity of an organisation within a network: its name and postcode.</summary>
    public static string NameAndPostcode(string name, string? postcode) => $"{Of(name)}|{Of(postcode)}";
}
