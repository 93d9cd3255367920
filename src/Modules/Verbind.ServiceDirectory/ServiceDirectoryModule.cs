using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Features.Geo;
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
        services.AddServiceSearch(configuration);
        services.AddPublicPages();
        services.AddSingleton(new NetworkNavItem("/aanbod", "Nav.Directory", typeof(DirectoryText), NetworkRole.Viewer, 60));
        return services;
    }

    public static IEndpointRouteBuilder MapServiceDirectory(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
