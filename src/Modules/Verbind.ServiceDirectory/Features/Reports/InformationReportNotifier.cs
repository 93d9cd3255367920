using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Verbind.Platform.Data;
using Verbind.Platform.Mail;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.Owners;
using Verbind.ServiceDirectory.Localisation;

namespace Verbind.ServiceDirectory.Features.Reports;

/// <summary>
/// Tells the owner of a service (its organisation's representatives and the network's coordinators) that
/// someone reported wrong information. Call it after the report is saved; it works in the report's own
/// network whatever the caller's scope, and a failing mail server does not fail the caller.
/// </summary>
public sealed class InformationReportNotifier(IServiceScopeFactory scopes, ILogger<InformationReportNotifier> logger)
{
    public async Task NotifyAsync(InformationReport report, CancellationToken cancellationToken)
    {
        await using var scope = await NetworkJobScope.EnterAsync(scopes, report.NetworkId, cancellationToken);
        if (scope is not { } entered)
        {
            return;
        }
        var services = entered.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var service = await db.Services.AsNoTracking().FirstOrDefaultAsync(s => s.Id == report.ServiceId, cancellationToken);
        if (service is null)
        {
            return;
        }
        var network = db.NetworkScope.Required;
        var recipients = await services.GetRequiredService<OwnerRecipients>().OfOrganisationAsync(network.Id, service.OrganisationId, cancellationToken);
        var text = services.GetRequiredService<IStringLocalizer<DirectoryText>>();
        var link = services.GetRequiredService<MailLinks>().To($"/netwerk/{network.Slug}/aanbod/meldingen");
        var subject = text["Reports.Mail.Subject", service.Name].Value;
        var body = string.Join("\n\n", text["Reports.Mail.Intro", service.Name].Value, report.Message, text["Reports.Mail.Link", link].Value, text["Mail.Footer"].Value);
        var mail = services.GetRequiredService<IMailSender>();
        foreach (var to in recipients)
        {
            try
            {
                await mail.SendAsync(new MailMessage(to, subject, body), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not mail the report on service {ServiceId} to an owner", service.Id);
            }
        }
    }
}
