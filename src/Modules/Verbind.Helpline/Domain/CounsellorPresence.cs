using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Helpline.Domain;

/// <summary>A counsellor's availability in one helpline, kept in the database so every app instance sees it.</summary>
public sealed class CounsellorPresence : Entity, INetworkOwned
{
    public const int MaxCapacity = 5;

    public Guid NetworkId { get; set; }
    public Guid HelplineId { get; set; }
    public Guid UserId { get; set; }
    public Availability Availability { get; set; }
    public int Capacity { get; set; } = 2;
    public int Connections { get; set; }

    /// <summary>The last heartbeat of any of the counsellor's consoles (see HelplineOptions.PresenceTimeout).</summary>
    public DateTime LastSeenAt { get; set; }

    /// <summary>Fairness among counsellors: the one idle longest gets the next chat.</summary>
    public DateTime LastAssignedAt { get; set; }

    /// <summary>A console is open and beat recently enough; a crashed instance's connections stop counting once stale.</summary>
    public bool IsOnline(DateTime staleBefore) => Connections > 0 && LastSeenAt >= staleBefore;
}

public enum Availability
{
    Away = 0,
    Available = 1,
    Busy = 2,
}
