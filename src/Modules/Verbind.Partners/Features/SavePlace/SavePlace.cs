using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Data;
using Verbind.Partners.Domain;
using Verbind.Partners.Features.Common;
using Verbind.Platform.Data;

namespace Verbind.Partners.Features.SavePlace;

/// <summary>Adds or changes a place of the current network; the host must be one of this network's organisations.</summary>
public sealed class SavePlace(AppDbContext db)
{
    /// <returns>Null when the place is not in this network.</returns>
    public async Task<(Guid? Id, FieldErrors Errors)?> SaveAsync(Guid? id, PlaceInput input, CancellationToken cancellationToken)
    {
        Place? place = null;
        if (id is { } existingId && (place = await db.Places.FirstOrDefaultAsync(p => p.Id == existingId, cancellationToken)) is null)
        {
            return null;
        }
        var errors = new FieldErrors();
        var values = input.Validate(errors);
        if (values?.HostOrganisationId is { } host && !await db.Organisations.AnyAsync(o => o.Id == host, cancellationToken))
        {
            errors.Add(nameof(PlaceInput.HostOrganisationId), "Error.UnknownChoice");
        }
        if (values is null || errors.Count > 0)
        {
            return (null, errors);
        }
        if (place is null)
        {
            place = new Place { Name = values.Name };
            db.Places.Add(place);
        }
        place.Name = values.Name;
        place.Kind = values.Kind;
        place.Address = values.Address;
        place.HostOrganisationId = values.HostOrganisationId;
        place.Accessibility = values.Accessibility;
        place.Hours = values.Hours;
        await db.SaveChangesAsync(cancellationToken);
        return (place.Id, errors);
    }
}
