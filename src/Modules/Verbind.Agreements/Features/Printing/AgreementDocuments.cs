using Microsoft.EntityFrameworkCore;
using Verbind.Agreements.Data;
using Verbind.Agreements.Domain;
using Verbind.Platform.Data;
using Verbind.Platform.Identity;

namespace Verbind.Agreements.Features.Printing;

/// <summary>A version with all it shows: parties, commitments, signers and their signatures.</summary>
public sealed record VersionDocument(AgreementVersion Version, IReadOnlyList<(Signer Signer, Signature? Signature)> Signers)
{
    public int SignatureCount => Signers.Count(s => s.Signature is not null);
}

/// <summary>
/// Reads versions for the printable page and the PDF. A PDF is kept once per version and number of
/// signatures, so every copy handed out for that state is the same file and an uploaded copy can be
/// recognised by its SHA-256.
/// </summary>
public sealed class AgreementDocuments(AppDbContext db, AgreementTexts texts, AccountLinks links, TimeProvider clock)
{
    public async Task<VersionDocument?> FindAsync(Guid agreementId, int number, CancellationToken cancellationToken)
    {
        var version = await Query(db.AgreementVersions).FirstOrDefaultAsync(v => v.AgreementId == agreementId && v.Number == number, cancellationToken);
        return version is null ? null : await WithSignaturesAsync(version, cancellationToken);
    }

    internal static IQueryable<AgreementVersion> Query(IQueryable<AgreementVersion> versions) =>
        versions.AsNoTracking().Include(v => v.Agreement).Include(v => v.Parties).Include(v => v.Commitments).Include(v => v.Signers).AsSplitQuery();

    internal async Task<VersionDocument> WithSignaturesAsync(AgreementVersion version, CancellationToken cancellationToken, bool allNetworks = false)
    {
        var query = allNetworks ? db.Signatures.IgnoreQueryFilters() : db.Signatures;
        var signatures = await query.AsNoTracking().Where(s => s.VersionId == version.Id).ToListAsync(cancellationToken);
        var parties = version.Parties.ToDictionary(p => p.Id, p => p.Position);
        var signers = version.Signers
            .OrderBy(s => parties.GetValueOrDefault(s.PartyId)).ThenBy(s => s.FullName, StringComparer.CurrentCulture)
            .Select(s => (s, signatures.FirstOrDefault(g => g.SignerId == s.Id)))
            .ToList();
        return new VersionDocument(version, signers);
    }

    public async Task<byte[]> PdfAsync(VersionDocument document, string networkName, CancellationToken cancellationToken)
    {
        var version = document.Version;
        var kept = await db.IssuedPdfs.AsNoTracking()
            .Where(p => p.VersionId == version.Id && p.SignatureCount == document.SignatureCount)
            .Select(p => p.Content).FirstOrDefaultAsync(cancellationToken);
        if (kept is not null)
        {
            return kept;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var content = AgreementPdf.Render(version, networkName, document.Signers, VerifyUrl(), texts.PdfLabels(version.Term), now);
        db.IssuedPdfs.Add(new IssuedPdf
        {
            NetworkId = version.NetworkId, VersionId = version.Id, SignatureCount = document.SignatureCount, IssuedAt = now,
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), Content = content,
        });
        await db.SaveChangesAsync(cancellationToken);
        return content;
    }

    private string VerifyUrl()
    {
        try
        {
            return links.Absolute("/verificatie");
        }
        catch (InvalidOperationException)
        {
            return "/verificatie";
        }
    }
}
