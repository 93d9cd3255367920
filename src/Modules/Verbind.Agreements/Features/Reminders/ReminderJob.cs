using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Verbind.Agreements.Features.Reminders;

/// <summary>Runs <see cref="AgreementReminders"/> every <see cref="AgreementsOptions.ReminderIntervalMinutes"/> (0: never).</summary>
internal sealed class ReminderJob(IServiceScopeFactory scopes, IOptions<AgreementsOptions> options, TimeProvider clock, ILogger<ReminderJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.ReminderIntervalMinutes == 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.ReminderIntervalMinutes), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AgreementReminders>().RunAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The agreement reminders failed; the next pass tries again");
            }
        }
    }
}
