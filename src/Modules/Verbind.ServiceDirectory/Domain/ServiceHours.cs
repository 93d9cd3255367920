namespace Verbind.ServiceDirectory.Domain;

/// <summary>The opening rules of one location of a service: its weekly (or monthly) rules and its special days.</summary>
public sealed record PlaceHours(IReadOnlyList<Schedule> Schedules, IReadOnlyList<SpecialDay> SpecialDays);

/// <summary>
/// When a service is open, as the day and time filters ask it (ADR 0066). A service is open on a date when
/// one of its places is: a place is each of its locations, or the service itself when it has none. At a
/// place the service's own rules hold, or else the location's; a special day of the location wins over
/// both: closed is closed, other hours replace the location's hours (and narrow the service's own).
/// </summary>
public sealed record ServiceHours(IReadOnlyList<Schedule> OwnSchedules, IReadOnlyList<PlaceHours> Places)
{
    public static readonly ServiceHours None = new([], []);

    /// <summary>Open on this date, and at this local time when one is given.</summary>
    public bool IsOpenOn(DateOnly date, TimeOnly? time = null)
    {
        if (Places.Count == 0)
        {
            return Fits(OwnSchedules, date, time);
        }
        foreach (var place in Places)
        {
            if (IsOpenAt(place, date, time))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Open at this time of day on some day of its regular rules (no date asked, so no special day counts).</summary>
    public bool IsOpenAtSomeDay(TimeOnly time) =>
        (OwnSchedules.Count > 0 ? OwnSchedules : Places.SelectMany(p => p.Schedules)).Any(s => s.Covers(time));

    /// <summary>The date a day filter means: the next such weekday from today, today included.</summary>
    public static DateOnly NextDate(DayOfWeek day, DateOnly today) => today.AddDays(((int)day - (int)today.DayOfWeek + 7) % 7);

    private bool IsOpenAt(PlaceHours place, DateOnly date, TimeOnly? time)
    {
        var special = place.SpecialDays.FirstOrDefault(d => d.Date == date);
        if (special is null)
        {
            return Fits(OwnSchedules.Count > 0 ? OwnSchedules : place.Schedules, date, time);
        }
        if (special.Closed)
        {
            return false;
        }
        var inSpecialHours = time is not { } t
            || ((special.OpensAt is null || t >= special.OpensAt) && (special.ClosesAt is null || t < special.ClosesAt));
        return inSpecialHours && (OwnSchedules.Count == 0 || Fits(OwnSchedules, date, time));
    }

    private static bool Fits(IReadOnlyList<Schedule> schedules, DateOnly date, TimeOnly? time)
    {
        foreach (var schedule in schedules)
        {
            if (time is { } t ? schedule.IsOpenAt(date, t) : schedule.OccursOn(date))
            {
                return true;
            }
        }
        return false;
    }
}
