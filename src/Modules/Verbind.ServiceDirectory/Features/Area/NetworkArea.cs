using Microsoft.EntityFrameworkCore;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.Geo;
using Verbind.ServiceDirectory.Features.Owners.Form;

namespace Verbind.ServiceDirectory.Features.Area;

/// <summary>What the add form sends: a municipality and its postcodes.</summary>
public sealed class AddAreaInput
{
    public string? Municipality { get; set; }
    public string? CountryCode { get; set; }
    public string? Postcodes { get; set; }
}

/// <summary>
/// The network's area: postcodes grouped by municipality, each with the part (deelgemeente) the gazetteer
/// names for it. Only coordinators change it; a change is unconfirmed until the coordinator confirms it.
/// </summary>
public sealed class NetworkArea(AppDbContext db, NetworkScope scope, Gazetteer gazetteer, TimeProvider clock)
{
    public const int MaxPostcodes = 500;

    public Task<List<AreaPostcode>> ListAsync(CancellationToken cancellationToken) =>
        db.AreaPostcodes.AsNoTracking().OrderBy(a => a.Municipality).ThenBy(a => a.Postcode).ToListAsync(cancellationToken);

    public async Task<FieldErrors> AddAsync(AddAreaInput input, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var municipality = Check.Text(errors, nameof(input.Municipality), input.Municipality, 100, required: true);
        var country = (input.CountryCode ?? "BE").Trim().ToUpperInvariant();
        if (country is not ("BE" or "NL"))
        {
            errors.Add(nameof(input.CountryCode), "Error.UnknownChoice");
        }
        var text = Check.Text(errors, nameof(input.Postcodes), input.Postcodes, 4000, required: true);
        var places = new List<GeoPlace>();
        foreach (var postcode in (text ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Distinct().Take(MaxPostcodes + 1))
        {
            var found = gazetteer.ByPostcode(postcode, country);
            if (found.Count == 0)
            {
                errors.Add(nameof(input.Postcodes), "Error.UnknownPostcode", postcode.Length > 12 ? postcode[..12] : postcode);
                continue;
            }
            places.Add(found[0]);
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        var existing = await db.AreaPostcodes.Where(a => a.CountryCode == country).Select(a => a.Postcode).ToListAsync(cancellationToken);
        if (existing.Count + places.Count > MaxPostcodes)
        {
            errors.Add(nameof(input.Postcodes), "Error.TooManyPostcodes", MaxPostcodes);
            return errors;
        }
        foreach (var place in places.Where(p => !existing.Contains(p.Postcode)))
        {
            var names = gazetteer.ByPostcode(place.Postcode, country).Select(p => p.Name).Distinct().Take(4);
            db.AreaPostcodes.Add(new AreaPostcode
            {
                NetworkId = scope.Required.Id,
                Municipality = municipality!,
                CountryCode = country,
                Postcode = place.Postcode,
                Part = string.Join(", ", names) is { Length: <= 100 } part ? part : place.Name,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    public async Task RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        var postcode = await db.AreaPostcodes.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (postcode is not null)
        {
            db.AreaPostcodes.Remove(postcode);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<int> ConfirmAsync(Guid? userId, CancellationToken cancellationToken)
    {
        var open = await db.AreaPostcodes.Where(a => a.ConfirmedAt == null).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var postcode in open)
        {
            postcode.ConfirmedAt = now;
            postcode.ConfirmedBy = userId;
        }
        await db.SaveChangesAsync(cancellationToken);
        return open.Count;
    }
}
