using Microsoft.Extensions.DependencyInjection;
using Verbind.ServiceDirectory.Features.PublicService;

namespace Verbind.ServiceDirectory.Features.PublicSearch;

internal static class PublicPagesRegistration
{
    /// <summary>The public pages /aanbod and /aanbod/{id}.</summary>
    public static IServiceCollection AddPublicPages(this IServiceCollection services)
    {
        services.AddSingleton<TermCatalog>();
        services.AddSingleton<PublicFormLimiter>();
        services.AddScoped<PublicServiceReader>();
        return services;
    }
}
