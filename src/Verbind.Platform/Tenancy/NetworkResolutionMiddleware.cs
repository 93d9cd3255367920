using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.Platform.Identity;

namespace Verbind.Platform.Tenancy;

/// <summary>
/// For every endpoint with a <c>{network}</c> route value: finds the network by its slug and the
/// caller's role in it, and enters the <see cref="NetworkScope"/>. A signed-in caller who is not a
/// member gets 404, as if the network did not exist; anonymous callers are left to authorisation.
/// </summary>
public sealed class NetworkResolutionMiddleware(RequestDelegate next)
{
    public const string RouteKey = "network";

    private sealed record Found(Network Network, NetworkRole? Role);

    // One compiled query per request for the network and the caller's role in it. Roles are never cached
    // between requests: a removed member loses access at once.
    private static readonly PerModel<Func<AppDbContext, string, Guid, CancellationToken, Task<Found?>>> NetworkAndRole = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, string slug, Guid userId, CancellationToken cancellationToken) => db.Networks.IgnoreQueryFilters().AsNoTracking()
            .Where(n => n.Slug == slug)
            .Select(n => new Found(n, db.NetworkUserRoles.Where(r => r.NetworkId == n.Id && r.UserId == userId).Select(r => (NetworkRole?)r.Role).FirstOrDefault()))
            .FirstOrDefault()));

    public async Task InvokeAsync(HttpContext context, AppDbContext db, NetworkScope scope)
    {
        if (context.GetRouteValue(RouteKey) is not string slug)
        {
            await next(context);
            return;
        }
        var userId = context.User.UserId();
        var found = await NetworkAndRole.For(db)(db, slug, userId ?? Guid.Empty, context.RequestAborted);
        if (found is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (userId is not null)
        {
            if (found.Role is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            scope.Enter(found.Network, found.Role);
        }
        await next(context);
    }
}
