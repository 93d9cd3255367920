using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Verbind.Agreements.Localisation;

namespace Verbind.Agreements.Features.Showcase;

/// <summary>The embeddable badge of a shining municipality: an SVG, 404 when it does not (or no longer) shine.</summary>
internal static class ShowcaseEndpoints
{
    private const string BadgeHeaders = "agreements-badge";

    /// <summary>
    /// The badge's own security headers: the app-wide ones would answer Cross-Origin-Resource-Policy:
    /// same-site, and other sites could not show it. The SVG itself may load and run nothing.
    /// </summary>
    public static void AddBadgeHeaders(IServiceCollection services) =>
        services.AddSecurityHeaderPolicies(policies => policies.AddPolicy(BadgeHeaders, headers => headers
            .AddDefaultSecurityHeaders()
            .AddCrossOriginResourcePolicy(policy => policy.CrossOrigin())
            .AddContentSecurityPolicy(csp => csp.AddDefaultSrc().None())));

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/campagne/{slug}/{municipality}/badge.svg", async (string slug, string municipality, HttpContext context, ShowcaseQuery showcase, IStringLocalizer<AgreementsText> l, CancellationToken cancellationToken) =>
        {
            var view = await showcase.FindAsync(slug, cancellationToken);
            var shining = view?.Municipalities.FirstOrDefault(m => m.Municipality.Slug == municipality);
            if (view is null || shining is null)
            {
                return Results.NotFound();
            }
            context.Response.Headers.CacheControl = "public, max-age=3600";
            var svg = Badge(view.Campaign.Title, shining.Municipality.Name, l["Showcase.BadgeSince", shining.Since.Year.ToString(CultureInfo.InvariantCulture)]);
            return Results.Text(svg, "image/svg+xml; charset=utf-8");
        }).WithSecurityHeadersPolicy(BadgeHeaders).ExcludeFromDescription();
    }

    public static string Badge(string campaign, string municipality, string since)
    {
        var width = Math.Clamp(Math.Max(Math.Max(campaign.Length, municipality.Length), since.Length) * 8 + 70, 180, 420);
        string E(string text) => WebUtility.HtmlEncode(text);
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="72" viewBox="0 0 {width} 72" role="img" aria-label="{E(municipality)}: {E(campaign)}, {E(since)}">
              <title>{E(municipality)}: {E(campaign)}, {E(since)}</title>
              <rect width="{width}" height="72" rx="10" fill="#2b2160"/>
              <path d="M36 14l5.9 12 13.1 1.9-9.5 9.3 2.2 13.1L36 44.1l-11.7 6.2 2.2-13.1-9.5-9.3 13.1-1.9z" fill="#ffd75e"/>
              <text x="64" y="26" fill="#ffffff" font-family="DejaVu Sans, Arial, sans-serif" font-size="13" font-weight="bold">{E(municipality)}</text>
              <text x="64" y="44" fill="#ffffff" font-family="DejaVu Sans, Arial, sans-serif" font-size="12">{E(campaign)}</text>
              <text x="64" y="60" fill="#e6e0ff" font-family="DejaVu Sans, Arial, sans-serif" font-size="11">{E(since)}</text>
            </svg>
            """;
    }
}
