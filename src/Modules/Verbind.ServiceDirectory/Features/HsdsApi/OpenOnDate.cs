using System.Linq.Expressions;
using Verbind.ServiceDirectory.Domain;

namespace Verbind.ServiceDirectory.Features.HsdsApi;

/// <summary>
/// <see cref="ServiceHours.IsOpenOn"/> as a query the database runs (the API filters in SQL): the same
/// rule of places and special days. One difference, on the safe side: a rule every n weeks counts as
/// weekly here, so such a service may show on a week it skips.
/// </summary>
internal static class OpenOnDate
{
    public static Expression<Func<Service, bool>> Predicate(DateOnly date, TimeOnly? time)
    {
        var day = date.DayOfWeek;
        var dayOfMonth = date.Day;
        // A null time is a null parameter: EF leaves its conditions out of the SQL.
        Expression<Func<Schedule, bool>> occurs = x =>
            (x.ValidFrom == null || x.ValidFrom <= date) && (x.ValidTo == null || x.ValidTo >= date)
            && ((x.Frequency == ScheduleFrequency.Weekly && (x.Days.Count == 0 || x.Days.Contains(day)))
                || (x.Frequency == ScheduleFrequency.Monthly && x.DayOfMonth == dayOfMonth))
            && (time == null || ((x.OpensAt == null || x.OpensAt <= time) && (x.ClosesAt == null || x.ClosesAt > time)));
        Expression<Func<SpecialDay, bool>> special = d =>
            d.Date == date && !d.Closed && (time == null || ((d.OpensAt == null || d.OpensAt <= time) && (d.ClosesAt == null || d.ClosesAt > time)));
        return s =>
            (s.Locations.Count == 0 && s.Schedules.AsQueryable().Any(occurs))
            || s.Locations.Any(l =>
                (!l.Location!.SpecialDays.Any(d => d.Date == date)
                    && (s.Schedules.Count > 0 ? s.Schedules.AsQueryable().Any(occurs) : l.Location.Schedules.AsQueryable().Any(occurs)))
                || (l.Location.SpecialDays.AsQueryable().Any(special) && (s.Schedules.Count == 0 || s.Schedules.AsQueryable().Any(occurs))));
    }
}
