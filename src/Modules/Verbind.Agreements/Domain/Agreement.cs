using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Agreements.Domain;

/// <summary>An agreement between partners of a network; its text lives in numbered versions.</summary>
public sealed class Agreement : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public AgreementKind Kind { get; set; }
    public required string Title { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<AgreementVersion> Versions { get; set; } = [];

    public AgreementVersion Latest => Versions.MaxBy(v => v.Number) ?? throw new InvalidOperationException("An agreement has at least one version.");
}

public enum AgreementKind
{
    IntentDeclaration,
    EngagementDeclaration,
    PilotAgreement,
    CoalitionCharter,
}

/// <summary>What happens when the term ends.</summary>
public enum RenewalRule
{
    EndsUnlessRenewed,
    RenewedAfterEvaluation,
    RenewedTacitly,
}

public enum EvaluationDecision
{
    Renew,
    Change,
    Stop,
}
