using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Verbind.Platform.Data;

namespace Verbind.ServiceDirectory.Features.Owners;

/// <summary>A fresh DI scope that works in one network, for work outside a request of that network.</summary>
internal static class NetworkJobScope
{
    public static async Task<AsyncServiceScope?> EnterAsync(IServiceScopeFactory factory, Guid networkId, CancellationToken cancellationToken)
    {
        var scope = factory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var network = await db.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Id == networkId, cancellationToken);
        if (network is null)
        {
            await scope.DisposeAsync();
            return null;
        }
        db.NetworkScope.Enter(network, role: null);
        return scope;
    }
}
