using Microsoft.AspNetCore.Http;

namespace Verbind.Platform.Identity;

/// <summary>
/// Coordinators and platform administrators must sign in with a second factor. Until they have set one
/// up, every page except the account pages sends them to the set-up page.
/// </summary>
public sealed class TwoFactorRequiredMiddleware(RequestDelegate next)
{
    public const string SetupPath = "/account/tweestapsverificatie";

    private static readonly string[] AllowedPrefixes = [SetupPath, "/account/afmelden", "/health", "/_framework", "/lib", "/css", "/taal", "/fout"];

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (context.User.Identity?.IsAuthenticated == true
            && context.User.MissesRequiredTwoFactor()
            && !AllowedPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            && !Path.HasExtension(path.Value))
        {
            if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }
            context.Response.Redirect(SetupPath);
            return Task.CompletedTask;
        }
        return next(context);
    }
}
