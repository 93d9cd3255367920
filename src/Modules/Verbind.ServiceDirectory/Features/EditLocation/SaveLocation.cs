using Microsoft.EntityFrameworkCore;
using Verbind.Partners.Contracts;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;
using Verbind.ServiceDirectory.Data;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.EditService;
using Verbind.ServiceDirectory.Features.Geo;
using Verbind.ServiceDirectory.Features.Owners;
using Verbind.ServiceDirectory.Features.Owners.Form;

namespace Verbind.ServiceDirectory.Features.EditLocation;

/// <summary>
/// Creates or updates a location of the current network, with its weekly hours and special days. Without
/// coordinates, the point of its postcode comes from the gazetteer. Wrong input changes nothing.
/// </summary>
public sealed class SaveLocation(AppDbContext db, NetworkScope scope, DirectoryAccess access, IPartnerDirectory partners, Gazetteer gazetteer, TimeProvider clock)
{
    public Task<Location?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        db.Locations.Include(l => l.Schedules).Include(l => l.SpecialDays).AsSplitQuery().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);

    /// <summary>Coordinators edit every location; a partner member those of their own organisation.</summary>
    public async Task<bool> CanEditAsync(Location location, CancellationToken cancellationToken) =>
        access.IsCoordinator || (location.OrganisationId is { } organisation && access.CanEditAnything && await access.CanEditAsync(organisation, cancellationToken));

    public async Task<SaveOutcome> SaveAsync(Guid? id, LocationInput input, CancellationToken cancellationToken)
    {
        Location? location = null;
        if (id is { } existingId)
        {
            location = await LoadAsync(existingId, cancellationToken);
            if (location is null)
            {
                return new SaveOutcome(null, [], NotFound: true);
            }
            if (!await CanEditAsync(location, cancellationToken))
            {
                return new SaveOutcome(null, [], Forbidden: true);
            }
        }
        else if (!access.CanEditAnything)
        {
            return new SaveOutcome(null, [], Forbidden: true);
        }
        var errors = new FieldErrors();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var name = Check.Text(errors, nameof(input.Name), input.Name, 300, required: true);
        var organisationId = Check.Id(errors, nameof(input.OrganisationId), input.OrganisationId, required: !access.IsCoordinator);
        if (organisationId is { } organisation)
        {
            var active = await partners.ActivePartnersAsync(cancellationToken);
            if (active.All(p => p.Id != organisation))
            {
                errors.Add(nameof(input.OrganisationId), "Error.UnknownOrganisation");
            }
            else if (!await access.CanEditAsync(organisation, cancellationToken))
            {
                errors.Add(nameof(input.OrganisationId), "Error.NotYourOrganisation");
            }
        }
        var type = Check.Choice<LocationType>(errors, nameof(input.LocationType), input.LocationType);
        var country = (input.CountryCode ?? "BE").Trim().ToUpperInvariant();
        if (country is not ("BE" or "NL"))
        {
            errors.Add(nameof(input.CountryCode), "Error.UnknownChoice");
            country = "BE";
        }
        var street = Check.Text(errors, nameof(input.Street), input.Street, 300);
        var postcode = Check.Text(errors, nameof(input.Postcode), input.Postcode, 10, required: type is LocationType.Physical);
        var municipality = Check.Text(errors, nameof(input.Municipality), input.Municipality, 100);
        GeoPlace? place = null;
        if (postcode is not null)
        {
            // The gazetteer knows Dutch postcodes by their four digits.
            var places = gazetteer.ByPostcode(country == "NL" ? new string(postcode.TakeWhile(char.IsAsciiDigit).ToArray()) : postcode, country);
            place = places.FirstOrDefault(p => municipality is not null && Gazetteer.Fold(p.Name) == Gazetteer.Fold(municipality)) ?? (places.Count > 0 ? places[0] : null);
            if (place is null)
            {
                errors.Add(nameof(input.Postcode), "Error.UnknownPostcode", postcode);
            }
        }
        var latitude = Check.Coordinate(errors, nameof(input.Latitude), input.Latitude, 90);
        var longitude = Check.Coordinate(errors, nameof(input.Longitude), input.Longitude, 180);
        if ((latitude is null) != (longitude is null))
        {
            errors.Add(nameof(input.Longitude), "Error.CoordinatesBoth");
        }
        var description = Check.Text(errors, nameof(input.Description), input.Description, 4000);
        var transportation = Check.Text(errors, nameof(input.Transportation), input.Transportation, 2000);
        var accessibility = Check.Text(errors, nameof(input.AccessibilityDescription), input.AccessibilityDescription, 2000);
        var url = Check.Website(errors, nameof(input.Url), input.Url);
        var features = new List<AccessibilityFeature>();
        foreach (var value in input.AccessibilityFeatures.Distinct().Take(50))
        {
            if (Check.Choice<AccessibilityFeature>(errors, nameof(input.AccessibilityFeatures), value) is { } feature)
            {
                features.Add(feature);
            }
        }
        var schedules = input.Schedules.Take(20).Select((row, i) => row.IsEmpty ? null : ParseSchedule(errors, row, i)).OfType<Schedule>().ToList();
        var specialDays = input.SpecialDays.Take(100).Select((row, i) => row.IsEmpty ? null : ParseSpecialDay(errors, row, i, today)).OfType<SpecialDay>().ToList();
        if (specialDays.GroupBy(d => d.Date).Any(g => g.Count() > 1))
        {
            errors.Add(nameof(input.SpecialDays), "Error.DuplicateDate");
        }
        if (errors.Count > 0)
        {
            return new SaveOutcome(null, errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (location is null)
        {
            location = new Location { Name = name!, NetworkId = scope.Required.Id, CreatedAt = now, LastVerifiedOn = today };
            db.Locations.Add(location);
        }
        location.Name = name!;
        location.OrganisationId = organisationId;
        location.LocationType = type!.Value;
        location.CountryCode = country;
        location.Street = street;
        location.Postcode = postcode;
        location.Municipality = municipality ?? place?.Name;
        location.Latitude = latitude ?? place?.Point.Latitude;
        location.Longitude = longitude ?? place?.Point.Longitude;
        location.IsRedacted = input.IsRedacted is "true" or "on";
        location.Description = description;
        location.Transportation = transportation;
        location.AccessibilityDescription = accessibility;
        location.Url = url;
        if (!location.AccessibilityFeatures.SequenceEqual(features))
        {
            location.AccessibilityFeatures = features;
        }
        location.UpdatedAt = now;
        db.RemoveRange(location.Schedules);
        db.RemoveRange(location.SpecialDays);
        foreach (var schedule in schedules)
        {
            schedule.NetworkId = location.NetworkId;
            schedule.LocationId = location.Id;
            db.Add(schedule);
        }
        foreach (var day in specialDays)
        {
            day.NetworkId = location.NetworkId;
            day.LocationId = location.Id;
            db.Add(day);
        }
        location.Schedules = schedules;
        location.SpecialDays = specialDays;
        await db.SaveChangesAsync(cancellationToken);
        return new SaveOutcome(location.Id, errors);
    }

    private static Schedule? ParseSchedule(FieldErrors errors, ScheduleRow row, int i)
    {
        var days = new List<DayOfWeek>();
        foreach (var value in row.Days.Distinct().Take(7))
        {
            if (Check.Choice<DayOfWeek>(errors, $"Schedules[{i}].Days", value) is { } day)
            {
                days.Add(day);
            }
        }
        if (days.Count == 0)
        {
            errors.Add($"Schedules[{i}].Days", "Error.Required");
        }
        var opens = Check.Time(errors, $"Schedules[{i}].OpensAt", row.OpensAt);
        var closes = Check.Time(errors, $"Schedules[{i}].ClosesAt", row.ClosesAt);
        if (opens is { } from && closes is { } to && to <= from)
        {
            errors.Add($"Schedules[{i}].ClosesAt", "Error.EndBeforeStart");
        }
        var description = Check.Text(errors, $"Schedules[{i}].Description", row.Description, 1000);
        return new Schedule { Days = days.Order().ToList(), OpensAt = opens, ClosesAt = closes, Description = description };
    }

    private static SpecialDay? ParseSpecialDay(FieldErrors errors, SpecialDayRow row, int i, DateOnly today)
    {
        var date = Check.Date(errors, $"SpecialDays[{i}].Date", row.Date, today, required: true);
        var opens = Check.Time(errors, $"SpecialDays[{i}].OpensAt", row.OpensAt);
        var closes = Check.Time(errors, $"SpecialDays[{i}].ClosesAt", row.ClosesAt);
        var reason = Check.Text(errors, $"SpecialDays[{i}].Reason", row.Reason, 300);
        var closed = row.Closed is not "false";
        if (!closed && opens is { } from && closes is { } to && to <= from)
        {
            errors.Add($"SpecialDays[{i}].ClosesAt", "Error.EndBeforeStart");
        }
        return date is null ? null : new SpecialDay { Date = date.Value, Closed = closed, OpensAt = closed ? null : opens, ClosesAt = closed ? null : closes, Reason = reason };
    }
}
