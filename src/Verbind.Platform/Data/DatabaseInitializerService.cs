using Microsoft.Extensions.Hosting;

namespace Verbind.Platform.Data;

/// <summary>Runs <see cref="DatabaseInitializer"/> when the host starts, before the server takes requests.</summary>
internal sealed class DatabaseInitializerService(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => DatabaseInitializer.InitializeAsync(services, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
