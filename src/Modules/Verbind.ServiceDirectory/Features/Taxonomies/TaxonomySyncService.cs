using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Verbind.Platform.Data;

namespace Verbind.ServiceDirectory.Features.Taxonomies;

/// <summary>
/// Writes the shipped taxonomies on every start, after the platform's database initializer (hosted
/// services start in the order they are registered, and the platform registers its own first).
/// </summary>
internal sealed class TaxonomySyncService(IServiceProvider services, ILogger<TaxonomySyncService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.NetworkScope.EnterAllNetworks();
        try
        {
            var changes = await TaxonomySync.EnsureAsync(db, cancellationToken);
            if (changes > 0)
            {
                logger.LogInformation("Shipped taxonomies written ({Changes} changes)", changes);
            }
        }
        catch (DbUpdateException exception)
        {
            // Another instance starting at the same moment wrote them first (unique codes); its write stands.
            logger.LogInformation(exception, "Shipped taxonomies were written by another instance");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
