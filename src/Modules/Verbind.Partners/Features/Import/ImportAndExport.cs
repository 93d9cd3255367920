using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Partners.Data;
using Verbind.Partners.Features.Export;
using Verbind.Partners.Features.Import;
using Verbind.Partners.Localisation;
using Verbind.Platform.Modules;
using Verbind.Platform.Tenancy;
using Verbind.Platform.Ui;

// In the module's namespace, so PartnersModule calls it without a using of its own.
namespace Verbind.Partners;

/// <summary>Registration of import and export (Features/Import, Features/Export), called from <see cref="PartnersModule"/>.</summary>
internal static class ImportAndExport
{
    public static IServiceCollection AddImportAndExport(this IServiceCollection services)
    {
        services.AddSingleton<IModelContribution, ImportModel>();
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<StageImport>();
        services.AddScoped<ImportPreviewQuery>();
        services.AddScoped<ConfirmImport>();
        services.AddScoped<CancelImport>();
        services.AddScoped<PartnerExport>();
        services.AddSingleton(new NetworkNavItem("/import", "Nav.Import", typeof(ImportText), NetworkRole.Coordinator, 80));
        services.AddSingleton(new NetworkNavItem("/export", "Nav.Export", typeof(ImportText), NetworkRole.Viewer, 85));
        return services;
    }

    public static IEndpointRouteBuilder MapImportAndExport(this IEndpointRouteBuilder endpoints)
    {
        ImportEndpoints.Map(endpoints);
        ExportEndpoints.Map(endpoints);
        return endpoints;
    }
}
