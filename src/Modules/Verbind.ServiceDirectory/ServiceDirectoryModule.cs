using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Features.Gaps;
using Verbind.ServiceDirectory.Features.Geo;
using Verbind.ServiceDirectory.Features.Owners;
using Verbind.ServiceDirectory.Features.HsdsApi;
using Verbind.ServiceDirectory.Features.HsdsExport;
using Verbind.ServiceDirectory.Features.HsdsImport;
using Verbind.ServiceDirectory.Features.PublicSearch;
using Verbind.ServiceDirectory.Features.Search;
using Verbind.ServiceDirectory.Localisation;
using Verbind.Platform.Modules;
using Verbind.Platform.Tenancy;
using Verbind.Platform.Ui;

namespace Verbind.ServiceDirectory;

public static class ServiceDirectoryModule
{
    public static IServiceCollection AddServiceDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IModelContribution, ServiceDirectoryModel>();
        services.AddSingleton<Gazetteer>();
        services.AddDirectoryEditing();
        services.AddHsdsApi();
        services.AddHsdsImport(configuration);
        services.AddHsdsExport();
        services.AddGaps();
        services.AddServiceSearch(configuration);
        services.AddPublicPages();
        services.AddSingleton(new NetworkNavItem("/aanbod", "Nav.Directory", typeof(DirectoryText), NetworkRole.Viewer, 60));
        return services;
    }

    public static IEndpointRouteBuilder MapServiceDirectory(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHsdsApi();
        endpoints.MapHsdsImport();
        endpoints.MapHsdsExport();
        endpoints.MapGaps();
        return endpoints;
    }
}
