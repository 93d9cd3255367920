using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.Owners;
using Verbind.ServiceDirectory.Features.Owners.Form;

namespace Verbind.ServiceDirectory.Features.Reports;

public sealed record ReportRow(InformationReport Report, string ServiceName, Guid OrganisationId);

/// <summary>What the handle form sends: which report, resolved or dismissed, and a note.</summary>
public sealed class HandleReportInput
{
    public string? ReportId { get; set; }
    public string? Status { get; set; }
    public string? Note { get; set; }
}

/// <summary>
/// The reports of wrong information the user may handle: a coordinator all of the network's, a partner
/// member those on services of their own organisations.
/// </summary>
public sealed class ReportInbox(AppDbContext db, DirectoryAccess access, TimeProvider clock)
{
    public async Task<IReadOnlyList<ReportRow>> ListAsync(bool includeHandled, CancellationToken cancellationToken)
    {
        var own = await access.EditableOrganisationsAsync(cancellationToken);
        var reports = db.InformationReports.AsNoTracking();
        if (!includeHandled)
        {
            reports = reports.Where(r => r.Status == ReportStatus.Open);
        }
        var services = db.Services.AsNoTracking();
        if (own is not null)
        {
            services = services.Where(s => own.Contains(s.OrganisationId));
        }
        var rows = await reports
            .Join(services, r => r.ServiceId, s => s.Id, (r, s) => new { Report = r, s.Name, s.OrganisationId })
            .OrderBy(r => r.Report.Status).ThenByDescending(r => r.Report.CreatedAt)
            .Take(500)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ReportRow(r.Report, r.Name, r.OrganisationId)).ToList();
    }

    /// <returns>The errors; empty when the report was handled.</returns>
    public async Task<FieldErrors> HandleAsync(HandleReportInput input, Guid? userId, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var id = Check.Id(errors, nameof(input.ReportId), input.ReportId);
        var status = Check.Choice<ReportStatus>(errors, nameof(input.Status), input.Status);
        if (status == ReportStatus.Open)
        {
            errors.Add(nameof(input.Status), "Error.UnknownChoice");
        }
        var note = Check.Text(errors, nameof(input.Note), input.Note, 2000);
        if (errors.Count > 0)
        {
            return errors;
        }
        // Another network's report is not found: the tenancy filter leaves it out.
        var report = await db.InformationReports.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var service = report is null ? null : await db.Services.AsNoTracking().FirstOrDefaultAsync(s => s.Id == report.ServiceId, cancellationToken);
        if (report is null || service is null || !await access.CanEditAsync(service.OrganisationId, cancellationToken) || !access.CanEditAnything)
        {
            errors.Add(nameof(input.ReportId), "Error.UnknownReport");
            return errors;
        }
        report.Status = status!.Value;
        report.HandlingNote = note;
        report.HandledAt = clock.GetUtcNow().UtcDateTime;
        report.HandledBy = userId;
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }
}
