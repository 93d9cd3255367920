using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Verbind.Helpline.Features.Common;
using Verbind.Helpline.Features.Roster;
using Verbind.Helpline.Localisation;
using Verbind.Platform.Ui;

namespace Verbind.Helpline.Features.Widget;

/// <summary>
/// The "chat with us" button's script for partners' sites, and what it asks: whether the chat is open now, as a
/// short text in the visitor's language. Public and cacheable for half a minute; readable from any site
/// (CORS) because it says nothing that the chat page does not say.
/// </summary>
internal static class WidgetEndpoints
{
    public const string ScriptPath = "/chat/widget.js";

    private static readonly Lazy<byte[]> Script = new(() =>
    {
        using var stream = typeof(WidgetEndpoints).Assembly.GetManifestResourceStream("Verbind.Helpline.widget.js")
            ?? throw new InvalidOperationException("widget.js is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // Loaded by <script src> from other sites: the app's same-site resource policy would block it.
        endpoints.MapGet(ScriptPath, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(Script.Value, "text/javascript; charset=utf-8");
        }).AllowCrossOriginLoading().ExcludeFromDescription();
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
    }

    private sealed record WidgetStatus(string Name, bool Open, string Label);
}
