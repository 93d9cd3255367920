using Microsoft.Extensions.Localization;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Localisation;

namespace Verbind.ServiceDirectory.Features.EditService;

/// <summary>The fixed choices of the service form: ages, languages, statuses.</summary>
public static class ServiceChoices
{
    /// <summary>ISO 639-1 codes of the languages a service is most often given in here.</summary>
    public static readonly IReadOnlyList<string> LanguageCodes = ["nl", "fr", "en", "de", "ar", "tr", "pl", "ro", "bg", "es", "it", "pt", "ru", "uk", "so", "ti", "prs", "ps", "fa", "bs", "sq", "zh"];

    /// <summary>Ages a service starts or ends at, in months: the pregnancy by trimester, then babies, then years.</summary>
    public static readonly IReadOnlyList<int> AgeMonths =
        [-9, -6, -3, 0, 1, 3, 6, 9, 12, 18, 24, 30, 36, 48, 60, 72, 84, 96, 108, 120, 132, 144, 156, 168, 180, 192, 204, 216, 228, 240, 252, 264, 276, 288];

    public static IEnumerable<(string Value, string Text)> Ages(IStringLocalizer<DirectoryText> text, string? current)
    {
        var months = AgeMonths.ToList();
        if (int.TryParse(current, out var stored) && !months.Contains(stored) && stored is >= AgeRange.PregnancyStart and <= AgeRange.Oldest)
        {
            months.Add(stored);
            months.Sort();
        }
        return months.Select(m => (m.ToString(System.Globalization.CultureInfo.InvariantCulture), AgeText(text, m)));
    }

    public static string AgeText(IStringLocalizer<DirectoryText> text, int months) => months switch
    {
        AgeRange.PregnancyStart => text["Age.PregnancyStart"],
        < 0 => text["Age.PregnancyMonth", 9 + months + 1],
        0 => text["Age.Birth"],
        < 24 => text["Age.Months", months],
        _ when months % 12 == 0 => text["Age.Years", months / 12],
        _ => text["Age.YearsMonths", months / 12, months % 12],
    };

    public static string RangeText(IStringLocalizer<DirectoryText> text, int? minimum, int? maximum) => (minimum, maximum) switch
    {
        (null, null) => text["Age.Everyone"],
        ({ } from, null) => text["Age.From", AgeText(text, from)],
        (null, { } to) => text["Age.UpTo", AgeText(text, to)],
        ({ } from, { } to) => text["Age.Between", AgeText(text, from), AgeText(text, to)],
    };

    public static IEnumerable<(string Value, string Text)> Statuses(IStringLocalizer<DirectoryText> text) =>
        Enum.GetNames<ServiceStatus>().Select(s => (s, text[$"Status.{s}"].Value));

    public static IEnumerable<(string Value, string Text)> Languages(IStringLocalizer<DirectoryText> text) =>
        LanguageCodes.Select(c => (c, text[$"Language.{c}"].Value));
}
