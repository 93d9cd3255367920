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

public sealed record SignOutcome(SignLinkState State, FieldErrors Errors, bool Recorded = false, bool DocumentChanged = false, string? Title = null);

/// <summary>
/// The public side of signing, reached only through a link's token: shows the signer their own version
/// and records their signature once. A second signing (a double click, a second tab, a race) changes
/// nothing: the unique index on the signer lets one signature in.
/// </summary>
public sealed class SignAgreement(AppDbContext db, TimeProvider clock)
{
    /// <summary>Everything a signing needs, read in one query: the signer (tracked, it is updated), its network and the version's frozen text.</summary>
    private sealed record SigningTarget(Signer Signer, Network Network, string Title, DateTime? SupersededAt, string? FrozenSha256, string? FrozenText, string? OrganisationName, bool RecordIp);

    private static readonly PerModel<Func<AppDbContext, string, CancellationToken, Task<SigningTarget?>>> TargetByTokenHash = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, string hash, CancellationToken cancellationToken) => db.Set<Signer>().IgnoreQueryFilters()
            .Where(s => s.TokenHash == hash)
            .Select(s => new SigningTarget(
                s,
                db.Set<Network>().IgnoreQueryFilters().First(n => n.Id == s.NetworkId),
                s.Version!.Title,
                s.Version.SupersededAt,
                s.Version.FrozenSha256,
                s.Version.FrozenText,
                s.Version.Parties.Where(p => p.Id == s.PartyId).Select(p => p.OrganisationName).FirstOrDefault(),
                db.Set<AgreementSettings>().IgnoreQueryFilters().Any(x => x.NetworkId == s.NetworkId && x.RecordSignerIp)))
            .FirstOrDefault()));

    public async Task<SigningView> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (!LooksLikeToken(token))
        {
            return new SigningView(null, null, null, null, SignLinkState.Unknown, null);
        }
        var hash = Tokens.Hash(token!);
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

    /// <summary>
    /// Signs for the link's signer when the page showed the version's frozen text (<see cref="SignInput.ShownSha256"/>).
    /// One query and one save: 40 parties signing at the same moment must not queue behind each other.
    /// </summary>
    public async Task<SignOutcome> SignAsync(string? token, SignInput input, string? ipAddress, CancellationToken cancellationToken)
    {
        if (!LooksLikeToken(token))
        {
            return new SignOutcome(SignLinkState.Unknown, []);
        }
        var target = await TargetByTokenHash.For(db)(db, Tokens.Hash(token!), cancellationToken);
        if (target is null)
        {
            return new SignOutcome(SignLinkState.Unknown, []);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var state = target.Signer.LinkStateAt(now, target.SupersededAt);
        if (state != SignLinkState.Open)
        {
            return new SignOutcome(state, [], Title: target.Title);
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
            return new SignOutcome(SignLinkState.Open, errors, Title: target.Title);
        }
        var (text, sha256) = await FrozenDocumentAsync(target, cancellationToken);
        if (!string.Equals(input.ShownSha256, sha256, StringComparison.Ordinal))
        {
            return new SignOutcome(SignLinkState.Open, [], DocumentChanged: true, Title: target.Title);
        }
        db.NetworkScope.Enter(target.Network, null);
        var signer = target.Signer;
        signer.SignedAt = now;
        db.Signatures.Add(new Signature
        {
            SignerId = signer.Id,
            VersionId = signer.VersionId,
            SignedAt = now,
            TypedName = name!,
            Function = function,
            OrganisationName = target.OrganisationName ?? "",
            Place = place,
            DrawnImage = drawn,
            DocumentSha256 = sha256,
            ShownText = text,
            IpAddress = target.RecordIp ? ipAddress : null,
            Method = drawn is null ? SignatureMethods.Typed : SignatureMethods.Drawn,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone (the same signer, in another tab) was first: their signature stands.
            return new SignOutcome(SignLinkState.Used, [], Title: target.Title);
        }
        return new SignOutcome(SignLinkState.Used, [], Recorded: true, Title: target.Title);
    }

    /// <summary>The text as frozen when sent; versions sent before it was kept get it rebuilt from the stored document.</summary>
    private async Task<(string Text, string Sha256)> FrozenDocumentAsync(SigningTarget target, CancellationToken cancellationToken)
    {
        if (target.FrozenText is { } text && target.FrozenSha256 is { } sha256)
        {
            return (text, sha256);
        }
        var version = await db.AgreementVersions.IgnoreQueryFilters().AsNoTracking().Include(v => v.Parties).Include(v => v.Commitments).AsSplitQuery()
            .FirstAsync(v => v.Id == target.Signer.VersionId, cancellationToken);
        var canonical = CanonicalDocument.Text(version);
        return (canonical, CanonicalDocument.Sha256(canonical));
    }

    private static bool LooksLikeToken(string? token) => !string.IsNullOrWhiteSpace(token) && token.Length <= 100;

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
