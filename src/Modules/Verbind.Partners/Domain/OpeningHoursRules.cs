namespace Verbind.Partners.Domain;

/// <summary>What makes a week of opening hours valid: each period closes after it opens, and periods of one day do not overlap.</summary>
public static class OpeningHoursRules
{
    public static IReadOnlyList<OpeningHoursProblem> Check(IEnumerable<OpeningHours> hours)
    {
        var problems = new List<OpeningHoursProblem>();
        foreach (var day in hours.GroupBy(h => h.Day))
        {
            var periods = day.OrderBy(h => h.Opens).ToList();
            foreach (var period in periods.Where(p => p.Closes <= p.Opens))
            {
                problems.Add(new OpeningHoursProblem(day.Key, OpeningHoursError.ClosesBeforeOpens));
            }
            for (var i = 1; i < periods.Count; i++)
            {
                if (periods[i].Opens < periods[i - 1].Closes)
                {
                    problems.Add(new OpeningHoursProblem(day.Key, OpeningHoursError.Overlaps));
                }
            }
        }
        return problems;
    }

    /// <summary>Monday first, as in Belgium and the Netherlands.</summary>
    public static readonly IReadOnlyList<DayOfWeek> Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
}

public sealed record OpeningHoursProblem(DayOfWeek Day, OpeningHoursError Error);

public enum OpeningHoursError
{
    ClosesBeforeOpens,
    Overlaps,
}
