using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Agreements.Data;
using Verbind.Agreements.Localisation;
using Verbind.Platform.Modules;
using Verbind.Platform.Tenancy;
using Verbind.Platform.Ui;

namespace Verbind.Agreements;

public static class AgreementsModule
{
    public static IServiceCollection AddAgreements(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IModelContribution, AgreementsModel>();
        services.AddSingleton(new NetworkNavItem("/afspraken", "Nav.Agreements", typeof(AgreementsText), NetworkRole.Viewer, 70));
        return services;
    }

    public static IEndpointRouteBuilder MapAgreements(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
