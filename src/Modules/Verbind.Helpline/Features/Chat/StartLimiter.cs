using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Verbind.Helpline.Features.Chat;

/// <summary>
/// Abuse limits on starting chats, without a CAPTCHA: per address (kept in memory only, never stored)
/// a few starts per ten minutes, and per helpline a ceiling per minute.
/// </summary>
public sealed class StartLimiter(IOptions<HelplineOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.StartsPerAddressPerTenMinutes, Window = TimeSpan.FromMinutes(10), QueueLimit = 0,
        }));

    private readonly PartitionedRateLimiter<string> _perHelpline = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.StartsPerHelplinePerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        }));

    public bool TryStart(Guid helplineId, string? address)
    {
        using var helpline = _perHelpline.AttemptAcquire(helplineId.ToString("N"));
        if (!helpline.IsAcquired)
        {
            return false;
        }
        using var perAddress = _perAddress.AttemptAcquire($"{helplineId:N}|{address ?? "?"}");
        return perAddress.IsAcquired;
    }

    public void Dispose()
    {
        _perAddress.Dispose();
        _perHelpline.Dispose();
    }
}
