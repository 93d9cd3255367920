using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Verbind.Platform.Tenancy;

namespace Verbind.Platform.Audit;

/// <summary>Turns the tracked changes of auditable records into <see cref="AuditEntry"/> rows.</summary>
internal static class AuditRecorder
{
    // Enums as their names: the log stays readable and does not change meaning if an enum is reordered.
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <param name="scopeNetworkId">
    /// The network the change is made in. A shared record (an organisation) is logged under it, so the
    /// coordinators of that network see the change in their audit log.
    /// </param>
    public static List<AuditEntry> Record(IEnumerable<EntityEntry> entries, ICurrentActor actor, DateTime now, Guid? scopeNetworkId)
    {
        var audit = new List<AuditEntry>();
        foreach (var entry in entries)
        {
            if (entry.Entity is not IAuditable || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Created,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Updated,
            };
            var before = action == AuditAction.Created ? null : Snapshot(entry, original: true);
            var after = action == AuditAction.Deleted ? null : Snapshot(entry, original: false);
            if (action == AuditAction.Updated && before == after)
            {
                continue;
            }
            audit.Add(new AuditEntry
            {
                NetworkId = NetworkOf(entry) ?? scopeNetworkId,
                At = now,
                UserId = actor.UserId,
                Actor = actor.Name,
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue)),
                Action = action,
                Before = before,
                After = after,
            });
        }
        return audit;
    }

    private static Guid? NetworkOf(EntityEntry entry) => entry.Entity switch
    {
        INetworkOwned owned => owned.NetworkId,
        Network network => network.Id,
        _ => null,
    };

    private static string Snapshot(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.PropertyInfo?.GetCustomAttribute<NotAuditedAttribute>() is not null)
            {
                continue;
            }
            values[property.Metadata.Name] = original ? property.OriginalValue : property.CurrentValue;
        }
        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var property in complex.Properties)
            {
                values[$"{complex.Metadata.Name}.{property.Metadata.Name}"] = original ? property.OriginalValue : property.CurrentValue;
            }
        }
        foreach (var owned in entry.References.Where(r => r.Metadata.TargetEntityType.IsOwned()))
        {
            if (owned.TargetEntry is { } target)
            {
                foreach (var property in target.Properties.Where(p => !p.Metadata.IsShadowProperty()))
                {
                    values[$"{owned.Metadata.Name}.{property.Metadata.Name}"] = original ? property.OriginalValue : property.CurrentValue;
                }
            }
        }
        return JsonSerializer.Serialize(values, Json);
    }
}
