namespace Verbind.ServiceDirectory.Features.Search;

/// <summary>
/// A row of the change log every app instance reads to keep its own search index current: written in
/// the same transaction as the change to a service (or anything shown with it). <see cref="Guid.Empty"/>
/// as the service means "rebuild everything" (a taxonomy changed).
/// </summary>
internal sealed class SearchIndexChange
{
    public long Id { get; set; }
    public Guid ServiceId { get; set; }
    public DateTime ChangedAt { get; set; }
}
