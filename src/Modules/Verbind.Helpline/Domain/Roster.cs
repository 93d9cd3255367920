using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Helpline.Domain;

/// <summary>A weekly recurring on-duty shift ("permanentie"), in local time.</summary>
public sealed class Shift : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public Guid HelplineId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }

    /// <summary>Counsellors needed for the shift to count as covered.</summary>
    public int Needed { get; set; } = 1;
}

/// <summary>A counsellor on duty for one occurrence (a date) of a shift.</summary>
public sealed class ShiftSignup : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public Guid ShiftId { get; set; }
    public Guid UserId { get; set; }
    public DateOnly Date { get; set; }
}

/// <summary>A day without shifts: a holiday or another exception.</summary>
public sealed class RosterClosure : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public Guid HelplineId { get; set; }
    public DateOnly Date { get; set; }
    public required string Reason { get; set; }
}

/// <summary>Opaque token for a counsellor's iCalendar feed; only its hash is stored.</summary>
public sealed class CalendarFeed : Entity, INetworkOwned
{
    public Guid NetworkId { get; set; }
    public Guid HelplineId { get; set; }
    public Guid UserId { get; set; }
    public required string TokenHash { get; set; }
}
