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
            // A new scope, so a page that answered 404 itself (NavigationManager.NotFound) can be re-rendered as /fout/404.
            pages.UseStatusCodePagesWithReExecute("/fout/{0}", createScopeForStatusCodePages: true);
        });
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
