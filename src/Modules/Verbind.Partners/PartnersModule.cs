using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Partners.Contracts;
using Verbind.Partners.Data;
using Verbind.Partners.Features.LinkPersonAccount;
using Verbind.Partners.Features.ListOrganisations;
using Verbind.Partners.Features.ListPeople;
using Verbind.Partners.Features.ListPlaces;
using Verbind.Partners.Features.NetworkOverview;
using Verbind.Partners.Features.ReadModel;
using Verbind.Partners.Features.SavePerson;
using Verbind.Partners.Features.SavePlace;
using Verbind.Partners.Features.WhoDoesWhat;
using Verbind.Partners.Features.ManageMembership;
using Verbind.Partners.Features.SaveOrganisation;
using Verbind.Partners.Features.Common;
using Verbind.Partners.Features.ViewOrganisation;
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
        services.AddScoped<IPersonAccountLinker, PersonAccountLinker>();
        services.AddScoped<IPartnerDirectory, Features.PartnerDirectory.PartnerDirectory>();
        services.AddScoped<PartnersAccess>();
        services.AddScoped<ListOrganisations>();
        services.AddScoped<OrganisationDetails>();
        services.AddScoped<SaveOrganisation>();
        services.AddScoped<ChangeMembership>();
        services.AddScoped<ListPeople>();
        services.AddScoped<SavePerson>();
        services.AddScoped<ListPlaces>();
        services.AddScoped<SavePlace>();
        services.AddScoped<FindWhoDoesWhat>();
        services.AddMemoryCache();
        services.AddSingleton<PartnersSnapshots>();
        services.AddScoped<PartnersReadModel>();
        services.AddSingleton<NetworkVersionBump>();
        services.ConfigureDbContext<AppDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<NetworkVersionBump>()));
        services.AddScoped<NetworkOverview>();

        services.AddSingleton(new NetworkNavItem("", "Nav.Overview", typeof(PartnersText), NetworkRole.Viewer, 10));
        services.AddSingleton(new NetworkNavItem("/organisaties", "Nav.Organisations", typeof(PartnersText), NetworkRole.Viewer, 20));
        services.AddSingleton(new NetworkNavItem("/personen", "Nav.People", typeof(PartnersText), NetworkRole.Viewer, 30));
        services.AddSingleton(new NetworkNavItem("/plaatsen", "Nav.Places", typeof(PartnersText), NetworkRole.Viewer, 40));
        services.AddSingleton(new NetworkNavItem("/wie-doet-wat", "Nav.WhoDoesWhat", typeof(PartnersText), NetworkRole.Viewer, 50));
        return services;
    }

    public static IEndpointRouteBuilder MapPartners(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapImportAndExport();
        var api = endpoints.MapGroup("/api/netwerken/{network}")
            .RequireAuthorization(NetworkPolicies.Viewer)
            .WithTags("Partners");
        ListOrganisationsApi.Map(api);
        GetOrganisationApi.Map(api);
        SaveOrganisationApi.Map(api);
        ListPeopleApi.Map(api);
        ListPlacesApi.Map(api);
        WhoDoesWhatApi.Map(api);
        return endpoints;
    }
}
