using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Verbind.Helpline.Features.Common;
using Verbind.Helpline.Features.Roster;
using Verbind.Helpline.Localisation;

namespace Verbind.Helpline.Features.Widget;

/// <summary>
/// What the "chat with us" button on a partner's site asks (widget.js): whether the chat is open now, as a
/// short text in the visitor's language. Public and cacheable for half a minute; readable from any site
/// (CORS) because it says nothing that the chat page does not say.
/// </summary>
internal static class WidgetEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/chat/{slug}/status.json", async (string slug, HttpContext http, HelplineScope helplines, HelplineStatus status, IStringLocalizer<HelplineText> t) =>
        {
            http.Response.Headers.AccessControlAllowOrigin = "*";
            if (await helplines.EnterBySlugAsync(slug, http.RequestAborted) is not { } helpline)
            {
                return Results.NotFound();
            }
            var state = await status.GetAsync(helpline, http.RequestAborted);
            http.Response.Headers.CacheControl = "public, max-age=30";
            http.Response.Headers.Vary = "Accept-Language";
            var label = state.Open ? t["Widget.Open"].Value
                : state.NextShiftStartUtc is { } next ? t["Closed"] + " " + t["Closed.Next", HelplineStatus.FormatNext(next)]
                : t["Closed"].Value;
            return Results.Json(new WidgetStatus(helpline.Name, state.Open, label));
        }).ExcludeFromDescription();

    private sealed record WidgetStatus(string Name, bool Open, string Label);
}
