namespace Verbind.Platform.Data;

/// <summary>Base for stored records: a time-ordered id (UUID v7) so inserts stay index-friendly.</summary>
public abstract class Entity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
}
