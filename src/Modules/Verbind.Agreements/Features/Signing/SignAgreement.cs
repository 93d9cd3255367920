using Microsoft.EntityFrameworkCore;
using Verbind.Agreements.Data;
using Verbind.Agreements.Domain;
using Verbind.Agreements.Features.Common;
using Verbind.Platform.Data;
using Verbind.Platform.Identity;
using Verbind.Platform.Tenancy;

namespace Verbind.Agreements.Features.Signing;

/// <summary>What a signing link leads to: the signer, their version (with its text) and the link's state now.</summary>
public sealed record SigningView(Signer? Signer, AgreementVersion? Version, AgreementParty? Party, Network? Network, SignLinkState State, string? DocumentSha256);

public sealed class SignInput
{
    public string? TypedName { get; set; }
    public string? Function { get; set; }
    public string? Place { get; set; }
    public bool Consent { get; set; }
    public string? DrawnImage { get; set; }
    /// <summary>The hash of the text the page showed; signing stops when the stored text no longer has it.</summary>
    public string? ShownSha256 { get; set; }
}

public sealed record SignOutcome(SignLinkState State, FieldErrors Errors, bool Recorded = false, bool DocumentChanged = false);

/// <summary>
/// The public side of signing, reached only through a link's token: shows the signer their own version
/// and records their signature once. A second signing (a double click, a second tab, a race) changes
/// nothing: the unique index on the signer lets one signature in.
/// </summary>
public sealed class SignAgreement(AppDbContext db, TimeProvider clock)
{

    public async Task<SigningView> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return new SigningView(null, null, null, null, SignLinkState.Unknown, null);
        }
        var hash = Tokens.Hash(token);
        var signer = await db.Signers.IgnoreQueryFilters().AsNoTracking()
            .Include(s => s.Version!).ThenInclude(v => v.Parties)
            .Include(s => s.Version!).ThenInclude(v => v.Commitments)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.TokenHash == hash, cancellationToken);
        if (signer?.Version is not { } version)
        {
            return new SigningView(null, null, null, null, SignLinkState.Unknown, null);
        }
        var network = await db.Networks.AsNoTracking().FirstAsync(n => n.Id == signer.NetworkId, cancellationToken);
        var party = version.Parties.FirstOrDefault(p => p.Id == signer.PartyId);
        return new SigningView(signer, version, party, network, signer.LinkStateAt(clock.GetUtcNow().UtcDateTime), CanonicalDocument.Sha256(version));
    }

    public async Task<SignOutcome> SignAsync(string? token, SignInput input, string? ipAddress, CancellationToken cancellationToken) =>
        await SignAsync(await FindAsync(token, cancellationToken), input, ipAddress, cancellationToken);

    /// <summary>Signs for the link found by <see cref="FindAsync"/> (the page has just read it).</summary>
    public async Task<SignOutcome> SignAsync(SigningView view, SignInput input, string? ipAddress, CancellationToken cancellationToken)
    {
        if (view.State != SignLinkState.Open || view.Signer is null || view.Version is null || view.Network is null)
        {
            return new SignOutcome(view.State, []);
        }
        var errors = new FieldErrors();
        var name = Check.Text(errors, nameof(SignInput.TypedName), input.TypedName, 200, required: true);
        var function = Check.Text(errors, nameof(SignInput.Function), input.Function, 200);
        var place = Check.Text(errors, nameof(SignInput.Place), input.Place, 200);
        if (!input.Consent)
        {
            errors.Add(nameof(SignInput.Consent), "Error.ConsentRequired");
        }
        var drawn = DrawnImage(errors, input.DrawnImage);
        if (errors.Count > 0)
        {
            return new SignOutcome(SignLinkState.Open, errors);
        }
        var canonical = CanonicalDocument.Text(view.Version);
        var sha256 = CanonicalDocument.Sha256(canonical);
        if (!string.Equals(input.ShownSha256, sha256, StringComparison.Ordinal))
        {
            return new SignOutcome(SignLinkState.Open, [], DocumentChanged: true);
        }
        db.NetworkScope.Enter(view.Network, null);
        var now = clock.GetUtcNow().UtcDateTime;
        var recordIp = await db.AgreementSettings.AnyAsync(s => s.RecordSignerIp, cancellationToken);
        var signer = view.Signer;
        db.Signers.Attach(signer);
        signer.SignedAt = now;
        db.Signatures.Add(new Signature
        {
            SignerId = signer.Id,
            VersionId = view.Version.Id,
            SignedAt = now,
            TypedName = name!,
            Function = function,
            OrganisationName = view.Party?.OrganisationName ?? "",
            Place = place,
            DrawnImage = drawn,
            DocumentSha256 = sha256,
            ShownText = canonical,
            IpAddress = recordIp ? ipAddress : null,
            Method = drawn is null ? SignatureMethods.Typed : SignatureMethods.Drawn,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone (the same signer, in another tab) was first: their signature stands.
            return new SignOutcome(SignLinkState.Used, []);
        }
        return new SignOutcome(SignLinkState.Used, [], Recorded: true);
    }

    private static string? DrawnImage(FieldErrors errors, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (value.Length > TextLimits.DrawnSignature || !value.StartsWith(SignatureImage.Prefix, StringComparison.Ordinal))
        {
            errors.Add(nameof(SignInput.DrawnImage), "Error.DrawingInvalid");
            return null;
        }
        var data = value[SignatureImage.Prefix.Length..];
        var bytes = new byte[data.Length];
        if (!Convert.TryFromBase64String(data, bytes, out var length) || length < 8
            || !bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            errors.Add(nameof(SignInput.DrawnImage), "Error.DrawingInvalid");
            return null;
        }
        return value;
    }
}
