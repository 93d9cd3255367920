using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Agreements.Domain;

/// <summary>
/// One version of an agreement's text. A draft can be changed; once sent for signing it is frozen, and a
/// change makes a new version that must be signed again. Every version stays readable.
/// </summary>
public sealed class AgreementVersion : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public Guid AgreementId { get; set; }
    public Agreement? Agreement { get; set; }
    public int Number { get; set; }
    public AgreementKind Kind { get; set; }
    public required string Title { get; set; }
    public string Preamble { get; set; } = "";
    public string Goals { get; set; } = "";
    public string Principles { get; set; } = "";
    public string Responsibilities { get; set; } = "";
    public string? SigningPlace { get; set; }
    public AgreementTerm Term { get; set; } = new();
    public List<AgreementParty> Parties { get; set; } = [];
    public List<Commitment> Commitments { get; set; } = [];
    public List<Signer> Signers { get; set; } = [];

    /// <summary>Printed on the PDF and asked for on the public verification page.</summary>
    public required string VerificationCode { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }

    /// <summary>
    /// The canonical text and its SHA-256 as they were when the version was sent, so a signing compares
    /// the hash the signer's page showed with one value instead of rebuilding the document. Verification
    /// still rebuilds the text from the stored document, so a change to it is detected.
    /// </summary>
    [NotAudited] public string? FrozenText { get; set; }
    public string? FrozenSha256 { get; set; }
    public DateTime? SupersededAt { get; set; }

    public DateTime? EvaluatedAt { get; set; }
    public string? EvaluationOutcome { get; set; }
    public string? EvaluationNotes { get; set; }
    public EvaluationDecision? Decision { get; set; }
    public DateTime? EvaluationReminderSentAt { get; set; }
    public DateTime? EndReminderSentAt { get; set; }

    public bool IsFrozen => SentAt is not null;

    /// <summary>Sends the version for signing: from now on its text cannot change. Needs its parties and commitments loaded.</summary>
    public void Freeze(DateTime now)
    {
        SentAt = now;
        FrozenText = CanonicalDocument.Text(this);
        FrozenSha256 = CanonicalDocument.Sha256(FrozenText);
    }

    public VersionStatus Status =>
        SupersededAt is not null ? VersionStatus.Superseded
        : SentAt is null ? VersionStatus.Draft
        : IsSignedByAll ? VersionStatus.FullySigned
        : VersionStatus.AwaitingSignatures;

    /// <summary>Every signer signed; still true once a newer version has been sent (superseded).</summary>
    public bool IsSignedByAll => Signers.Count > 0 && Signers.All(s => s.SignedAt is not null);

    /// <summary>
    /// Signed by every signer and within its term on <paramref name="today"/>. A signed version stays in
    /// force while the version sent to replace it waits for signatures (ADR 0075).
    /// </summary>
    public bool IsInForce(DateOnly today) => SentAt is not null && IsSignedByAll && Term.Covers(today);

    /// <summary>Of one agreement's versions, the one that binds the parties on <paramref name="today"/>: the newest in force.</summary>
    public static AgreementVersion? Binding(IEnumerable<AgreementVersion> versions, DateOnly today) =>
        versions.Where(v => v.IsInForce(today)).MaxBy(v => v.Number);
}

public enum VersionStatus
{
    Draft,
    AwaitingSignatures,
    FullySigned,
    Superseded,
}

/// <summary>Start, end, evaluation date and what happens after the end.</summary>
public sealed class AgreementTerm
{
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public DateOnly? EvaluationDate { get; set; }
    public RenewalRule Renewal { get; set; }

    public bool Covers(DateOnly day) => day >= StartDate && day <= EndDate;

    /// <summary>The end of a term of <paramref name="months"/> months from <paramref name="start"/> (the day before the same date).</summary>
    public static DateOnly EndAfter(DateOnly start, int months) => start.AddMonths(months).AddDays(-1);

    public static bool IsValid(DateOnly start, DateOnly end, DateOnly? evaluation) =>
        end >= start && (evaluation is null || (evaluation >= start && evaluation <= end.AddMonths(6)));
}

/// <summary>An organisation that is a party to a version; its name is kept as it was written.</summary>
public sealed class AgreementParty : Entity, INetworkOwned
{
    public Guid NetworkId { get; set; }
    public Guid VersionId { get; set; }
    public Guid OrganisationId { get; set; }
    public required string OrganisationName { get; set; }
    public string? Municipality { get; set; }
    public bool IsMunicipality { get; set; }
    public int Position { get; set; }
}
