using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Verbind.Platform.Identity;
using Verbind.Platform.Localisation;
using Verbind.Platform.Tenancy;

namespace Verbind.Platform;

public static class PlatformEndpoints
{
    /// <summary>The language switch and sign-out: small form posts, antiforgery-checked for signed-in users.</summary>
    public static IEndpointRouteBuilder MapPlatformEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/taal", SwitchLanguage).DisableAntiforgery();
        endpoints.MapPost("/account/afmelden", SignOut);
        endpoints.MapGet("/thema/{slug}.css", NetworkThemeCss.GetAsync);
        return endpoints;
    }

    /// <summary>
    /// Sets the language cookie; for a signed-in user also their stored preference, which is why their form
    /// is antiforgery-checked (an anonymous visitor's form carries no token, so public pages can be cached).
    /// </summary>
    private static async Task<IResult> SwitchLanguage(
        [FromForm] string culture, [FromForm] string? returnUrl, HttpContext context, UserManager<AppUser> users, IAntiforgery antiforgery)
    {
        if (context.User.Identity?.IsAuthenticated == true && !await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form expired; please try again.");
        }
        if (!Cultures.IsSupported(culture))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown language");
        }
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UnixEpoch.AddYears(100), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        if (await users.GetUserAsync(context.User) is { } user)
        {
            user.PreferredCulture = culture;
            await users.UpdateAsync(user);
        }
        return TypedResults.LocalRedirect(SafeReturnUrl(returnUrl));
    }

    private static async Task<IResult> SignOut(SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/");
    }

    /// <summary>Only a local path is followed after a form; anything else goes home.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
