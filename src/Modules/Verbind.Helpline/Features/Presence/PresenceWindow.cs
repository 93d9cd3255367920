using Microsoft.Extensions.Options;

namespace Verbind.Helpline.Features.Presence;

/// <summary>Where "recently seen" ends: a presence whose last heartbeat is older than this is treated as offline.</summary>
public sealed class PresenceWindow(IOptions<HelplineOptions> options, TimeProvider clock)
{
    public TimeSpan Timeout => options.Value.PresenceTimeout;

    /// <summary>How often a console beats: four beats fit in the timeout, so one or two lost beats do no harm.</summary>
    public TimeSpan HeartbeatInterval => Timeout / 4;

    public DateTime StaleBefore => clock.GetUtcNow().UtcDateTime - Timeout;
}
