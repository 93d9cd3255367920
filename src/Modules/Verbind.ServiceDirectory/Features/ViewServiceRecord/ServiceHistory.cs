using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Features.Audit;

namespace Verbind.ServiceDirectory.Features.ViewServiceRecord;

public sealed record HistoryItem(DateTime At, string Actor, AuditAction Action, IReadOnlyList<FieldChange> Changes);

/// <summary>A record's history from the platform's audit log: every change to it, newest first.</summary>
public sealed class ServiceHistory(AppDbContext db)
{
    public const int Limit = 100;

    public async Task<IReadOnlyList<HistoryItem>> OfAsync(Guid networkId, string entityType, Guid id, CancellationToken cancellationToken)
    {
        var key = id.ToString();
        // The audit log is not filtered by the context: the network is named here.
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.NetworkId == networkId && a.EntityType == entityType && a.EntityId == key)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(Limit)
            .ToListAsync(cancellationToken);
        return entries.Select(e => new HistoryItem(e.At, e.Actor, e.Action,
            AuditChanges.Of(e).Where(c => c.Field is not (nameof(Domain.Service.UpdatedAt) or nameof(Domain.Service.NetworkId) or "Id")).ToList())).ToList();
    }
}
