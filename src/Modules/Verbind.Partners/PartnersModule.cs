using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Partners.Data;
using Verbind.Partners.Localisation;
using Verbind.Platform.Data;
using Verbind.Platform.Modules;
using Verbind.Platform.Tenancy;
using Verbind.Platform.Ui;

namespace Verbind.Partners;

public static class PartnersModule
{
    public static IServiceCollection AddPartners(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddImportAndExport();
        services.AddSingleton<IModelContribution, PartnersModel>();
        services.AddScoped<IDemoSeeder, PartnersDemoSeeder>();
        services.AddSingleton(new NetworkNavItem("", "Nav.Overview", typeof(PartnersText), NetworkRole.Viewer, 10));
        return services;
    }

    public static IEndpointRouteBuilder MapPartners(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapImportAndExport();
        return endpoints;
    }
}
