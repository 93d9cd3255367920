using Verbind.Partners.Domain;
using Verbind.Partners.Features.Common;

namespace Verbind.Partners.Features.SavePlace;

/// <summary>A place as the form sends it, with one opening period per weekday (Monday first); an empty day is closed.</summary>
public sealed class PlaceInput
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Street { get; set; }
    public string? Postcode { get; set; }
    public string? Municipality { get; set; }
    public string? Country { get; set; }
    public string? HostOrganisationId { get; set; }
    public string? Accessibility { get; set; }
    public List<DayInput> Days { get; set; } = OpeningHoursRules.Week.Select(_ => new DayInput()).ToList();

    public sealed class DayInput
    {
        public string? Opens { get; set; }
        public string? Closes { get; set; }
    }

    public static PlaceInput From(Place place) => new()
    {
        Name = place.Name,
        Kind = place.Kind.ToString(),
        Street = place.Address.Street,
        Postcode = place.Address.Postcode,
        Municipality = place.Address.Municipality,
        Country = place.Address.CountryCode,
        HostOrganisationId = place.HostOrganisationId?.ToString(),
        Accessibility = place.Accessibility,
        Days = OpeningHoursRules.Week.Select(day => place.Hours.FirstOrDefault(h => h.Day == day) is { } hours
            ? new DayInput { Opens = hours.Opens.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), Closes = hours.Closes.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) }
            : new DayInput()).ToList(),
    };

    public PlaceValues? Validate(FieldErrors errors)
    {
        var name = Check.Text(errors, nameof(Name), Name, 200, required: true);
        var kind = Check.Choice<PlaceKind>(errors, nameof(Kind), Kind);
        var country = string.Equals(Country?.Trim(), "NL", StringComparison.OrdinalIgnoreCase) ? "NL" : "BE";
        var street = Check.Text(errors, nameof(Street), Street, 200);
        var postcode = Check.Postcode(errors, nameof(Postcode), Postcode, country);
        var municipality = Check.Text(errors, nameof(Municipality), Municipality, 100);
        var accessibility = Check.Text(errors, nameof(Accessibility), Accessibility, 1000);
        Guid? host = null;
        if (!string.IsNullOrWhiteSpace(HostOrganisationId))
        {
            if (Guid.TryParse(HostOrganisationId, out var parsed))
            {
                host = parsed;
            }
            else
            {
                errors.Add(nameof(HostOrganisationId), "Error.UnknownChoice");
            }
        }
        var hours = new List<OpeningHours>();
        for (var i = 0; i < OpeningHoursRules.Week.Count && i < Days.Count; i++)
        {
            var day = OpeningHoursRules.Week[i];
            var field = $"Day.{day}";
            var opens = Check.Time(errors, field, Days[i].Opens);
            var closes = Check.Time(errors, field, Days[i].Closes);
            if (opens is null != closes is null)
            {
                errors.Add(field, "Error.HoursIncomplete");
            }
            else if (opens is { } o && closes is { } c)
            {
                hours.Add(new OpeningHours(day, o, c));
            }
        }
        foreach (var problem in OpeningHoursRules.Check(hours))
        {
            errors.Add($"Day.{problem.Day}", $"Error.Hours.{problem.Error}");
        }
        if (errors.Count > 0)
        {
            return null;
        }
        return new PlaceValues(name!, kind!.Value, new Address { Street = street, Postcode = postcode, Municipality = municipality, CountryCode = country }, host, accessibility, hours);
    }
}

public sealed record PlaceValues(string Name, PlaceKind Kind, Address Address, Guid? HostOrganisationId, string? Accessibility, List<OpeningHours> Hours);
