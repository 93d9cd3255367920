using System.Globalization;
using Verbind.Partners.Domain;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.Partners.Data.Demo;

/// <summary>Short helpers that add fictional organisations, memberships, people and places to the context.</summary>
internal sealed class DemoBuilder(AppDbContext db, DateTime now)
{
    public Organisation Organisation(
        string name, OrganisationKind kind, Sector sector, string street, string postcode, string municipality,
        string? number = null, string? phone = null, string? domain = null, string country = "BE")
    {
        var register = country == "NL" ? EnterpriseRegister.Kvk : EnterpriseRegister.Kbo;
        EnterpriseNumber? parsed = null;
        if (number is not null && !EnterpriseNumber.TryParse(number, register, out parsed, out var error))
        {
            throw new InvalidOperationException($"Demo number {number} for {name} is invalid: {error}.");
        }
        var organisation = new Organisation
        {
            Name = name, Kind = kind, Sector = sector, EnterpriseNumber = parsed,
            Address = new Address { Street = street, Postcode = postcode, Municipality = municipality, CountryCode = country },
            Phone = phone, Email = domain is null ? null : $"info@{domain}", Website = domain is null ? null : $"https://www.{domain}/",
            CreatedAt = now, UpdatedAt = now,
        };
        db.Add(organisation);
        return organisation;
    }

    public Membership Join(Network network, Organisation organisation, MembershipRole role, DateOnly start, DateOnly? end = null)
    {
        var membership = new Membership { NetworkId = network.Id, Organisation = organisation, Role = role, StartDate = start, EndDate = end };
        db.Add(membership);
        return membership;
    }

    public Person Person(
        Network network, Organisation organisation, string fullName, string function, string expertise,
        bool representative = false, Place? place = null, string? phone = null)
    {
        var domain = organisation.Email?.Split('@')[1] ?? "demo.example";
        var person = new Person
        {
            NetworkId = network.Id, Organisation = organisation, FullName = fullName, Function = function,
            Expertise = ExpertiseTags.Parse(expertise), Email = $"{MailName(fullName)}@{domain}", Phone = phone,
            IsRepresentative = representative, Place = place, CreatedAt = now, UpdatedAt = now,
        };
        db.Add(person);
        return person;
    }

    public Place Place(Network network, string name, PlaceKind kind, Address address, Organisation? host, string? accessibility, params OpeningHours[] hours)
    {
        var problems = OpeningHoursRules.Check(hours);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Demo hours of {name} are invalid.");
        }
        var place = new Place
        {
            NetworkId = network.Id, Name = name, Kind = kind, Address = address, HostOrganisation = host,
            Accessibility = accessibility, Hours = hours.ToList(),
        };
        db.Add(place);
        return place;
    }

    /// <summary>A valid KBO number from an 8-digit body (first digit 0 or 1): the check digits are 97 minus the body mod 97.</summary>
    public static string Kbo(int body)
    {
        var check = 97 - (body % 97);
        return $"{body:D8}{check:D2}";
    }

    public static OpeningHours Hours(DayOfWeek day, string opens, string closes) =>
        new(day, TimeOnly.Parse(opens, CultureInfo.InvariantCulture), TimeOnly.Parse(closes, CultureInfo.InvariantCulture));

    private static string MailName(string fullName)
    {
        var folded = SearchText.Fold(fullName).Replace("'", "", StringComparison.Ordinal);
        return string.Join('.', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
