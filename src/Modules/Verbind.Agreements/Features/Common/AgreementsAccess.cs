using Microsoft.AspNetCore.Http;
using Verbind.Platform.Tenancy;

namespace Verbind.Agreements.Features.Common;

/// <summary>Coordinators write agreements, contributions and budgets; every member of the network reads them.</summary>
public static class AgreementsAccess
{
    public static bool IsCoordinator(NetworkScope scope) => scope.Role == NetworkRole.Coordinator;

    /// <summary>Marks the response 403 and says so; the page then shows <c>Forbidden</c> instead of its form.</summary>
    public static bool Deny(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return true;
    }
}
