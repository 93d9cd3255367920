using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Common;
using Verbind.Platform.Data;
using Verbind.Platform.Identity;
using Verbind.Platform.Tenancy;

namespace Verbind.Helpline.Features.Roster;

/// <summary>
/// The roster's form posts (shifts, closures, signing up, a calendar link) and the iCalendar feed itself,
/// which is reached without signing in through a secret link (only its hash is stored).
/// </summary>
internal static class RosterEndpoints
{
    public const int MaxReasonLength = 200;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/netwerk/{network}/hulplijn/{helpline}/rooster").RequireAuthorization(NetworkPolicies.Viewer);
        group.MapPost("/diensten", AddShiftAsync);
        group.MapPost("/diensten/{id:guid}/verwijderen", RemoveShiftAsync);
        group.MapPost("/sluitingen", AddClosureAsync);
        group.MapPost("/inschrijven", ToggleSignupAsync);
        group.MapPost("/agenda", NewFeedAsync);
        endpoints.MapGet("/hulplijn/agenda/{token}.ics", FeedAsync).AllowAnonymous();
    }

    private sealed record Context(NetworkHelpline Helpline, StaffRole? Role, bool Coordinator, Guid UserId)
    {
        public bool CanManage => Role == StaffRole.Supervisor || Coordinator;
    }

    private static async Task<Context?> EnterAsync(string helpline, HttpContext http, HelplineScope helplines, StaffAccess access, NetworkScope scope)
    {
        if (await helplines.EnterBySlugAsync(helpline, http.RequestAborted) is not { } line || http.User.UserId() is not { } userId)
        {
            return null;
        }
        return new Context(line, await access.RoleAsync(userId, line, http.RequestAborted), scope.Role == NetworkRole.Coordinator, userId);
    }

    private static async Task<IResult> AddShiftAsync(string network, string helpline, [FromForm] string? day, [FromForm] string? start, [FromForm] string? end, [FromForm] int? needed,
        HttpContext http, HelplineScope helplines, StaffAccess access, NetworkScope scope, AppDbContext db)
    {
        if (await EnterAsync(helpline, http, helplines, access, scope) is not { CanManage: true } context)
        {
            return Results.NotFound();
        }
        if (!Enum.TryParse<DayOfWeek>(day, out var weekday) || !Enum.IsDefined(weekday)
            || !TimeOnly.TryParseExact(start, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !TimeOnly.TryParseExact(end, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            || from == to || needed is < 1 or > 20)
        {
            return Back(network, helpline, "shift-invalid");
        }
        db.Add(new Shift { NetworkId = context.Helpline.NetworkId, HelplineId = context.Helpline.Id, Day = weekday, Start = from, End = to, Needed = needed ?? 1 });
        await db.SaveChangesAsync(http.RequestAborted);
        return Back(network, helpline, null);
    }

    private static async Task<IResult> RemoveShiftAsync(string network, string helpline, Guid id, HttpContext http, HelplineScope helplines, StaffAccess access, NetworkScope scope, AppDbContext db)
    {
        if (await EnterAsync(helpline, http, helplines, access, scope) is not { CanManage: true } context)
        {
            return Results.NotFound();
        }
        var shift = await db.Set<Shift>().FirstOrDefaultAsync(s => s.Id == id && s.HelplineId == context.Helpline.Id, http.RequestAborted);
        if (shift is null)
        {
            return Results.NotFound();
        }
        db.Remove(shift);
        await db.SaveChangesAsync(http.RequestAborted);
        return Back(network, helpline, null);
    }

    private static async Task<IResult> AddClosureAsync(string network, string helpline, [FromForm] string? date, [FromForm] string? reason,
        HttpContext http, HelplineScope helplines, StaffAccess access, NetworkScope scope, AppDbContext db)
    {
        if (await EnterAsync(helpline, http, helplines, access, scope) is not { CanManage: true } context)
        {
            return Results.NotFound();
        }
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || TextInput.Clean(reason, MaxReasonLength, out _) is not { } why)
        {
            return Back(network, helpline, "closure-invalid");
        }
        if (!await db.Set<RosterClosure>().AnyAsync(c => c.HelplineId == context.Helpline.Id && c.Date == day, http.RequestAborted))
        {
            db.Add(new RosterClosure { NetworkId = context.Helpline.NetworkId, HelplineId = context.Helpline.Id, Date = day, Reason = why });
            await db.SaveChangesAsync(http.RequestAborted);
        }
        return Back(network, helpline, null);
    }

    /// <summary>Signs the caller up for one dated occurrence of a shift, or off again.</summary>
    private static async Task<IResult> ToggleSignupAsync(string network, string helpline, [FromForm] Guid shift, [FromForm] string? date,
        HttpContext http, HelplineScope helplines, StaffAccess access, NetworkScope scope, AppDbContext db, TimeProvider clock)
    {
        if (await EnterAsync(helpline, http, helplines, access, scope) is not { Role: not null } context)
        {
            return Results.NotFound();
        }
        var found = await db.Set<Shift>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == shift && s.HelplineId == context.Helpline.Id, http.RequestAborted);
        if (found is null || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || day.DayOfWeek != found.Day || day < RosterSchedule.LocalToday(clock.GetUtcNow().UtcDateTime) || day > RosterSchedule.LocalToday(clock.GetUtcNow().UtcDateTime).AddDays(180))
        {
            return Back(network, helpline, "signup-invalid");
        }
        var existing = await db.Set<ShiftSignup>().FirstOrDefaultAsync(s => s.ShiftId == shift && s.Date == day && s.UserId == context.UserId, http.RequestAborted);
        if (existing is null)
        {
            db.Add(new ShiftSignup { NetworkId = context.Helpline.NetworkId, ShiftId = shift, Date = day, UserId = context.UserId });
        }
        else
        {
            db.Remove(existing);
        }
        await db.SaveChangesAsync(http.RequestAborted);
        return Back(network, helpline, null);
    }

    /// <summary>A new secret calendar link for the caller; the old one stops working.</summary>
    private static async Task<IResult> NewFeedAsync(string network, string helpline, HttpContext http, HelplineScope helplines, StaffAccess access, NetworkScope scope, AppDbContext db)
    {
        if (await EnterAsync(helpline, http, helplines, access, scope) is not { Role: not null } context)
        {
            return Results.NotFound();
        }
        var token = Secrets.NewToken();
        var feed = await db.Set<CalendarFeed>().FirstOrDefaultAsync(f => f.HelplineId == context.Helpline.Id && f.UserId == context.UserId, http.RequestAborted);
        if (feed is null)
        {
            db.Add(new CalendarFeed { NetworkId = context.Helpline.NetworkId, HelplineId = context.Helpline.Id, UserId = context.UserId, TokenHash = Secrets.Hash(token) });
        }
        else
        {
            feed.TokenHash = Secrets.Hash(token);
        }
        await db.SaveChangesAsync(http.RequestAborted);
        return Results.Redirect($"/netwerk/{Uri.EscapeDataString(network)}/hulplijn/{Uri.EscapeDataString(helpline)}/rooster?agenda={token}#agenda");
    }

    /// <summary>The caller's shifts of the coming eight weeks as iCalendar.</summary>
    private static async Task<IResult> FeedAsync(string token, HelplineScope helplines, HelplineStatus status, AppDbContext db, TimeProvider clock, HttpContext http)
    {
        if (token.Length is 0 or > 100)
        {
            return Results.NotFound();
        }
        var hash = Secrets.Hash(token);
        var feed = await db.Set<CalendarFeed>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(f => f.TokenHash == hash, http.RequestAborted);
        if (feed is null || await helplines.EnterByIdAsync(feed.HelplineId, http.RequestAborted) is not { } helpline)
        {
            return Results.NotFound();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var from = RosterSchedule.LocalToday(now).AddDays(-7);
        var mine = await db.Set<ShiftSignup>().AsNoTracking().Where(s => s.UserId == feed.UserId && s.Date >= from).Select(s => new { s.ShiftId, s.Date }).ToListAsync(http.RequestAborted);
        var occurrences = (await status.OccurrencesAsync(helpline.Id, from, 63, http.RequestAborted))
            .Where(o => mine.Any(m => m.ShiftId == o.Shift.Id && m.Date == o.Date));
        var calendar = new Ical.Net.Calendar { ProductId = "-//Verbind//Helpline//NL" };
        calendar.AddProperty("X-WR-CALNAME", helpline.Name);
        foreach (var occurrence in occurrences)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{occurrence.Shift.Id:N}-{occurrence.Date:yyyyMMdd}@verbind",
                Summary = helpline.Name,
                DtStart = new CalDateTime(occurrence.StartUtc, "UTC"),
                DtEnd = new CalDateTime(occurrence.EndUtc, "UTC"),
                DtStamp = new CalDateTime(now, "UTC"),
            });
        }
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return Results.Text(text, "text/calendar; charset=utf-8");
    }

    private static IResult Back(string network, string helpline, string? error) =>
        Results.Redirect($"/netwerk/{Uri.EscapeDataString(network)}/hulplijn/{Uri.EscapeDataString(helpline)}/rooster{(error is null ? "" : "?fout=" + error)}");
}
