using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Verbind.ServiceDirectory.Features.Freshness;

/// <summary>Runs <see cref="StaleReminders"/> now and then, on the app's clock.</summary>
internal sealed class StaleReminderJob(StaleReminders reminders, IOptions<StaleReminderOptions> options, TimeProvider clock, ILogger<StaleReminderJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        try
        {
            await Task.Delay(options.Value.FirstRunAfter, clock, stoppingToken);
            using var timer = new PeriodicTimer(options.Value.Interval, clock);
            do
            {
                try
                {
                    var sent = await reminders.RunOnceAsync(stoppingToken);
                    if (sent > 0)
                    {
                        logger.LogInformation("Stale reminders sent: {Count}", sent);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "The stale reminder run failed; the next run tries again");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app stops.
        }
    }
}
