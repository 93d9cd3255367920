using System.ComponentModel.DataAnnotations;

namespace Verbind.Helpline;

/// <summary>Bound to "Helpline"; validated on start.</summary>
public sealed class HelplineOptions
{
    public const string Section = "Helpline";

    /// <summary>Redis connection string for the SignalR backplane; empty runs one instance without Redis.</summary>
    public string? Redis { get; set; }

    [Range(1, 10_000)]
    public int StartsPerAddressPerTenMinutes { get; set; } = 5;

    [Range(1, 1_000_000)]
    public int StartsPerHelplinePerMinute { get; set; } = 120;

    /// <summary>How often the retention job deletes expired transcripts.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// A console that has not sent a heartbeat for this long counts as gone (its instance may have crashed):
    /// the counsellor is set away and their unanswered chats go back to the queue. Consoles beat at a quarter of it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan PresenceTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
