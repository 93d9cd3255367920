namespace Verbind.Agreements;

/// <summary>Bound to "Agreements", checked on start.</summary>
public sealed class AgreementsOptions
{
    public const string Section = "Agreements";

    /// <summary>How long a signing link works.</summary>
    public int SignLinkValidDays { get; set; } = 14;

    /// <summary>Reminders go this many days before a link expires, an evaluation or an end date.</summary>
    public int RemindDaysBefore { get; set; } = 3;

    /// <summary>How often the reminder job looks; 0 turns it off (tests run it by hand).</summary>
    public int ReminderIntervalMinutes { get; set; } = 60;

    /// <summary>The map tiles of the public showcase, e.g. https://tile.example.org/{z}/{x}/{y}.png; empty: no map, the list only.</summary>
    public string? MapTileUrl { get; set; }

    public string MapAttribution { get; set; } = "";

    public bool IsValid() =>
        SignLinkValidDays is >= 1 and <= 90 && RemindDaysBefore is >= 1 and <= 30 && ReminderIntervalMinutes is >= 0 and <= 1440
        && (string.IsNullOrWhiteSpace(MapTileUrl) || MapTileUrl.StartsWith("https://", StringComparison.Ordinal) || MapTileUrl.StartsWith('/'));
}
