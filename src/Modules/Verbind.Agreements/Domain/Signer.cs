using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Agreements.Domain;

/// <summary>
/// A person who signs a version for a party; a party may have several (a mayor and an alderman). The
/// link mailed to them carries a token of which only the SHA-256 is kept; it works once and expires.
/// </summary>
public sealed class Signer : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public Guid VersionId { get; set; }
    public AgreementVersion? Version { get; set; }
    public Guid PartyId { get; set; }
    public required string FullName { get; set; }
    public string? Function { get; set; }
    public required string Email { get; set; }
    [NotAudited] public string? TokenHash { get; set; }
    public DateTime? SentAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public DateTime? RemindedAt { get; set; }
    public DateTime? SignedAt { get; set; }

    public SignLinkState LinkStateAt(DateTime now) => LinkStateAt(now, Version?.SupersededAt);

    public SignLinkState LinkStateAt(DateTime now, DateTime? versionSupersededAt) =>
        SignedAt is not null ? SignLinkState.Used
        : versionSupersededAt is not null ? SignLinkState.Withdrawn
        : ExpiresAt is null || now >= ExpiresAt ? SignLinkState.Expired
        : SignLinkState.Open;
}

public enum SignLinkState
{
    Open,
    Used,
    Expired,
    Withdrawn,
    Unknown,
}

/// <summary>
/// The record of one signature: who, when, as what, the SHA-256 of the canonical document and the very
/// text the signer saw. One per signer (a unique index makes a second one impossible).
/// </summary>
public sealed class Signature : Entity, INetworkOwned
{
    public Guid NetworkId { get; set; }
    public Guid SignerId { get; set; }
    public Guid VersionId { get; set; }
    public DateTime SignedAt { get; set; }
    public required string TypedName { get; set; }
    public string? Function { get; set; }
    public required string OrganisationName { get; set; }
    public string? Place { get; set; }
    /// <summary>The drawn signature as a PNG data URL, when the signer drew one.</summary>
    public string? DrawnImage { get; set; }
    public required string DocumentSha256 { get; set; }
    public required string ShownText { get; set; }
    public string? IpAddress { get; set; }
    /// <summary>"typed" today; "eid" or "itsme" when a qualified signature is added (ADR 0071).</summary>
    public string Method { get; set; } = SignatureMethods.Typed;
}

public static class SignatureMethods
{
    public const string Typed = "typed";
    public const string Drawn = "drawn";
}

/// <summary>A PDF as it was handed out, kept by its SHA-256 so an uploaded copy can be recognised.</summary>
public sealed class IssuedPdf : Entity, INetworkOwned
{
    public Guid NetworkId { get; set; }
    public Guid VersionId { get; set; }
    public required string Sha256 { get; set; }
    public int SignatureCount { get; set; }
    public DateTime IssuedAt { get; set; }
    public required byte[] Content { get; set; }
}

/// <summary>Per-network choices of the Agreements module.</summary>
public sealed class AgreementSettings : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    /// <summary>Keep the signer's IP address with the signature (off unless the network asks for it).</summary>
    public bool RecordSignerIp { get; set; }
}
