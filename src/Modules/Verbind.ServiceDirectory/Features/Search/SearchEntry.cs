using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.Geo;

namespace Verbind.ServiceDirectory.Features.Search;

/// <summary>
/// What the search index keeps of one active service in memory: everything a filter, a facet, the
/// distance and a result card need, so a search reads no database row. Only public fields.
/// </summary>
internal sealed record SearchEntry
{
    public required Guid Id { get; init; }
    public required Guid NetworkId { get; init; }
    public required Guid OrganisationId { get; init; }
    public required string Name { get; init; }
    public string? OrganisationName { get; init; }
    public string? Summary { get; init; }
    public int MinimumAgeMonths { get; init; } = AgeRange.PregnancyStart;
    public int MaximumAgeMonths { get; init; } = AgeRange.Oldest;
    public bool IsFree { get; init; }
    public string[] Languages { get; init; } = [];
    public Guid[] TermIds { get; init; } = [];
    public Guid[] TaxonomyIds { get; init; } = [];

    /// <summary>Term codes with their taxonomy code, e.g. ("pijler", "ontmoeting").</summary>
    public (string Taxonomy, string Term)[] Terms { get; init; } = [];

    /// <summary>The public municipalities of the locations (redacted ones included: the municipality is public).</summary>
    public string[] Municipalities { get; init; } = [];

    /// <summary><see cref="Municipalities"/> folded for comparison (<see cref="Gazetteer.Fold"/>); set by the index.</summary>
    public string[] FoldedMunicipalities { get; init; } = [];

    /// <summary>The public points of the locations (rounded for redacted ones).</summary>
    public GeoPoint[] Points { get; init; } = [];

    /// <summary>The accessibility features that at least one location has, as bits of <see cref="AccessibilityFeature"/>.</summary>
    public int Accessibility { get; init; }

    /// <summary>Weekly opening windows: the days as bits of <see cref="DayOfWeek"/>, and minutes since midnight.</summary>
    public OpeningWindow[] Openings { get; init; } = [];

    public DateTime UpdatedAt { get; init; }

    /// <summary>The ids of its facet values in the index (see <see cref="FacetValues"/>).</summary>
    public int[] FacetIds { get; init; } = [];

    /// <summary>The text the engine matches: name, other names, descriptions, translations, terms, places.</summary>
    public string Text { get; init; } = "";

    public bool IsOpenOn(DayOfWeek day, TimeOnly? time)
    {
        var minute = time is { } t ? t.Hour * 60 + t.Minute : -1;
        foreach (var window in Openings)
        {
            if ((window.Days & (1 << (int)day)) != 0 && (minute < 0 || (minute >= window.OpensMinute && minute < window.ClosesMinute)))
            {
                return true;
            }
        }
        return false;
    }
}

internal readonly record struct OpeningWindow(int Days, int OpensMinute, int ClosesMinute)
{
    public const int EveryDay = 0b111_1111;

    public static OpeningWindow From(Schedule schedule)
    {
        // A monthly rule falls on every weekday in turn, so it may match any day.
        var days = schedule.Frequency == ScheduleFrequency.Weekly && schedule.Days.Count > 0
            ? schedule.Days.Aggregate(0, (bits, day) => bits | (1 << (int)day))
            : EveryDay;
        var opens = schedule.OpensAt is { } o ? o.Hour * 60 + o.Minute : 0;
        var closes = schedule.ClosesAt is { } c ? c.Hour * 60 + c.Minute : 24 * 60;
        return new OpeningWindow(days, opens, closes);
    }
}
