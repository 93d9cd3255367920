using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Helpline.Data;
using Verbind.Helpline.Localisation;
using Verbind.Platform.Modules;
using Verbind.Platform.Tenancy;
using Verbind.Platform.Ui;

namespace Verbind.Helpline;

public static class HelplineModule
{
    public static IServiceCollection AddHelpline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IModelContribution, HelplineModel>();
        services.AddSingleton(new NetworkNavItem("/hulplijn", "Nav.Helpline", typeof(HelplineText), NetworkRole.Viewer, 80));
        return services;
    }

    public static IEndpointRouteBuilder MapHelpline(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
