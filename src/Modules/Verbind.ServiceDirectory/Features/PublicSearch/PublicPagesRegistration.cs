using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Verbind.ServiceDirectory.Features.PublicService;
using Verbind.ServiceDirectory.Localisation;

namespace Verbind.ServiceDirectory.Features.PublicSearch;

internal static class PublicPagesRegistration
{
    /// <summary>The public pages /aanbod and /aanbod/{id}.</summary>
    public static IServiceCollection AddPublicPages(this IServiceCollection services)
    {
        services.AddSingleton<TermCatalog>();
        services.AddSingleton<IStringLocalizer<SearchText>, CachedStringLocalizer<SearchText>>();
        services.AddSingleton<PublicFormLimiter>();
        services.AddScoped<PublicServiceReader>();
        return services;
    }
}
