using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Presence;
using Verbind.Platform.Data;
using Verbind.Platform.Ui;

namespace Verbind.Helpline.Features.Roster;

/// <summary>Whether a helpline's chat is open: a staffed shift runs now and a counsellor is available.</summary>
public sealed record OpenState(bool Open, bool ShiftNow, DateTime? NextShiftStartUtc);

public sealed class HelplineStatus(AppDbContext db, PresenceWindow presence, TimeProvider clock)
{
    public async Task<OpenState> GetAsync(NetworkHelpline helpline, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var occurrences = await OccurrencesAsync(helpline.Id, RosterSchedule.LocalToday(now).AddDays(-1), 15, cancellationToken);
        var current = RosterSchedule.Current(occurrences, now);
        var staleBefore = presence.StaleBefore;
        var someoneAvailable = await db.Set<CounsellorPresence>().TakingChatsIn(helpline.Id, staleBefore).AnyAsync(cancellationToken);
        var next = RosterSchedule.Next(occurrences, now);
        return new OpenState(current is not null && someoneAvailable, current is not null, next?.StartUtc);
    }

    /// <summary>When the next shift starts, in local time and the reader's language, e.g. "maandag 8 december, 19:00".</summary>
    public static string FormatNext(DateTime startUtc) => LocalTime.FromUtc(startUtc).ToString("dddd d MMMM, HH:mm", CultureInfo.CurrentCulture);

    public async Task<List<ShiftOccurrence>> OccurrencesAsync(Guid helplineId, DateOnly from, int days, CancellationToken cancellationToken)
    {
        var shifts = await db.Set<Shift>().AsNoTracking().Where(s => s.HelplineId == helplineId).ToListAsync(cancellationToken);
        var to = from.AddDays(days);
        var closures = await db.Set<RosterClosure>().AsNoTracking().Where(c => c.HelplineId == helplineId && c.Date >= from && c.Date < to).ToListAsync(cancellationToken);
        var shiftIds = shifts.Select(s => s.Id).ToList();
        var signups = await db.Set<ShiftSignup>().AsNoTracking().Where(s => shiftIds.Contains(s.ShiftId) && s.Date >= from && s.Date < to).ToListAsync(cancellationToken);
        return RosterSchedule.Occurrences(shifts, closures, signups, from, days).ToList();
    }
}
