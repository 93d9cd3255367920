using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Data;
using Verbind.Partners.Domain;
using Verbind.Platform.Data;

namespace Verbind.Partners.Features.ListPlaces;

public sealed record PlaceRow(
    Guid Id, string Name, PlaceKind Kind, Address Address, IReadOnlyList<OpeningHours> Hours,
    Guid? HostOrganisationId, string? HostOrganisationName, string? Accessibility);

/// <summary>The places of the current network, with their host and hours. A network has a handful, so no paging.</summary>
public sealed class ListPlaces(AppDbContext db)
{
    public async Task<IReadOnlyList<PlaceRow>> HandleAsync(CancellationToken cancellationToken) =>
        await db.Places.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new PlaceRow(p.Id, p.Name, p.Kind, p.Address, p.Hours, p.HostOrganisationId,
                p.HostOrganisation != null ? p.HostOrganisation.Name : null, p.Accessibility))
            .ToListAsync(cancellationToken);

    public async Task<PlaceRow?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Places.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PlaceRow(p.Id, p.Name, p.Kind, p.Address, p.Hours, p.HostOrganisationId,
                p.HostOrganisation != null ? p.HostOrganisation.Name : null, p.Accessibility))
            .FirstOrDefaultAsync(cancellationToken);
}
