using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Ui;

namespace Verbind.Platform.Features.Audit;

/// <summary>What a coordinator filters the audit log on; every part is optional. Dates are local days, both ends included.</summary>
public sealed record AuditFilter(string? EntityType, string? Actor, AuditAction? Action, DateOnly? From, DateOnly? To, int Page);

public sealed record AuditResults(IReadOnlyList<AuditEntry> Entries, int Total, int Page, int PageCount);

/// <summary>Reads one network's audit log, newest first, a page at a time. Reading only: nothing here writes.</summary>
public sealed class AuditLog(AppDbContext db)
{
    public const int PageSize = 50;

    public async Task<AuditResults> ReadAsync(Guid networkId, AuditFilter filter, CancellationToken cancellationToken = default)
    {
        var query = OfNetwork(networkId);
        if (!string.IsNullOrEmpty(filter.EntityType))
        {
            query = query.Where(a => a.EntityType == filter.EntityType);
        }
        if (!string.IsNullOrEmpty(filter.Actor))
        {
            query = query.Where(a => a.Actor == filter.Actor);
        }
        if (filter.Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }
        if (filter.From is { } from)
        {
            var start = LocalTime.StartOfDayUtc(from);
            query = query.Where(a => a.At >= start);
        }
        if (filter.To is { } to && to < DateOnly.MaxValue)
        {
            var end = LocalTime.StartOfDayUtc(to.AddDays(1));
            query = query.Where(a => a.At < end);
        }
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var entries = await query
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        return new AuditResults(entries, total, page, pageCount);
    }

    public Task<List<string>> EntityTypesAsync(Guid networkId, CancellationToken cancellationToken = default) =>
        OfNetwork(networkId).Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);

    public Task<List<string>> ActorsAsync(Guid networkId, CancellationToken cancellationToken = default) =>
        OfNetwork(networkId).Select(a => a.Actor).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);

    // Audit entries carry their network but are not filtered by the context: every query here names it.
    private IQueryable<AuditEntry> OfNetwork(Guid networkId) => db.AuditEntries.AsNoTracking().Where(a => a.NetworkId == networkId);
}
