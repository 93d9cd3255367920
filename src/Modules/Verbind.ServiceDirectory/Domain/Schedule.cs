using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.ServiceDirectory.Domain;

/// <summary>
/// When a service or location is open (HSDS <c>schedule</c>, an iCalendar-like rule): weekly on some days
/// between two times, or monthly on a day of the month, within an optional validity period.
/// </summary>
public sealed class Schedule : Entity, INetworkOwned
{
    public Guid NetworkId { get; set; }
    public Guid? ServiceId { get; set; }
    public Guid? LocationId { get; set; }
    public Guid? ServiceAtLocationId { get; set; }
    public ScheduleFrequency Frequency { get; set; } = ScheduleFrequency.Weekly;
    public int Interval { get; set; } = 1;
    public List<DayOfWeek> Days { get; set; } = [];

    /// <summary>For monthly rules: the day of the month (1–31).</summary>
    public int? DayOfMonth { get; set; }
    public TimeOnly? OpensAt { get; set; }
    public TimeOnly? ClosesAt { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public AttendingType AttendingType { get; set; } = AttendingType.InPerson;
    public string? Description { get; set; }
    public string? Notes { get; set; }

    /// <summary>True when the rule has an occurrence on this day (within its validity and interval).</summary>
    public bool OccursOn(DateOnly day)
    {
        if (day < ValidFrom || day > ValidTo)
        {
            return false;
        }
        var interval = Math.Max(1, Interval);
        return Frequency switch
        {
            ScheduleFrequency.Weekly => (Days.Count == 0 || Days.Contains(day.DayOfWeek)) && WeeksSinceStart(day) % interval == 0,
            ScheduleFrequency.Monthly => DayOfMonth == day.Day && MonthsSinceStart(day) % interval == 0,
            _ => false,
        };
    }

    /// <summary>True when the service is open at this local time on this day (closing time excluded).</summary>
    public bool IsOpenAt(DateOnly day, TimeOnly time) => OccursOn(day) && Covers(time);

    /// <summary>True when the time lies between opening and closing (closing excluded), whatever the day.</summary>
    public bool Covers(TimeOnly time) => (OpensAt is null || time >= OpensAt) && (ClosesAt is null || time < ClosesAt);

    private int WeeksSinceStart(DateOnly day) => ValidFrom is { } from ? (day.DayNumber - StartOfWeek(from).DayNumber) / 7 : 0;

    private int MonthsSinceStart(DateOnly day) => ValidFrom is { } from ? (day.Year - from.Year) * 12 + day.Month - from.Month : 0;

    private static DateOnly StartOfWeek(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}

public enum ScheduleFrequency
{
    Weekly,
    Monthly,
}

/// <summary>HSDS attending_type: how a parent attends.</summary>
public enum AttendingType
{
    InPerson,
    Online,
    Phone,
    Hybrid,
}

/// <summary>A day a location keeps other hours or is closed (holidays); beyond HSDS.</summary>
public sealed class SpecialDay : Entity, INetworkOwned
{
    public Guid NetworkId { get; set; }
    public Guid LocationId { get; set; }
    public DateOnly Date { get; set; }
    public bool Closed { get; set; } = true;
    public TimeOnly? OpensAt { get; set; }
    public TimeOnly? ClosesAt { get; set; }
    public string? Reason { get; set; }
}

/// <summary>Whether a place is open at a moment, with its exceptions taking precedence over the weekly rules.</summary>
public static class OpeningHours
{
    public static bool IsOpenAt(IEnumerable<Schedule> schedules, IEnumerable<SpecialDay> specialDays, DateOnly day, TimeOnly time) =>
        new ServiceHours([], [new PlaceHours([.. schedules], [.. specialDays])]).IsOpenOn(day, time);
}

/// <summary>A dated event of a service (an info evening, a group session); beyond HSDS.</summary>
public sealed class ServiceEvent : Entity, INetworkOwned
{
    public Guid NetworkId { get; set; }
    public Guid ServiceId { get; set; }
    public Guid? LocationId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
}
