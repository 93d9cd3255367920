using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Domain;

namespace Verbind.ServiceDirectory.Features.HsdsImport;

/// <summary>What a staged import holds: the good records (as the file gave them) and every problem.</summary>
public sealed record ImportReport(string FileName, int RecordCount, List<ImportReport.Good> Services, List<ImportProblem> Problems, List<ImportProblem> Notices)
{
    public sealed record Good(int Record, string Name, HsdsInService Input, ImportAction Action = ImportAction.Create);
}

/// <summary>What confirming does with a good record: add a new service, or update the network's service with its id.</summary>
public enum ImportAction
{
    Create,
    Update,
}

public enum ConfirmOutcome
{
    Done,
    NotFound,
    Changed,
}

/// <summary>
/// The dry run and the confirmation of an HSDS import (ADR 0068): a file is read and checked into a
/// staging record in the network; confirming checks the good records again against the platform as it
/// is now and writes them all in one SaveChanges (one transaction), or nothing.
/// </summary>
internal sealed class HsdsImporter(AppDbContext db, NetworkScope scope, HsdsImportChecker checker, TimeProvider clock)
{
    public async Task<Guid> StageAsync(byte[] content, string fileName, Guid? userId, CancellationToken cancellationToken)
    {
        var (records, problems) = HsdsImportReader.Read(content);
        var context = await checker.ContextAsync(scope.Required.Id, records.Select(r => r.Service), cancellationToken);
        var duplicates = records.Where(r => r.Service.Id is not null).GroupBy(r => r.Service.Id!.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet();
        var good = new List<ImportReport.Good>();
        var notices = new List<ImportProblem>();
        var locations = new Dictionary<string, Location>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            if (duplicates.Contains(record))
            {
                problems.Add(new ImportProblem(record.Number, record.Service.Id, record.Service.Name, ImportProblemCode.DuplicateId));
                continue;
            }
            var (service, recordProblems, recordNotices) = HsdsImportChecker.Check(record, context, locations);
            problems.AddRange(recordProblems);
            notices.AddRange(recordNotices);
            if (service is not null)
            {
                good.Add(new ImportReport.Good(record.Number, service.Name, record.Service,
                    context.UpdatesService(service.Id) ? ImportAction.Update : ImportAction.Create));
            }
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<StagedHsdsImport>().Where(i => i.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        var report = new ImportReport(Path.GetFileName(fileName), records.Count + problems.Count(p => p.Code is ImportProblemCode.NotAnObject or ImportProblemCode.WrongType),
            good, problems.OrderBy(p => p.Record).ToList(), notices);
        var staged = new StagedHsdsImport
        {
            NetworkId = scope.Required.Id,
            UploadedBy = userId,
            FileName = report.FileName.Length > 260 ? report.FileName[..260] : report.FileName,
            CreatedAt = now,
            ExpiresAt = now + StagedHsdsImport.Lifetime,
            Content = JsonSerializer.Serialize(report, HsdsImportReader.Json),
        };
        db.Add(staged);
        await db.SaveChangesAsync(cancellationToken);
        return staged.Id;
    }

    /// <summary>The staged report of this network; null when unknown, expired, or another network's.</summary>
    public async Task<ImportReport?> ReportAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var staged = await db.Set<StagedHsdsImport>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.ExpiresAt > now, cancellationToken);
        return staged is null ? null : JsonSerializer.Deserialize<ImportReport>(staged.Content, HsdsImportReader.Json);
    }

    public async Task<(ConfirmOutcome Outcome, int Count, List<ImportProblem> Problems)> ConfirmAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var staged = await db.Set<StagedHsdsImport>().FirstOrDefaultAsync(i => i.Id == id && i.ExpiresAt > now, cancellationToken);
        if (staged is null)
        {
            return (ConfirmOutcome.NotFound, 0, []);
        }
        var report = JsonSerializer.Deserialize<ImportReport>(staged.Content, HsdsImportReader.Json)!;
        var context = await checker.ContextAsync(scope.Required.Id, report.Services.Select(s => s.Input), cancellationToken);
        var locations = new Dictionary<string, Location>(StringComparer.OrdinalIgnoreCase);
        var services = new List<Service>();
        var problems = new List<ImportProblem>();
        foreach (var good in report.Services)
        {
            var (service, recordProblems, _) = HsdsImportChecker.Check(new HsdsImportReader.Record(good.Record, good.Input), context, locations);
            problems.AddRange(recordProblems);
            if (service is not null)
            {
                services.Add(service);
            }
        }
        if (problems.Count > 0)
        {
            return (ConfirmOutcome.Changed, 0, problems);
        }
        await WriteAsync(services, context, cancellationToken);
        db.Remove(staged);
        await db.SaveChangesAsync(cancellationToken);
        return (ConfirmOutcome.Done, services.Count, []);
    }

    /// <summary>Adds the new services and writes the others over the network's own, sharing the locations the network already has.</summary>
    private async Task WriteAsync(List<Service> services, ImportContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var serviceIds = services.Select(s => s.Id).Where(context.UpdatesService).ToList();
        var existingServices = await db.Services
            .Include(s => s.Phones).Include(s => s.Contacts).Include(s => s.CostOptions).Include(s => s.RequiredDocuments)
            .Include(s => s.ServiceAreas).Include(s => s.Capacities).Include(s => s.Schedules).Include(s => s.Terms).Include(s => s.Locations)
            .AsSplitQuery()
            .Where(s => serviceIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var fileLocations = services.SelectMany(s => s.Locations).Select(l => l.Location!).DistinctBy(l => l.Id).ToList();
        var locationIds = fileLocations.Select(l => l.Id).Where(context.UpdatesLocation).ToList();
        var existingLocations = await db.Locations.Include(l => l.Phones).Include(l => l.Schedules).AsSplitQuery()
            .Where(l => locationIds.Contains(l.Id))
            .ToDictionaryAsync(l => l.Id, cancellationToken);
        foreach (var location in fileLocations)
        {
            if (existingLocations.TryGetValue(location.Id, out var existing))
            {
                HsdsImportUpdate.Apply(db, existing, location, now);
            }
        }
        foreach (var service in services)
        {
            foreach (var link in service.Locations)
            {
                link.Location = existingLocations.GetValueOrDefault(link.LocationId) ?? link.Location;
            }
            if (existingServices.TryGetValue(service.Id, out var existing))
            {
                HsdsImportUpdate.Apply(db, existing, service, now);
            }
            else
            {
                db.Add(service);
            }
        }
    }

    public async Task<bool> CancelAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<StagedHsdsImport>().Where(i => i.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
}
