using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Verbind.Platform.Mail;

namespace Verbind.Platform.Identity;

/// <summary>
/// Sends mail after the request that asked for it has answered. The password-reset form uses it so that
/// its answer takes as long whether or not the address has an account (no probing by timing).
/// </summary>
public sealed class MailOutbox(IServiceScopeFactory scopes, ILogger<MailOutbox> logger) : BackgroundService
{
    private readonly Channel<MailMessage> _queue = Channel.CreateBounded<MailMessage>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>False when the queue is full (the mail is dropped and logged).</summary>
    public bool Enqueue(MailMessage message)
    {
        if (_queue.Writer.TryWrite(message))
        {
            return true;
        }
        logger.LogWarning("The mail queue is full: a mail was dropped");
        return false;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IMailSender>().SendAsync(message, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "A queued mail could not be sent");
            }
        }
    }
}
