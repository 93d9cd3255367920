using Microsoft.Extensions.DependencyInjection;

namespace Verbind.ServiceDirectory.Features.Taxonomies;

public static class TaxonomiesFeature
{
    public static IServiceCollection AddShippedTaxonomies(this IServiceCollection services) =>
        services.AddHostedService<TaxonomySyncService>();
}
