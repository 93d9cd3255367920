using System.Diagnostics;
using Verbind.Partners.Data;
using Verbind.Platform.Data;

namespace Verbind.Partners.Features.ReadModel;

/// <summary>
/// The current network's <see cref="PartnersSnapshot"/> for this request: one indexed look-up of the
/// network's version, then the shared snapshot of that version. Kept for the rest of the request, until
/// the request itself saves something.
/// </summary>
public sealed class PartnersReadModel
{
    private readonly AppDbContext _db;
    private readonly PartnersSnapshots _snapshots;
    private PartnersSnapshot? _current;

    public PartnersReadModel(AppDbContext db, PartnersSnapshots snapshots)
    {
        _db = db;
        _snapshots = snapshots;
        _db.SavedChanges += (_, _) => _current = null;
    }

    public async Task<PartnersSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current)
        {
            return current;
        }
        var network = _db.NetworkScope.Required;
        var versionReadAt = Stopwatch.GetTimestamp();
        var version = await NetworkVersions.CurrentAsync(_db, network.Id, cancellationToken);
        return _current = await _snapshots.GetAsync(network, version, versionReadAt);
    }
}
