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

    public async Task InvokeAsync(HttpContext context, AppDbContext db, NetworkScope scope)
    {
        if (context.GetRouteValue(RouteKey) is not string slug)
        {
            await next(context);
            return;
        }
        var network = await db.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Slug == slug, context.RequestAborted);
        if (network is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (context.User.UserId() is { } userId)
        {
            var role = await db.NetworkUserRoles.IgnoreQueryFilters().AsNoTracking()
                .Where(r => r.NetworkId == network.Id && r.UserId == userId)
                .Select(r => (NetworkRole?)r.Role)
                .FirstOrDefaultAsync(context.RequestAborted);
            if (role is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            scope.Enter(network, role);
        }
        await next(context);
    }
}
