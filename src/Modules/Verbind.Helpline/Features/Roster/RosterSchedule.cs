using Verbind.Helpline.Domain;
using Verbind.Platform.Ui;

namespace Verbind.Helpline.Features.Roster;

/// <summary>One dated occurrence of a weekly shift, with its start and end in UTC.</summary>
public sealed record ShiftOccurrence(Shift Shift, DateOnly Date, DateTime StartUtc, DateTime EndUtc, int SignedUp)
{
    public bool Covered => SignedUp >= Shift.Needed;
}

/// <summary>
/// The weekly roster unfolded into dated occurrences: which shift runs now, when the next staffed one
/// starts, and which coming occurrences lack counsellors. Pure: the caller passes shifts, closures and
/// sign-ups in.
/// </summary>
public static class RosterSchedule
{
    public static IEnumerable<ShiftOccurrence> Occurrences(
        IEnumerable<Shift> shifts, IEnumerable<RosterClosure> closures, IEnumerable<ShiftSignup> signups, DateOnly from, int days)
    {
        var closed = closures.Select(c => c.Date).ToHashSet();
        var counts = signups.GroupBy(s => (s.ShiftId, s.Date)).ToDictionary(g => g.Key, g => g.Count());
        var shiftList = shifts.ToList();
        for (var i = 0; i < days; i++)
        {
            var date = from.AddDays(i);
            if (closed.Contains(date))
            {
                continue;
            }
            foreach (var shift in shiftList.Where(s => s.Day == date.DayOfWeek).OrderBy(s => s.Start))
            {
                var start = ToUtc(date, shift.Start);
                // A shift that ends at or before its start (22:00–01:00) runs past midnight.
                var end = shift.End > shift.Start ? ToUtc(date, shift.End) : ToUtc(date.AddDays(1), shift.End);
                yield return new ShiftOccurrence(shift, date, start, end, counts.GetValueOrDefault((shift.Id, date)));
            }
        }
    }

    /// <summary>The staffed occurrence running at <paramref name="nowUtc"/>, if any.</summary>
    public static ShiftOccurrence? Current(IEnumerable<ShiftOccurrence> occurrences, DateTime nowUtc) =>
        occurrences.FirstOrDefault(o => o.SignedUp > 0 && o.StartUtc <= nowUtc && nowUtc < o.EndUtc);

    /// <summary>The first staffed occurrence that starts after <paramref name="nowUtc"/>.</summary>
    public static ShiftOccurrence? Next(IEnumerable<ShiftOccurrence> occurrences, DateTime nowUtc) =>
        occurrences.Where(o => o.SignedUp > 0 && o.StartUtc > nowUtc).OrderBy(o => o.StartUtc).FirstOrDefault();

    public static IEnumerable<ShiftOccurrence> Gaps(IEnumerable<ShiftOccurrence> occurrences, DateTime nowUtc) =>
        occurrences.Where(o => !o.Covered && o.EndUtc > nowUtc);

    /// <summary>Today's date in the local zone; occurrences start a day earlier so a shift past midnight is seen.</summary>
    public static DateOnly LocalToday(DateTime nowUtc) => DateOnly.FromDateTime(LocalTime.FromUtc(nowUtc));

    private static DateTime ToUtc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), LocalTime.Zone);
}
