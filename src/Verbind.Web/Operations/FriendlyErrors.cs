using Microsoft.AspNetCore.Diagnostics;

namespace Verbind.Web.Operations;

/// <summary>
/// Errors never show a stack trace. Pages get a calm error page with a correlation id (/fout,
/// /fout/{status}); the JSON API gets application/problem+json with the same id.
/// </summary>
internal static class FriendlyErrors
{
    public static void UseFriendlyErrors(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/fout", createScopeForErrors: true);
            // A new scope: a Blazor page that answered 404 (NavigationManager.NotFound) has used up the first.
            pages.UseStatusCodePagesWithReExecute("/fout/{0}", createScopeForStatusCodePages: true);
            pages.Use(RenderErrorPagesAsGet);
        });
    }

    /// <summary>
    /// The error page is rendered for a failed POST too; as a GET, so the page does not try to read
    /// (or re-validate) the failed request's form.
    /// </summary>
    private static Task RenderErrorPagesAsGet(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<IExceptionHandlerFeature>() is not null || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            context.Request.Method = HttpMethods.Get;
        }
        return next(context);
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments("/hsds", StringComparison.OrdinalIgnoreCase);
}
