using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Platform.Data;
using Verbind.Platform.Modules;
using Verbind.ServiceDirectory.Contracts;

namespace Verbind.ServiceDirectory.Features.Search;

internal static class SearchRegistration
{
    public static IServiceCollection AddServiceSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SearchOptions>(configuration.GetSection("Directory:Search"));
        services.AddSingleton<IModelContribution, SearchIndexModel>();
        services.AddSingleton<SearchChangeRecorder>();
        services.ConfigureDbContext<AppDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<SearchChangeRecorder>()));
        services.AddSingleton<SearchIndex>();
        services.AddHostedService<SearchIndexWorker>();
        services.AddScoped<DatabaseServiceSearch>();
        services.AddScoped<SearchEntryLoader>();
        services.AddScoped<CardSearch>();
        services.AddScoped<IServiceSearch, IndexedServiceSearch>();
        services.AddScoped<IServiceFinder, ServiceFinder>();
        return services;
    }
}
