using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Verbind.Helpline.Domain;
using Verbind.Helpline.Features.Common;
using Verbind.Helpline.Features.Roster;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Helpline.Features.Settings;

/// <summary>
/// The coordinator's form posts beside the settings form: a new helpline, canned responses, and who is
/// counsellor or supervisor (chosen from the network's members). Every change is a tracked save, so the
/// audit log has it. Anything from another network is not found; bad input goes back with an error code.
/// </summary>
internal static partial class SettingsEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/netwerk/{network}/hulplijn/nieuw", CreateAsync).RequireAuthorization(NetworkPolicies.Coordinator);
        var group = endpoints.MapGroup("/netwerk/{network}/hulplijn/{helpline}/instellingen").RequireAuthorization(NetworkPolicies.Coordinator);
        group.MapPost("/antwoorden", AddCannedAsync);
        group.MapPost("/antwoorden/{id:guid}/verwijderen", RemoveCannedAsync);
        group.MapPost("/medewerkers", SetStaffAsync);
        group.MapPost("/medewerkers/{userId:guid}/verwijderen", RemoveStaffAsync);
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{1,58}[a-z0-9])$")]
    private static partial Regex SlugPattern();

    private static async Task<IResult> CreateAsync(string network, [FromForm] string? name, [FromForm] string? slug, HttpContext http, NetworkScope scope, AppDbContext db)
    {
        var clean = slug?.Trim().ToLowerInvariant() ?? "";
        if (TextInput.Clean(name, NetworkHelpline.MaxNameLength, out _) is not { } cleanName || !SlugPattern().IsMatch(clean))
        {
            return Results.Redirect($"/netwerk/{Uri.EscapeDataString(network)}/hulplijn?fout=new-invalid");
        }
        if (await db.Set<NetworkHelpline>().IgnoreQueryFilters().AnyAsync(h => h.Slug == clean, http.RequestAborted))
        {
            return Results.Redirect($"/netwerk/{Uri.EscapeDataString(network)}/hulplijn?fout=new-taken");
        }
        db.Add(new NetworkHelpline { NetworkId = scope.NetworkId!.Value, Name = cleanName, Slug = clean });
        await db.SaveChangesAsync(http.RequestAborted);
        return Results.Redirect($"/netwerk/{Uri.EscapeDataString(network)}/hulplijn/{clean}/instellingen");
    }

    private static async Task<IResult> AddCannedAsync(string network, string helpline, [FromForm] string? title, [FromForm] string? text, HttpContext http, HelplineScope helplines, AppDbContext db)
    {
        if (await helplines.EnterBySlugAsync(helpline, http.RequestAborted) is not { } line)
        {
            return Results.NotFound();
        }
        var cleanTitle = TextInput.Clean(title, CannedResponse.MaxTitleLength, out _);
        var cleanText = TextInput.Clean(text, CannedResponse.MaxTextLength, out _);
        if (cleanTitle is null || cleanText is null)
        {
            return Back(network, helpline, "canned-invalid", "antwoorden");
        }
        var positions = await db.Set<CannedResponse>().Where(c => c.HelplineId == line.Id).Select(c => c.Position).ToListAsync(http.RequestAborted);
        if (positions.Count >= CannedResponse.MaxPerHelpline)
        {
            return Back(network, helpline, "canned-full", "antwoorden");
        }
        db.Add(new CannedResponse { NetworkId = line.NetworkId, HelplineId = line.Id, Title = cleanTitle, Text = cleanText, Position = positions.DefaultIfEmpty(0).Max() + 1 });
        await db.SaveChangesAsync(http.RequestAborted);
        return Back(network, helpline, null, "antwoorden");
    }

    private static async Task<IResult> RemoveCannedAsync(string network, string helpline, Guid id, HttpContext http, HelplineScope helplines, AppDbContext db)
    {
        if (await helplines.EnterBySlugAsync(helpline, http.RequestAborted) is not { } line
            || await db.Set<CannedResponse>().FirstOrDefaultAsync(c => c.Id == id && c.HelplineId == line.Id, http.RequestAborted) is not { } canned)
        {
            return Results.NotFound();
        }
        db.Remove(canned);
        await db.SaveChangesAsync(http.RequestAborted);
        return Back(network, helpline, null, "antwoorden");
    }

    /// <summary>Makes a member of the network counsellor or supervisor of the helpline, or changes their role.</summary>
    private static async Task<IResult> SetStaffAsync(string network, string helpline, [FromForm] Guid? user, [FromForm] string? role, HttpContext http, HelplineScope helplines, AppDbContext db)
    {
        if (await helplines.EnterBySlugAsync(helpline, http.RequestAborted) is not { } line)
        {
            return Results.NotFound();
        }
        if (user is not { } userId || !Enum.TryParse<StaffRole>(role, ignoreCase: false, out var staffRole) || !Enum.IsDefined(staffRole)
            || !await db.NetworkUserRoles.AnyAsync(r => r.NetworkId == line.NetworkId && r.UserId == userId, http.RequestAborted))
        {
            return Back(network, helpline, "staff-invalid", "medewerkers");
        }
        var existing = await db.Set<HelplineStaff>().FirstOrDefaultAsync(s => s.HelplineId == line.Id && s.UserId == userId, http.RequestAborted);
        if (existing is null)
        {
            db.Add(new HelplineStaff { NetworkId = line.NetworkId, HelplineId = line.Id, UserId = userId, Role = staffRole });
        }
        else
        {
            existing.Role = staffRole;
        }
        await db.SaveChangesAsync(http.RequestAborted);
        return Back(network, helpline, null, "medewerkers");
    }

    /// <summary>
    /// Takes someone off the helpline: refused while they have live chats (transfer or end those first);
    /// their presence, coming sign-ups, calendar link and the personal codes pointing to them go too.
    /// </summary>
    private static async Task<IResult> RemoveStaffAsync(string network, string helpline, Guid userId, HttpContext http, HelplineScope helplines, AppDbContext db, TimeProvider clock)
    {
        if (await helplines.EnterBySlugAsync(helpline, http.RequestAborted) is not { } line
            || await db.Set<HelplineStaff>().FirstOrDefaultAsync(s => s.HelplineId == line.Id && s.UserId == userId, http.RequestAborted) is not { } staff)
        {
            return Results.NotFound();
        }
        if (await db.Set<Conversation>().AnyAsync(c => c.HelplineId == line.Id && c.CounsellorId == userId && c.Status == ConversationStatus.Active, http.RequestAborted))
        {
            return Back(network, helpline, "staff-busy", "medewerkers");
        }
        db.Remove(staff);
        await db.SaveChangesAsync(http.RequestAborted);
        var today = RosterSchedule.LocalToday(clock.GetUtcNow().UtcDateTime);
        var shiftIds = db.Set<Shift>().Where(s => s.HelplineId == line.Id).Select(s => s.Id);
        await db.Set<ShiftSignup>().Where(s => s.UserId == userId && s.Date >= today && shiftIds.Contains(s.ShiftId)).ExecuteDeleteAsync(http.RequestAborted);
        await db.Set<CounsellorPresence>().Where(p => p.HelplineId == line.Id && p.UserId == userId).ExecuteDeleteAsync(http.RequestAborted);
        await db.Set<CalendarFeed>().Where(f => f.HelplineId == line.Id && f.UserId == userId).ExecuteDeleteAsync(http.RequestAborted);
        await db.Set<PersonalCode>().Where(c => c.HelplineId == line.Id && c.CounsellorId == userId).ExecuteDeleteAsync(http.RequestAborted);
        return Back(network, helpline, null, "medewerkers");
    }

    /// <summary>Back to the section of the settings page, saying it was saved or what was wrong.</summary>
    private static IResult Back(string network, string helpline, string? error, string section) =>
        Results.Redirect($"/netwerk/{Uri.EscapeDataString(network)}/hulplijn/{Uri.EscapeDataString(helpline)}/instellingen?{(error is null ? "bewaard=" + section : "fout=" + error)}#{section}");
}
