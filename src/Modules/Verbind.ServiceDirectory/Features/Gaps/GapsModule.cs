using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Verbind.Platform.Tenancy;
using Verbind.Platform.Ui;
using Verbind.ServiceDirectory.Contracts;
using Verbind.ServiceDirectory.Localisation;

namespace Verbind.ServiceDirectory.Features.Gaps;

public static class GapsModule
{
    public static IServiceCollection AddGaps(this IServiceCollection services)
    {
        services.AddScoped<GapAnalysis>();
        services.AddScoped<PopulationUpload>();
        services.TryAddScoped<IUnplacedReferralCounts, NoUnplacedReferrals>();
        services.AddSingleton(new NetworkNavItem("/aanbod/leemtes", "Nav.Gaps", typeof(HsdsText), NetworkRole.Viewer, 64));
        return services;
    }

    public static IEndpointRouteBuilder MapGaps(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/netwerk/{network}/aanbod/leemtes/leemtes.xlsx", async (string? rijen, string? drempel, string? jaar, NetworkScope scope,
                GapAnalysis analysis, IStringLocalizer<HsdsText> text, CancellationToken cancellationToken) =>
            {
                var threshold = int.TryParse(drempel, out var t) && t is >= 0 and <= 1000 ? t : 1;
                int? year = int.TryParse(jaar, out var y) && y is >= 1900 and <= 2100 ? y : null;
                var matrix = await analysis.BuildAsync(Guid.TryParse(rijen, out var rows) ? rows : null, threshold, year, cancellationToken);
                return Results.File(GapsExport.Xlsx(matrix, key => text[key]), GapsExport.ContentType, $"{scope.Required.Slug}-leemtes.xlsx");
            })
            .RequireAuthorization(NetworkPolicies.Viewer)
            .ExcludeFromDescription();
        return endpoints;
    }
}
