using System.Globalization;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.EditService;

namespace Verbind.ServiceDirectory.Features.EditLocation;

/// <summary>A location as the form sends it: all text, checked by <see cref="SaveLocation"/>.</summary>
public sealed class LocationInput
{
    public string? Name { get; set; }
    public string? OrganisationId { get; set; }
    public string? LocationType { get; set; }
    public string? Street { get; set; }
    public string? Postcode { get; set; }
    public string? Municipality { get; set; }
    public string? CountryCode { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? IsRedacted { get; set; }
    public string? Description { get; set; }
    public string? Transportation { get; set; }
    public string? AccessibilityDescription { get; set; }
    public string? Url { get; set; }
    public List<ScheduleRow> Schedules { get; set; } = [];
    public List<SpecialDayRow> SpecialDays { get; set; } = [];

    // Filled from the form's repeated checkbox values by the page.
    public List<string> AccessibilityFeatures { get; set; } = [];

    public static LocationInput Blank() => new LocationInput { LocationType = nameof(Domain.LocationType.Physical), CountryCode = "BE" }.WithBlankRows();

    public static LocationInput From(Location location) => new LocationInput
    {
        Name = location.Name,
        OrganisationId = location.OrganisationId?.ToString(),
        LocationType = location.LocationType.ToString(),
        Street = location.Street,
        Postcode = location.Postcode,
        Municipality = location.Municipality,
        CountryCode = location.CountryCode,
        Latitude = location.Latitude?.ToString(CultureInfo.InvariantCulture),
        Longitude = location.Longitude?.ToString(CultureInfo.InvariantCulture),
        IsRedacted = location.IsRedacted ? "true" : null,
        Description = location.Description,
        Transportation = location.Transportation,
        AccessibilityDescription = location.AccessibilityDescription,
        Url = location.Url,
        AccessibilityFeatures = [.. location.AccessibilityFeatures.Select(f => f.ToString())],
        Schedules = [.. location.Schedules.Where(s => s.Frequency == ScheduleFrequency.Weekly).Select(s => new ScheduleRow
        {
            Days = [.. s.Days.Select(d => d.ToString())],
            OpensAt = s.OpensAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
            ClosesAt = s.ClosesAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
            Description = s.Description,
        })],
        SpecialDays = [.. location.SpecialDays.OrderBy(d => d.Date).Select(d => new SpecialDayRow
        {
            Date = d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Closed = d.Closed ? "true" : "false",
            OpensAt = d.OpensAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
            ClosesAt = d.ClosesAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
            Reason = d.Reason,
        })],
    }.WithBlankRows();

    public LocationInput WithBlankRows()
    {
        while (Schedules.Count(s => s.IsEmpty) < 2)
        {
            Schedules.Add(new ScheduleRow());
        }
        while (SpecialDays.Count(s => s.IsEmpty) < 2)
        {
            SpecialDays.Add(new SpecialDayRow());
        }
        return this;
    }
}

/// <summary>A weekly opening: days, from, to.</summary>
public sealed class ScheduleRow : IFormRow
{
    // Filled from the form by the page (checkboxes "ScheduleDays{i}").
    public List<string> Days { get; set; } = [];
    public string? OpensAt { get; set; }
    public string? ClosesAt { get; set; }
    public string? Description { get; set; }
    public bool IsEmpty => Days.Count == 0 && string.IsNullOrWhiteSpace(OpensAt) && string.IsNullOrWhiteSpace(ClosesAt) && string.IsNullOrWhiteSpace(Description);
}

/// <summary>A holiday or a day with other hours.</summary>
public sealed class SpecialDayRow : IFormRow
{
    public string? Date { get; set; }
    public string? Closed { get; set; }
    public string? OpensAt { get; set; }
    public string? ClosesAt { get; set; }
    public string? Reason { get; set; }
    public bool IsEmpty => string.IsNullOrWhiteSpace(Date) && string.IsNullOrWhiteSpace(OpensAt) && string.IsNullOrWhiteSpace(ClosesAt) && string.IsNullOrWhiteSpace(Reason);
}
