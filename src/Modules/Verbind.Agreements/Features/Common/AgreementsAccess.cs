using Microsoft.AspNetCore.Http;
using Verbind.Platform.Tenancy;

namespace Verbind.Agreements.Features.Common;

/// <summary>Coordinators write agreements, contributions and budgets; every member of the network reads them.</summary>
public static class AgreementsAccess
{
    public static bool IsCoordinator(NetworkScope scope) => scope.Role == NetworkRole.Coordinator;

    /// <summary>
    /// Answers with <paramref name="status"/> and the page's own text: without this the status-code
    /// pages would replace a 4xx page (a clear "link expired") by the generic error page.
    /// </summary>
    public static void Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }
    }

    /// <summary>Marks the response 403 and says so; the page then shows <c>Forbidden</c> instead of its form.</summary>
    public static bool Deny(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return true;
    }
}
