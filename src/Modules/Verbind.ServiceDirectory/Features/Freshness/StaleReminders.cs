using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Verbind.Partners.Contracts;
using Verbind.Platform.Data;
using Verbind.Platform.Mail;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.Owners;
using Verbind.ServiceDirectory.Localisation;

namespace Verbind.ServiceDirectory.Features.Freshness;

/// <summary>
/// Mails the owners of stale services (the organisation's representatives and the network's coordinators),
/// one mail per organisation and network, and at most once a month per service. Safe on several instances:
/// each service is claimed by a conditional update of <c>StaleReminderSentAt</c> in the transaction that
/// sends its mail, so two instances never remind about the same service and a failed mail is retried.
/// </summary>
public sealed class StaleReminders(IServiceScopeFactory scopes, TimeProvider clock, ILogger<StaleReminders> logger)
{
    public const int RemindAgainAfterMonths = 1;

    /// <returns>How many mails were sent.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var staleBefore = today.AddMonths(-Domain.Freshness.MonthsUntilStale);
        var remindedBefore = now.AddMonths(-RemindAgainAfterMonths);
        List<(Guid NetworkId, Guid OrganisationId)> owners;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.NetworkScope.EnterAllNetworks();
            owners = (await db.Services.AsNoTracking()
                    .Where(s => s.Status != ServiceStatus.Defunct)
                    .Where(s => s.LastVerifiedOn == null || s.LastVerifiedOn < staleBefore)
                    .Where(s => s.StaleReminderSentAt == null || s.StaleReminderSentAt < remindedBefore)
                    .Select(s => new { s.NetworkId, s.OrganisationId })
                    .Distinct()
                    .ToListAsync(cancellationToken))
                .Select(o => (o.NetworkId, o.OrganisationId)).ToList();
        }
        var sent = 0;
        foreach (var (networkId, organisationId) in owners)
        {
            try
            {
                if (await RemindAsync(networkId, organisationId, staleBefore, remindedBefore, now, cancellationToken))
                {
                    sent++;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Stale reminder for organisation {OrganisationId} in network {NetworkId} not sent; it is retried on the next run", organisationId, networkId);
            }
        }
        return sent;
    }

    private async Task<bool> RemindAsync(Guid networkId, Guid organisationId, DateOnly staleBefore, DateTime remindedBefore, DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = await NetworkJobScope.EnterAsync(scopes, networkId, cancellationToken);
        if (scope is not { } entered)
        {
            return false;
        }
        var services = entered.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var network = db.NetworkScope.Required;
        var recipients = await services.GetRequiredService<OwnerRecipients>().OfOrganisationAsync(networkId, organisationId, cancellationToken);
        var organisation = (await services.GetRequiredService<IPartnerDirectory>().FindAsync([organisationId], cancellationToken)) is { Count: > 0 } found ? found[0] : null;

        var text = services.GetRequiredService<IStringLocalizer<DirectoryText>>();
        var links = services.GetRequiredService<MailLinks>();
        var mail = services.GetRequiredService<IMailSender>();
        // The provider's retrying strategy runs the whole claim-and-send as one unit.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var candidates = await db.Services.AsNoTracking()
                .Where(s => s.OrganisationId == organisationId && s.Status != ServiceStatus.Defunct)
                .Where(s => s.LastVerifiedOn == null || s.LastVerifiedOn < staleBefore)
                .Where(s => s.StaleReminderSentAt == null || s.StaleReminderSentAt < remindedBefore)
                .OrderBy(s => s.Name)
                .Select(s => new { s.Id, s.Name, s.LastVerifiedOn })
                .ToListAsync(cancellationToken);
            var claimed = candidates.Take(0).ToList();
            foreach (var candidate in candidates)
            {
                // The condition is checked again by the update itself: another instance's claim wins.
                var rows = await db.Services
                    .Where(s => s.Id == candidate.Id && (s.StaleReminderSentAt == null || s.StaleReminderSentAt < remindedBefore))
                    .ExecuteUpdateAsync(set => set.SetProperty(s => s.StaleReminderSentAt, now), cancellationToken);
                if (rows == 1)
                {
                    claimed.Add(candidate);
                }
            }
            if (claimed.Count == 0 || recipients.Count == 0)
            {
                // Nobody to tell: the claim stands, so the job does not look again before a month.
                await transaction.CommitAsync(cancellationToken);
                return false;
            }
            var lines = claimed.Select(c => text["Freshness.Mail.Line", c.Name,
                c.LastVerifiedOn?.ToString("d", System.Globalization.CultureInfo.GetCultureInfo("nl-BE")) ?? text["Freshness.Never"].Value,
                links.To($"/netwerk/{network.Slug}/aanbod/{c.Id}")].Value);
            var body = string.Join("\n\n",
                text["Freshness.Mail.Intro", organisation?.Name ?? "", network.Name, Domain.Freshness.MonthsUntilStale].Value,
                string.Join("\n", lines),
                text["Freshness.Mail.HowTo"].Value,
                text["Mail.Footer"].Value);
            var subject = text["Freshness.Mail.Subject", claimed.Count, network.Name].Value;
            foreach (var to in recipients)
            {
                await mail.SendAsync(new MailMessage(to, subject, body), cancellationToken);
            }
            // A failed mail throws before this: the claims roll back and the next run tries again.
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
    }
}
