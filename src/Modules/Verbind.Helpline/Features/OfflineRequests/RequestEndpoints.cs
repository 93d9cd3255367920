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

namespace Verbind.Helpline.Features.OfflineRequests;

/// <summary>A counsellor picks up a parent's request and answers it (form posts with an antiforgery token).</summary>
internal static class RequestEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/netwerk/{network}/hulplijn/{helpline}/aanvragen/{id:guid}").RequireAuthorization(NetworkPolicies.Viewer);
        group.MapPost("/oppakken", PickUpAsync);
        group.MapPost("/antwoord", ReplyAsync);
    }

    private static async Task<IResult> PickUpAsync(string network, string helpline, Guid id, HttpContext http, HelplineScope helplines, StaffAccess access, AppDbContext db, TimeProvider clock)
    {
        if (await FindAsync(helpline, id, http, helplines, access, db) is not { } found)
        {
            return Results.NotFound();
        }
        var userId = http.User.UserId()!.Value;
        await db.Set<OfflineRequest>().Where(r => r.Id == found.Request.Id && r.PickedUpBy == null)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.PickedUpBy, userId).SetProperty(r => r.PickedUpAt, clock.GetUtcNow().UtcDateTime), http.RequestAborted);
        return Back(network, helpline, id, null);
    }

    private static async Task<IResult> ReplyAsync(string network, string helpline, Guid id, [FromForm] string? reply, HttpContext http, HelplineScope helplines, StaffAccess access, AppDbContext db, TimeProvider clock)
    {
        if (await FindAsync(helpline, id, http, helplines, access, db) is not { } found)
        {
            return Results.NotFound();
        }
        var userId = http.User.UserId()!.Value;
        if (found.Request.PickedUpBy != userId && found.Role != StaffRole.Supervisor || found.Request.Reply is not null)
        {
            return Back(network, helpline, id, ChatErrors.Invalid);
        }
        if (TextInput.Clean(reply, OfflineRequest.MaxQuestionLength, out var error) is not { } text)
        {
            return Back(network, helpline, id, error);
        }
        found.Request.Reply = text;
        found.Request.RepliedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(http.RequestAborted);
        return Back(network, helpline, id, null);
    }

    private sealed record Found(OfflineRequest Request, StaffRole Role);

    private static async Task<Found?> FindAsync(string helpline, Guid id, HttpContext http, HelplineScope helplines, StaffAccess access, AppDbContext db)
    {
        if (await helplines.EnterBySlugAsync(helpline, http.RequestAborted) is not { } line || await access.RoleAsync(http.User.UserId(), line, http.RequestAborted) is not { } role)
        {
            return null;
        }
        var request = await db.Set<OfflineRequest>().FirstOrDefaultAsync(r => r.Id == id && r.HelplineId == line.Id, http.RequestAborted);
        return request is null ? null : new Found(request, role);
    }

    private static IResult Back(string network, string helpline, Guid id, string? error) =>
        Results.Redirect($"/netwerk/{Uri.EscapeDataString(network)}/hulplijn/{Uri.EscapeDataString(helpline)}/aanvragen{(error is null ? "" : "?fout=" + error)}#request-{id}");
}
