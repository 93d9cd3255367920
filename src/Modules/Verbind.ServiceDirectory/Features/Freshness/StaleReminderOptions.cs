namespace Verbind.ServiceDirectory.Features.Freshness;

/// <summary>Bound to "Directory:StaleReminders".</summary>
public sealed class StaleReminderOptions
{
    public const string Section = "Directory:StaleReminders";

    /// <summary>Run the reminder job in this instance (every instance may run it: reminders are claimed per record).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the job looks for stale records.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long after the start of the app the first run waits.</summary>
    public TimeSpan FirstRunAfter { get; set; } = TimeSpan.FromMinutes(2);
}
