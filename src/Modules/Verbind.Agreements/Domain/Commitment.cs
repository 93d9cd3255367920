using System.Globalization;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Agreements.Domain;

/// <summary>
/// A structured promise every party makes, so it can be followed: which rule, and its figure (a number of
/// meetings, an amount in euro) or text.
/// </summary>
public sealed class Commitment : Entity, INetworkOwned
{
    public Guid NetworkId { get; set; }
    public Guid VersionId { get; set; }
    public int Position { get; set; }
    public CommitmentKind Kind { get; set; }
    public int? Quantity { get; set; }
    public decimal? Amount { get; set; }
    public string? Text { get; set; }

    /// <summary>A stable, language-neutral line for the canonical form.</summary>
    public string CanonicalLine() => Kind switch
    {
        CommitmentKind.AttendMeetings or CommitmentKind.JoinWorkgroups => $"{Kind} {Quantity?.ToString(CultureInfo.InvariantCulture) ?? "-"}",
        CommitmentKind.PayContribution => $"{Kind} EUR {Amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-"}",
        CommitmentKind.FreeText => $"{Kind} {Text}",
        _ => Kind.ToString(),
    };
}

public enum CommitmentKind
{
    AttendMeetings,
    KeepOfferingUpToDate,
    JoinWorkgroups,
    PayContribution,
    Publicise,
    ShareData,
    FreeText,
}

/// <summary>Where a commitment stands for one party.</summary>
public enum CommitmentStatus
{
    NotTracked,
    Met,
    AtRisk,
    NotMet,
}

/// <summary>The hand-kept status of one commitment for one party, until a module feeds it.</summary>
public sealed class CommitmentTracking : Entity, INetworkOwned, Verbind.Platform.Audit.IAuditable
{
    public Guid NetworkId { get; set; }
    public Guid CommitmentId { get; set; }
    public Guid OrganisationId { get; set; }
    public CommitmentStatus Status { get; set; }
    public string? Evidence { get; set; }
    public DateTime UpdatedAt { get; set; }
}
