using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Platform.Data;
using Verbind.Platform.Ui;

namespace Verbind.Helpline.Features.Statistics;

/// <summary>A count as shown: exact for the helpline's own staff, "&lt;10" for small counts shown to anyone else.</summary>
public readonly record struct ShownCount(int Value, bool Suppressed)
{
    public const int Threshold = 10;

    public static ShownCount Of(int value, bool insider) => new(value, !insider && value is > 0 and < Threshold);

    public override string ToString() => Suppressed ? $"<{Threshold}" : Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>What a chart may draw: nothing for a suppressed count.</summary>
    public int Drawable => Suppressed ? 0 : Value;
}

public sealed record WeekRow(string Week, ShownCount Chats, ShownCount Answered, ShownCount Unanswered, ShownCount Requests, ShownCount Referrals, double? MedianWaitMinutes, double? AverageMinutes);

public sealed record CountRow(string Label, ShownCount Count);

public sealed record StatisticsReport(
    IReadOnlyList<WeekRow> Weeks, IReadOnlyList<CountRow> Municipalities, IReadOnlyList<CountRow> Topics,
    ShownCount SurveyAnswers, double? SurveyHelped, double? SurveyWouldReturn, bool Insider);

/// <summary>
/// Counts for the pilot's evaluation, without any content: per ISO week (with the referrals: service cards
/// sent), per municipality (as told by the parent) and per topic. Anyone who is not staff of the helpline sees counts under ten suppressed, and
/// averages only over groups of ten or more.
/// </summary>
public sealed class HelplineStatistics(AppDbContext db, TimeProvider clock)
{
    public async Task<StatisticsReport> ForAsync(NetworkHelpline helpline, int weeks, bool insider, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-7 * weeks);
        var chats = await db.Set<Conversation>().AsNoTracking().Where(c => c.HelplineId == helpline.Id && c.QueuedAt >= since)
            .Select(c => new Chat(c.QueuedAt, c.AssignedAt, c.EndedAt, c.Status, c.Municipality, c.Topic, c.SurveyHelped, c.SurveyWouldReturn, c.Referrals))
            .ToListAsync(cancellationToken);
        var requests = await db.Set<OfflineRequest>().AsNoTracking().Where(r => r.HelplineId == helpline.Id && r.CreatedAt >= since)
            .Select(r => r.CreatedAt).ToListAsync(cancellationToken);
        return Compute(chats, requests, insider);
    }

    /// <param name="Referrals">Service cards sent in the chat.</param>
    public sealed record Chat(DateTime QueuedAt, DateTime? AssignedAt, DateTime? EndedAt, ConversationStatus Status, string? Municipality, string? Topic, int? Helped, int? WouldReturn, int Referrals = 0);

    public static StatisticsReport Compute(IReadOnlyList<Chat> chats, IReadOnlyList<DateTime> requests, bool insider)
    {
        static string WeekOf(DateTime utc)
        {
            var local = LocalTime.FromUtc(utc);
            return $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):00}";
        }
        var requestWeeks = requests.GroupBy(WeekOf).ToDictionary(g => g.Key, g => g.Count());
        var weekKeys = chats.Select(c => WeekOf(c.QueuedAt)).Concat(requestWeeks.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var weeks = weekKeys.Select(week =>
        {
            var inWeek = chats.Where(c => WeekOf(c.QueuedAt) == week).ToList();
            var answered = inWeek.Where(c => c.AssignedAt is not null).ToList();
            var waits = answered.Select(c => (c.AssignedAt!.Value - c.QueuedAt).TotalMinutes).Order().ToList();
            var lengths = answered.Where(c => c.EndedAt is not null).Select(c => (c.EndedAt!.Value - c.AssignedAt!.Value).TotalMinutes).ToList();
            var showAverages = insider || answered.Count >= ShownCount.Threshold;
            return new WeekRow(week,
                ShownCount.Of(inWeek.Count, insider),
                ShownCount.Of(answered.Count, insider),
                ShownCount.Of(inWeek.Count - answered.Count, insider),
                ShownCount.Of(requestWeeks.GetValueOrDefault(week), insider),
                ShownCount.Of(inWeek.Sum(c => c.Referrals), insider),
                showAverages && waits.Count > 0 ? Math.Round(waits[waits.Count / 2], 1) : null,
                showAverages && lengths.Count > 0 ? Math.Round(lengths.Average(), 1) : null);
        }).ToList();
        var municipalities = chats.GroupBy(c => c.Municipality?.Trim() is { Length: > 0 } m ? m : "")
            .Select(g => new CountRow(g.Key, ShownCount.Of(g.Count(), insider))).OrderByDescending(r => r.Count.Value).ThenBy(r => r.Label, StringComparer.CurrentCulture).ToList();
        var topics = chats.GroupBy(c => c.Topic ?? "").Select(g => new CountRow(g.Key, ShownCount.Of(g.Count(), insider)))
            .OrderByDescending(r => r.Count.Value).ToList();
        var surveyed = chats.Where(c => c.Helped is not null || c.WouldReturn is not null).ToList();
        var surveyShown = insider || surveyed.Count >= ShownCount.Threshold;
        return new StatisticsReport(weeks, municipalities, topics, ShownCount.Of(surveyed.Count, insider),
            surveyShown ? Average(surveyed.Select(c => c.Helped)) : null,
            surveyShown ? Average(surveyed.Select(c => c.WouldReturn)) : null, insider);
    }

    private static double? Average(IEnumerable<int?> values)
    {
        var list = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return list.Count == 0 ? null : Math.Round(list.Average(), 1);
    }
}
