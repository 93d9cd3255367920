using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Verbind.Agreements.Data;
using Verbind.Agreements.Domain;
using Verbind.Agreements.Features.Common;
using Verbind.Agreements.Features.Signing;
using Verbind.Agreements.Localisation;
using Verbind.Platform.Data;
using Verbind.Platform.Mail;
using Verbind.Platform.Tenancy;

namespace Verbind.Agreements.Features.Reminders;

public sealed record ReminderCounts(int SigningLinks, int Evaluations, int Ends, int Payments);

/// <summary>
/// One pass of the reminders, over every network: a fresh link to signers whose link expires soon, a
/// mail to coordinators and signers before an evaluation date and before the end of a term, and to a
/// party whose contribution is overdue. Each reminder is sent once, even when passes overlap (several
/// instances): a pass first claims it by stamping its "sent at" with a conditional update, and only the
/// pass whose update hit the row sends it (ADR 0075).
/// </summary>
public sealed class AgreementReminders(
    AppDbContext db,
    SendForSigning sending,
    IMailSender mail,
    IOptions<AgreementsOptions> options,
    IStringLocalizer<AgreementsText> texts,
    TimeProvider clock,
    ILogger<AgreementReminders> logger)
{
    public async Task<ReminderCounts> RunAsync(CancellationToken cancellationToken)
    {
        db.NetworkScope.EnterAllNetworks();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var days = options.Value.RemindDaysBefore;
        var soon = now.AddDays(days);

        var expiring = await db.Signers.Include(s => s.Version).ThenInclude(v => v!.Agreement)
            .Where(s => s.SignedAt == null && s.SentAt != null && s.ExpiresAt != null && s.ExpiresAt > now && s.ExpiresAt <= soon
                && s.Version!.SupersededAt == null && (s.RemindedAt == null || s.RemindedAt < s.SentAt))
            .ToListAsync(cancellationToken);
        var links = 0;
        foreach (var group in expiring.GroupBy(s => s.VersionId))
        {
            var claimed = new List<Signer>();
            foreach (var signer in group)
            {
                if (await ClaimAsync(db.Signers.Where(s => s.Id == signer.Id && (s.RemindedAt == null || s.RemindedAt < s.SentAt)), s => s.RemindedAt, now, cancellationToken))
                {
                    claimed.Add(signer);
                }
            }
            if (claimed.Count > 0)
            {
                links += await sending.MailLinksAsync(group.First().Version!, claimed, reminder: true, now, cancellationToken);
            }
        }

        var horizon = today.AddDays(days);
        var versions = await db.AgreementVersions.Include(v => v.Signers)
            .Where(v => v.SentAt != null && v.SupersededAt == null && v.EvaluatedAt == null
                && ((v.EvaluationReminderSentAt == null && v.Term.EvaluationDate != null && v.Term.EvaluationDate <= horizon && v.Term.EvaluationDate >= today)
                    || (v.EndReminderSentAt == null && v.Term.EndDate <= horizon && v.Term.EndDate >= today)))
            .ToListAsync(cancellationToken);
        int evaluations = 0, ends = 0;
        foreach (var version in versions.Where(v => v.Status == VersionStatus.FullySigned))
        {
            var recipients = (await CoordinatorEmailsAsync(version.NetworkId, cancellationToken)).Concat(version.Signers.Select(s => s.Email)).Distinct().ToList();
            if (version.EvaluationReminderSentAt is null && version.Term.EvaluationDate is { } evaluation && evaluation <= horizon && evaluation >= today
                && await ClaimAsync(db.AgreementVersions.Where(v => v.Id == version.Id && v.EvaluationReminderSentAt == null), v => v.EvaluationReminderSentAt, now, cancellationToken))
            {
                await MailAllAsync(recipients, texts["Mail.EvaluationSubject", version.Title], texts["Mail.EvaluationBody", version.Title, evaluation.ToString("d", System.Globalization.CultureInfo.CurrentCulture)], cancellationToken);
                evaluations++;
            }
            if (version.EndReminderSentAt is null && version.Term.EndDate <= horizon && version.Term.EndDate >= today
                && await ClaimAsync(db.AgreementVersions.Where(v => v.Id == version.Id && v.EndReminderSentAt == null), v => v.EndReminderSentAt, now, cancellationToken))
            {
                await MailAllAsync(recipients, texts["Mail.EndSubject", version.Title], texts["Mail.EndBody", version.Title, version.Term.EndDate.ToString("d", System.Globalization.CultureInfo.CurrentCulture)], cancellationToken);
                ends++;
            }
        }

        var overdue = await db.PaymentRequests.Where(p => p.PaidOn == null && p.DueDate < today && p.ReminderSentAt == null).ToListAsync(cancellationToken);
        var payments = 0;
        foreach (var payment in overdue)
        {
            if (!await ClaimAsync(db.PaymentRequests.Where(p => p.Id == payment.Id && p.ReminderSentAt == null && p.PaidOn == null), p => p.ReminderSentAt, now, cancellationToken))
            {
                continue;
            }
            var signerEmails = await db.Signers
                .Where(s => db.Set<AgreementParty>().Any(p => p.Id == s.PartyId && p.OrganisationId == payment.OrganisationId)
                    && db.Set<AgreementVersion>().Any(v => v.Id == s.VersionId && v.AgreementId == payment.AgreementId))
                .Select(s => s.Email).Distinct().ToListAsync(cancellationToken);
            var recipients = signerEmails.Concat(await CoordinatorEmailsAsync(payment.NetworkId, cancellationToken)).Distinct().ToList();
            await MailAllAsync(recipients, texts["Mail.PaymentSubject", payment.Year], texts["Mail.PaymentBody", payment.OrganisationName, Euro.Format(payment.Amount), PaymentReferences.Format(payment.Reference), payment.DueDate.ToString("d", System.Globalization.CultureInfo.CurrentCulture)], cancellationToken);
            payments++;
        }
        return new ReminderCounts(links, evaluations, ends, payments);
    }

    /// <summary>Stamps the reminder as sent if no other pass did; true when this pass won it and must send it.</summary>
    private static async Task<bool> ClaimAsync<T>(IQueryable<T> unclaimed, Expression<Func<T, DateTime?>> sentAt, DateTime now, CancellationToken cancellationToken)
        where T : class =>
        await unclaimed.ExecuteUpdateAsync(setters => setters.SetProperty(sentAt, now), cancellationToken) == 1;

    private async Task<List<string>> CoordinatorEmailsAsync(Guid networkId, CancellationToken cancellationToken) =>
        await db.NetworkUserRoles.Where(r => r.NetworkId == networkId && r.Role == NetworkRole.Coordinator)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => u.Email)
            .Where(e => e != null).Select(e => e!).ToListAsync(cancellationToken);

    private async Task MailAllAsync(List<string> recipients, string subject, string body, CancellationToken cancellationToken)
    {
        foreach (var to in recipients)
        {
            try
            {
                await mail.SendAsync(new MailMessage(to, subject, body), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "A reminder could not be mailed");
            }
        }
    }
}
