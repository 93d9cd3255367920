using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Verbind.Agreements.Data;
using Verbind.Agreements.Domain;
using Verbind.Agreements.Features.Printing;
using Verbind.Platform.Data;

namespace Verbind.Agreements.Features.Verification;

public enum Integrity
{
    /// <summary>Every signature was made on exactly the text that is stored now.</summary>
    Unaltered,
    /// <summary>The stored text differs from what at least one signer signed.</summary>
    Altered,
    /// <summary>Nobody signed yet: there is nothing to compare with.</summary>
    NotSigned,
}

public sealed record VerificationResult(
    string NetworkName, string Title, int VersionNumber, string VerificationCode, VersionStatus Status, Integrity Integrity,
    IReadOnlyList<(string Name, string Organisation, DateTime SignedAt)> Signatures, int SignerCount, string CurrentSha256,
    IssuedPdf? Pdf);

/// <summary>
/// The public verification: by the code printed on a PDF, or by an uploaded PDF (recognised by its
/// SHA-256 among the PDFs handed out). Either way the stored text is hashed again and compared with
/// the hash every signature recorded, so a change made in the database shows.
/// </summary>
public sealed class VerifyAgreement(AppDbContext db, AgreementDocuments documents)
{
    public const int MaxPdfBytes = 10 * 1024 * 1024;

    public async Task<VerificationResult?> ByCodeAsync(string? typedCode, CancellationToken cancellationToken)
    {
        var code = VerificationCodes.Normalise(typedCode);
        if (code is null)
        {
            return null;
        }
        var version = await AgreementDocuments.Query(db.AgreementVersions.IgnoreQueryFilters()).FirstOrDefaultAsync(v => v.VerificationCode == code, cancellationToken);
        return version is null ? null : await ResultAsync(version, null, cancellationToken);
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public async Task<VerificationResult?> ByPdfHashAsync(string? sha256, CancellationToken cancellationToken)
    {
        if (sha256 is not { Length: 64 } || !sha256.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }
        var pdf = await db.IssuedPdfs.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(p => p.Sha256 == sha256, cancellationToken);
        if (pdf is null)
        {
            return null;
        }
        var version = await AgreementDocuments.Query(db.AgreementVersions.IgnoreQueryFilters()).FirstAsync(v => v.Id == pdf.VersionId, cancellationToken);
        return await ResultAsync(version, pdf, cancellationToken);
    }

    private async Task<VerificationResult> ResultAsync(AgreementVersion version, IssuedPdf? pdf, CancellationToken cancellationToken)
    {
        var document = await documents.WithSignaturesAsync(version, cancellationToken, allNetworks: true);
        var network = await db.Networks.AsNoTracking().Where(n => n.Id == version.NetworkId).Select(n => n.Name).FirstAsync(cancellationToken);
        var current = CanonicalDocument.Sha256(version);
        var signatures = document.Signers.Where(s => s.Signature is not null).Select(s => s.Signature!).ToList();
        var integrity = signatures.Count == 0 ? Integrity.NotSigned
            : signatures.All(s => s.DocumentSha256 == current) ? Integrity.Unaltered
            : Integrity.Altered;
        return new VerificationResult(
            network, version.Title, version.Number, version.VerificationCode, version.Status, integrity,
            signatures.OrderBy(s => s.SignedAt).Select(s => (s.TypedName, s.OrganisationName, s.SignedAt)).ToList(),
            version.Signers.Count, current, pdf is null ? null : new IssuedPdf { Sha256 = pdf.Sha256, IssuedAt = pdf.IssuedAt, SignatureCount = pdf.SignatureCount, VersionId = pdf.VersionId, Content = [] });
    }
}
