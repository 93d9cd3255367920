using Verbind.Platform.Data;

namespace Verbind.Platform.Audit;

/// <summary>
/// One change to a record: who, when, what, and the values before and after (JSON).
/// Append-only: the context refuses updates and deletes, and a database trigger does too.
/// </summary>
public sealed class AuditEntry : Entity
{
    public Guid? NetworkId { get; set; }
    public DateTime At { get; set; }
    public Guid? UserId { get; set; }
    public required string Actor { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public AuditAction Action { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
}
