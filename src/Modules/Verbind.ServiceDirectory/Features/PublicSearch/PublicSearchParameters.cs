using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.Geo;
using Verbind.ServiceDirectory.Features.Search;

namespace Verbind.ServiceDirectory.Features.PublicSearch;

/// <summary>
/// The criteria of /aanbod as query-string parameters (so every search is a link a parent can share),
/// read leniently: a value that makes no sense is left out with a notice, never an error page.
/// </summary>
internal sealed class PublicSearchParameters
{
    public const int MaxTextLength = 200;
    public const int DefaultRadiusKm = 10;
    public const int MaxPage = 500;
    public const int PageSize = 20;

    /// <summary>The values the page lists of each facet.</summary>
    public const int FacetValuesShown = 12;

    public static readonly string[] Names = ["q", "leeftijd", "gemeente", "afstand", "dag", "uur", "gratis", "taal", "toegankelijk", "pijler", "thema", "doelgroep", "plaats", "sort", "pagina"];

    public static readonly IReadOnlyDictionary<string, DayOfWeek> Days = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["ma"] = DayOfWeek.Monday, ["di"] = DayOfWeek.Tuesday, ["wo"] = DayOfWeek.Wednesday, ["do"] = DayOfWeek.Thursday,
        ["vr"] = DayOfWeek.Friday, ["za"] = DayOfWeek.Saturday, ["zo"] = DayOfWeek.Sunday,
    };

    public static readonly IReadOnlyDictionary<string, AccessibilityFeature> Accessibility = new Dictionary<string, AccessibilityFeature>(StringComparer.OrdinalIgnoreCase)
    {
        ["rolstoel"] = AccessibilityFeature.WheelchairAccessible,
        ["drempelvrij"] = AccessibilityFeature.StepFreeEntrance,
        ["toilet"] = AccessibilityFeature.AccessibleToilet,
        ["verzorgingstafel"] = AccessibilityFeature.BabyChangingTable,
        ["kinderwagen"] = AccessibilityFeature.PramSpace,
        ["stille-ruimte"] = AccessibilityFeature.QuietRoom,
        ["voedingsruimte"] = AccessibilityFeature.BreastfeedingRoom,
        ["ringleiding"] = AccessibilityFeature.HearingLoop,
        ["gebarentaal"] = AccessibilityFeature.SignLanguage,
        ["parking"] = AccessibilityFeature.AccessibleParking,
        ["openbaar-vervoer"] = AccessibilityFeature.NearPublicTransport,
        ["geleidehond"] = AccessibilityFeature.GuideDogsWelcome,
    };

    /// <summary>The ages a parent picks from, as the link value and the months.</summary>
    public static readonly (string Value, int Months)[] Ages =
    [
        ("zwanger", -1), ("0m", 0), ("3m", 3), ("6m", 6), ("9m", 9), ("1j", 12), ("18m", 18), ("2j", 24), ("3j", 36), ("4j", 48),
        ("5j", 60), ("6j", 72), ("8j", 96), ("10j", 120), ("12j", 144), ("14j", 168), ("16j", 192), ("18j", 216), ("21j", 252),
    ];

    public static readonly int[] Radii = [2, 5, 10, 25, 50];

    private readonly Dictionary<string, StringValues> _values;

    private PublicSearchParameters(Dictionary<string, StringValues> values) => _values = values;

    public string Text { get; private set; } = "";
    public string? Age { get; private set; }
    public string Place { get; private set; } = "";
    public GeoPlace? ResolvedPlace { get; private set; }
    public int? RadiusKm { get; private set; }
    public string? Day { get; private set; }

    /// <summary>The date the asked day stands for: the next such day, today included.</summary>
    public DateOnly? Date { get; private set; }
    public string? Time { get; private set; }
    public bool FreeOnly { get; private set; }
    public string? Language { get; private set; }
    public IReadOnlyList<string> Access { get; private set; } = [];
    public string? Pillar { get; private set; }
    public string? Theme { get; private set; }
    public string? TargetGroup { get; private set; }
    public string? Municipality { get; private set; }
    public SearchSort Sort { get; private set; }
    public int Page { get; private set; } = 1;

    /// <summary>The names of the parameters whose value was not understood (the page says so).</summary>
    public List<string> Rejected { get; } = [];

    public bool PlaceUnknown { get; private set; }

    public ServiceQuery Query { get; private set; } = new();

    /// <param name="today">The local date: a day asked (<c>dag=ma</c>) means its next date from today (ADR 0066).</param>
    public static PublicSearchParameters Parse(IEnumerable<KeyValuePair<string, StringValues>> query, Gazetteer gazetteer, DateOnly today)
    {
        var values = query.Where(p => Names.Contains(p.Key, StringComparer.Ordinal)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var p = new PublicSearchParameters(values);
        p.Read(gazetteer, today);
        return p;
    }

    private string? One(string name)
    {
        var value = _values.TryGetValue(name, out var v) ? v.FirstOrDefault() : null;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private void Read(Gazetteer gazetteer, DateOnly today)
    {
        var text = One("q") ?? "";
        Text = text.Length > MaxTextLength ? text[..MaxTextLength] : text;

        int? ageMonths = null;
        if (One("leeftijd") is { } age)
        {
            if (ParseAge(age) is { } months)
            {
                Age = age.ToLowerInvariant();
                ageMonths = months;
            }
            else
            {
                Rejected.Add("leeftijd");
            }
        }

        if (One("gemeente") is { } place)
        {
            Place = place.Length > 100 ? place[..100] : place;
            ResolvedPlace = gazetteer.Resolve(Place);
            PlaceUnknown = ResolvedPlace is null;
        }
        if (One("afstand") is { } radius)
        {
            if (int.TryParse(radius, NumberStyles.None, CultureInfo.InvariantCulture, out var km) && km is >= 1 and <= 300)
            {
                RadiusKm = km;
            }
            else
            {
                Rejected.Add("afstand");
            }
        }
        if (ResolvedPlace is not null)
        {
            RadiusKm ??= DefaultRadiusKm;
        }

        if (One("dag") is { } dayText)
        {
            if (Days.TryGetValue(dayText, out var d))
            {
                Day = dayText.ToLowerInvariant();
                Date = ServiceHours.NextDate(d, today);
            }
            else
            {
                Rejected.Add("dag");
            }
        }
        TimeOnly? time = null;
        if (One("uur") is { } timeText)
        {
            if (ParseTime(timeText) is { } t)
            {
                Time = t.ToString("HH:mm", CultureInfo.InvariantCulture);
                time = t;
            }
            else
            {
                Rejected.Add("uur");
            }
        }

        FreeOnly = One("gratis") is "1" or "ja" or "true";

        if (One("taal") is { } language)
        {
            if (language.Length is 2 or 3 && language.All(char.IsAsciiLetter))
            {
                Language = language.ToLowerInvariant();
            }
            else
            {
                Rejected.Add("taal");
            }
        }

        var access = new List<string>();
        foreach (var value in _values.TryGetValue("toegankelijk", out var all) ? all.Take(12) : [])
        {
            if (value is not null && Accessibility.ContainsKey(value.Trim()))
            {
                access.Add(value.Trim().ToLowerInvariant());
            }
            else if (!string.IsNullOrWhiteSpace(value))
            {
                Rejected.Add("toegankelijk");
            }
        }
        Access = access.Distinct().ToList();

        Pillar = Code(One("pijler"), "pijler");
        Theme = Code(One("thema"), "thema");
        TargetGroup = Code(One("doelgroep"), "doelgroep");
        Municipality = One("plaats") is { Length: <= 100 } municipality ? municipality : null;

        Sort = One("sort") switch
        {
            "afstand" when ResolvedPlace is not null => SearchSort.Distance,
            "naam" => SearchSort.Name,
            _ => SearchSort.Relevance,
        };

        if (One("pagina") is { } pageText)
        {
            if (int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= MaxPage)
            {
                Page = page;
            }
            else
            {
                Rejected.Add("pagina");
            }
        }

        Query = new ServiceQuery
        {
            Text = Text,
            AgeMonths = ageMonths,
            Near = ResolvedPlace?.Point,
            RadiusKm = ResolvedPlace is null ? null : RadiusKm,
            Date = Date,
            Time = time,
            FreeOnly = FreeOnly,
            Language = Language,
            Accessibility = Access.Select(a => Accessibility[a]).ToList(),
            TermCodes = new[] { Pillar, Theme, TargetGroup }.OfType<string>().ToList(),
            Municipality = Municipality,
            Sort = Sort,
            FacetValues = FacetValuesShown,
            Page = Page,
            PageSize = PageSize,
        };
    }

    private string? Code(string? value, string name)
    {
        if (value is null)
        {
            return null;
        }
        if (value.Length <= 60 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return value;
        }
        Rejected.Add(name);
        return null;
    }

    /// <summary>"19:00", "9:30" or a whole hour "19".</summary>
    internal static TimeOnly? ParseTime(string text) =>
        TimeOnly.TryParseExact(text, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour is >= 0 and <= 23 ? new TimeOnly(hour, 0)
        : null;

    /// <summary>"zwanger", "3m" (months), "2j" or "2" (years).</summary>
    internal static int? ParseAge(string text)
    {
        var value = text.Trim().ToLowerInvariant();
        if (value is "zwanger" or "zwangerschap")
        {
            return -1;
        }
        var unit = value.Length > 0 && char.IsAsciiLetter(value[^1]) ? value[^1] : 'j';
        var number = char.IsAsciiLetter(value.LastOrDefault()) ? value[..^1] : value;
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return null;
        }
        int? months = unit switch
        {
            'm' => amount,
            'j' or 'y' => amount <= 24 ? amount * 12 : null,
            _ => null,
        };
        return months is >= 0 and <= AgeRange.Oldest ? months : null;
    }

    /// <summary>This search's link with one parameter set (or removed when null); paging restarts unless it is the page.</summary>
    public string With(string name, string? value)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        foreach (var key in Names)
        {
            if (key == name || (key == "pagina" && name != "pagina"))
            {
                continue;
            }
            foreach (var v in Current(key))
            {
                pairs.Add(new(key, v));
            }
        }
        if (value is not null)
        {
            pairs.Add(new(name, value));
        }
        return QueryHelpers.AddQueryString("/aanbod", pairs);
    }

    /// <summary>The understood values of a parameter, as they go back into links.</summary>
    private IEnumerable<string> Current(string key) => key switch
    {
        "q" => Text.Length > 0 ? [Text] : [],
        "leeftijd" => Age is null ? [] : [Age],
        "gemeente" => Place.Length > 0 ? [Place] : [],
        "afstand" => RadiusKm is { } r && ResolvedPlace is not null ? [r.ToString(CultureInfo.InvariantCulture)] : [],
        "dag" => Day is null ? [] : [Day],
        "uur" => Time is null ? [] : [Time],
        "gratis" => FreeOnly ? ["1"] : [],
        "taal" => Language is null ? [] : [Language],
        "toegankelijk" => Access,
        "pijler" => Pillar is null ? [] : [Pillar],
        "thema" => Theme is null ? [] : [Theme],
        "doelgroep" => TargetGroup is null ? [] : [TargetGroup],
        "plaats" => Municipality is null ? [] : [Municipality],
        "sort" => Sort switch { SearchSort.Distance => ["afstand"], SearchSort.Name => ["naam"], _ => [] },
        "pagina" => Page > 1 ? [Page.ToString(CultureInfo.InvariantCulture)] : [],
        _ => [],
    };
}
