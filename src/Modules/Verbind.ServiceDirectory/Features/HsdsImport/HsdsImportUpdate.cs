using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Domain;

namespace Verbind.ServiceDirectory.Features.HsdsImport;

/// <summary>
/// Writes a checked record of a file over the existing service or location of the network with the same
/// id (ADR 0068). What HSDS carries comes from the file, its child rows replaced; what HSDS does not carry
/// stays: translations, events, special days, the hidden street of a redacted location, a contact's phone.
/// </summary>
internal static class HsdsImportUpdate
{
    public static void Apply(AppDbContext db, Service existing, Service file, DateTime now)
    {
        existing.Name = file.Name;
        existing.AlternateName = file.AlternateName;
        existing.Description = file.Description;
        existing.Url = file.Url;
        existing.Email = file.Email;
        existing.Status = file.Status;
        existing.OrganisationId = file.OrganisationId;
        existing.InterpretationServices = file.InterpretationServices;
        existing.ApplicationProcess = file.ApplicationProcess;
        existing.FeesDescription = file.FeesDescription;
        existing.WaitTime = file.WaitTime;
        existing.Accreditations = file.Accreditations;
        existing.EligibilityDescription = file.EligibilityDescription;
        existing.Licenses = file.Licenses;
        existing.Alert = file.Alert;
        existing.MinimumAgeMonths = file.MinimumAgeMonths;
        existing.MaximumAgeMonths = file.MaximumAgeMonths;
        existing.LastVerifiedOn = file.LastVerifiedOn;
        if (!existing.Languages.SequenceEqual(file.Languages))
        {
            existing.Languages = file.Languages;
        }
        existing.UpdatedAt = now;

        foreach (var contact in file.Contacts)
        {
            contact.Phone ??= existing.Contacts.FirstOrDefault(c => Same(c.Name, contact.Name) && Same(c.Email, contact.Email))?.Phone;
        }
        existing.Phones = Replace(db, existing.Phones, file.Phones, p => p.ServiceId = existing.Id);
        existing.Contacts = Replace(db, existing.Contacts, file.Contacts, c => c.ServiceId = existing.Id);
        existing.CostOptions = Replace(db, existing.CostOptions, file.CostOptions, c => c.ServiceId = existing.Id);
        existing.RequiredDocuments = Replace(db, existing.RequiredDocuments, file.RequiredDocuments, d => d.ServiceId = existing.Id);
        existing.ServiceAreas = Replace(db, existing.ServiceAreas, file.ServiceAreas, a => a.ServiceId = existing.Id);
        existing.Capacities = Replace(db, existing.Capacities, file.Capacities, c => c.ServiceId = existing.Id);
        existing.Schedules = Replace(db, existing.Schedules, file.Schedules, s => s.ServiceId = existing.Id);

        // Terms and location links have unique keys: kept when still in the file, so no row is deleted and added again.
        foreach (var gone in existing.Terms.Where(t => file.Terms.All(f => f.TermId != t.TermId)).ToList())
        {
            existing.Terms.Remove(gone);
            db.Remove(gone);
        }
        foreach (var term in file.Terms.Where(f => existing.Terms.All(t => t.TermId != f.TermId)))
        {
            term.ServiceId = existing.Id;
            db.Add(term);
            existing.Terms.Add(term);
        }
        foreach (var gone in existing.Locations.Where(l => file.Locations.All(f => f.LocationId != l.LocationId)).ToList())
        {
            existing.Locations.Remove(gone);
            db.Remove(gone);
        }
        foreach (var link in file.Locations)
        {
            if (existing.Locations.FirstOrDefault(l => l.LocationId == link.LocationId) is { } kept)
            {
                kept.Description = link.Description;
                continue;
            }
            link.ServiceId = existing.Id;
            link.Service = null;
            db.Add(link);
            existing.Locations.Add(link);
        }
    }

    public static void Apply(AppDbContext db, Location existing, Location file, DateTime now)
    {
        existing.Name = file.Name;
        existing.AlternateName = file.AlternateName;
        existing.LocationType = file.LocationType;
        existing.Description = file.Description;
        existing.Transportation = file.Transportation;
        existing.Url = file.Url;
        existing.Postcode = file.Postcode;
        existing.Municipality = file.Municipality;
        existing.CountryCode = file.CountryCode;
        existing.OrganisationId ??= file.OrganisationId;
        // A hidden address leaves the network without its street and with a rounded point: an own export
        // read back must not overwrite the exact ones.
        if (!existing.IsRedacted || file.Street is not null)
        {
            existing.Street = file.Street;
        }
        var roundedOnly = existing.IsRedacted && file.Latitude is { } lat && file.Longitude is { } lon
            && existing.PublicPoint is { } point && point.Latitude == lat && point.Longitude == lon;
        if (!roundedOnly)
        {
            existing.Latitude = file.Latitude;
            existing.Longitude = file.Longitude;
        }
        existing.AccessibilityDescription = file.AccessibilityDescription;
        if (!existing.AccessibilityFeatures.SequenceEqual(file.AccessibilityFeatures))
        {
            existing.AccessibilityFeatures = file.AccessibilityFeatures;
        }
        if (!existing.Languages.SequenceEqual(file.Languages))
        {
            existing.Languages = file.Languages;
        }
        existing.UpdatedAt = now;
        existing.Phones = Replace(db, existing.Phones, file.Phones, p => p.LocationId = existing.Id);
        existing.Schedules = Replace(db, existing.Schedules, file.Schedules, s => s.LocationId = existing.Id);
    }

    private static List<T> Replace<T>(AppDbContext db, List<T> old, List<T> rows, Action<T> linkTo)
        where T : class, INetworkOwned
    {
        db.RemoveRange(old);
        foreach (var row in rows)
        {
            linkTo(row);
            // Added explicitly: their ids are set when made, so found through a navigation EF would take them for existing rows.
            db.Add(row);
        }
        return rows;
    }

    private static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
}
