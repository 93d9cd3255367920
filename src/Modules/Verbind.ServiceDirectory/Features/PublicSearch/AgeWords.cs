using Microsoft.Extensions.Localization;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Localisation;

namespace Verbind.ServiceDirectory.Features.PublicSearch;

/// <summary>An age range as a parent reads it: "zwangerschap", "0–3 jaar", "vanaf 12 jaar", "alle leeftijden".</summary>
internal static class AgeWords
{
    public static string Describe(int? minimum, int? maximum, IStringLocalizer<SearchText> l)
    {
        var from = minimum ?? AgeRange.PregnancyStart;
        var to = maximum ?? AgeRange.Oldest;
        if (from <= AgeRange.PregnancyStart && to >= AgeRange.Oldest)
        {
            return l["Age.All"];
        }
        if (to <= 0 && from < 0)
        {
            return to == 0 ? l["Age.PregnancyAndBirth"] : l["Age.Pregnancy"];
        }
        if (from < 0)
        {
            return l["Age.PregnancyUntil", Single(to, l)];
        }
        if (to >= AgeRange.Oldest)
        {
            return l["Age.From", Single(from, l)];
        }
        return from % 12 == 0 && to % 12 == 0
            ? l["Age.RangeYears", from / 12, to / 12]
            : l["Age.RangeMonths", from, to];
    }

    /// <summary>One age: "3 maanden", "2 jaar", "zwanger".</summary>
    public static string Single(int months, IStringLocalizer<SearchText> l) => months switch
    {
        < 0 => l["Age.Pregnant"],
        _ when months % 12 == 0 && months > 0 => l["Age.Years", months / 12],
        _ => l["Age.Months", months],
    };
}
