using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verbind.Agreements.Data;
using Verbind.Agreements.Domain;
using Verbind.Agreements.Localisation;
using Verbind.Platform.Data;
using Verbind.Platform.Identity;
using Verbind.Platform.Mail;
using Verbind.Platform.Ui;

namespace Verbind.Agreements.Features.Signing;

public enum SendOutcome
{
    Sent,
    NotFound,
    NoSigners,
    NothingToSend,
}

/// <summary>
/// Sends a version to its signers: each gets a new single-use link that expires after
/// <see cref="AgreementsOptions.SignLinkValidDays"/>. Sending freezes the version and withdraws the
/// links of older versions. Reminders send a fresh link to whoever has not signed yet.
/// </summary>
public sealed class SendForSigning(
    AppDbContext db,
    IMailSender mail,
    AccountLinks links,
    IOptions<AgreementsOptions> options,
    IStringLocalizer<AgreementsText> texts,
    TimeProvider clock,
    ILogger<SendForSigning> logger)
{
    public async Task<(SendOutcome Outcome, int Mailed)> SendAsync(Guid agreementId, CancellationToken cancellationToken)
    {
        var version = await db.AgreementVersions.Include(v => v.Agreement).Include(v => v.Signers).Include(v => v.Parties).Include(v => v.Commitments)
            .AsSplitQuery().Where(v => v.AgreementId == agreementId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            return (SendOutcome.NotFound, 0);
        }
        if (version.Signers.Count == 0)
        {
            return (SendOutcome.NoSigners, 0);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var waiting = version.Signers.Where(s => s.SignedAt is null && s.SentAt is null).ToList();
        if (waiting.Count == 0)
        {
            return (SendOutcome.NothingToSend, 0);
        }
        if (version.SentAt is null)
        {
            version.Freeze(now);
            var older = await db.AgreementVersions.Where(v => v.AgreementId == agreementId && v.Number < version.Number && v.SupersededAt == null).ToListAsync(cancellationToken);
            older.ForEach(v => v.SupersededAt = now);
        }
        return (SendOutcome.Sent, await MailLinksAsync(version, waiting, reminder: false, now, cancellationToken));
    }

    /// <summary>A fresh link to every signer of the latest version who was sent one and has not signed.</summary>
    public async Task<int> RemindAsync(Guid agreementId, CancellationToken cancellationToken)
    {
        var version = await db.AgreementVersions.Include(v => v.Agreement).Include(v => v.Signers).Include(v => v.Parties).Include(v => v.Commitments)
            .AsSplitQuery().Where(v => v.AgreementId == agreementId && v.SentAt != null && v.SupersededAt == null)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            return 0;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var waiting = version.Signers.Where(s => s.SignedAt is null && s.SentAt is not null).ToList();
        return await MailLinksAsync(version, waiting, reminder: true, now, cancellationToken);
    }

    internal async Task<int> MailLinksAsync(AgreementVersion version, List<Signer> signers, bool reminder, DateTime now, CancellationToken cancellationToken)
    {
        var tokens = new Dictionary<Guid, string>();
        foreach (var signer in signers)
        {
            var token = Tokens.New();
            tokens[signer.Id] = token;
            signer.TokenHash = Tokens.Hash(token);
            signer.SentAt ??= now;
            signer.ExpiresAt = now.AddDays(options.Value.SignLinkValidDays);
            if (reminder)
            {
                signer.RemindedAt = now;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        var mailed = 0;
        foreach (var signer in signers)
        {
            var link = Link($"/ondertekenen/{tokens[signer.Id]}");
            var subject = texts[reminder ? "Mail.ReminderSubject" : "Mail.SignSubject", version.Title].Value;
            var body = texts["Mail.SignBody", signer.FullName, version.Title, link, LocalTime.FormatDate(signer.ExpiresAt!.Value)].Value;
            try
            {
                await mail.SendAsync(new MailMessage(signer.Email, subject, body), cancellationToken);
                mailed++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The signing link for signer {SignerId} could not be mailed", signer.Id);
            }
        }
        return mailed;
    }

    private string Link(string path)
    {
        try
        {
            return links.Absolute(path);
        }
        catch (InvalidOperationException)
        {
            // A background job without Links:PublicBaseUrl: the path is better than no mail.
            return path;
        }
    }
}
