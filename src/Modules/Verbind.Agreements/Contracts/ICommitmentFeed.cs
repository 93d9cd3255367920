namespace Verbind.Agreements.Contracts;

/// <summary>The commitment kinds another module can feed (the names of the Agreements commitment kinds).</summary>
public static class FedCommitmentKinds
{
    /// <summary>Fed by Meetings: attendance of network meetings per organisation.</summary>
    public const string AttendMeetings = "AttendMeetings";

    /// <summary>Fed by the Directory: how fresh the organisation's offering is.</summary>
    public const string KeepOfferingUpToDate = "KeepOfferingUpToDate";

    /// <summary>Fed by Meetings: taking part in workgroups.</summary>
    public const string JoinWorkgroups = "JoinWorkgroups";
}

public enum FedStatus
{
    Met,
    AtRisk,
    NotMet,
}

/// <summary>What a feed says about one organisation: the status and a short piece of evidence to show.</summary>
public sealed record FedEvidence(FedStatus Status, string Evidence);

/// <summary>
/// A module that knows whether organisations keep a kind of commitment (Meetings: attendance; Directory:
/// freshness). Register one per kind in DI; the scorecard asks it in the current network's scope and
/// falls back to hand tracking for organisations it does not answer for.
/// </summary>
public interface ICommitmentFeed
{
    /// <summary>One of <see cref="FedCommitmentKinds"/>.</summary>
    string Kind { get; }

    /// <param name="quantity">The figure of the commitment (e.g. 4 meetings a year), when it has one.</param>
    Task<IReadOnlyDictionary<Guid, FedEvidence>> EvaluateAsync(IReadOnlyCollection<Guid> organisationIds, int? quantity, DateOnly from, DateOnly until, CancellationToken cancellationToken);
}
