using Verbind.Partners.Domain;
using Verbind.Partners.Features.Common;

namespace Verbind.Partners.Features.SaveOrganisation;

/// <summary>
/// An organisation as a form or the JSON API sends it: all text, checked by <see cref="Validate"/>, so
/// every wrong value gets a message in the user's language instead of a binding error.
/// </summary>
public sealed class OrganisationInput
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Sector { get; set; }

    /// <summary>BE or NL; chooses the register of <see cref="EnterpriseNumber"/> (KBO or KvK) and the postcode format.</summary>
    public string? Country { get; set; }

    public string? EnterpriseNumber { get; set; }
    public string? Street { get; set; }
    public string? Postcode { get; set; }
    public string? Municipality { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }

    /// <summary>Only when creating: the role and start of the membership in this network.</summary>
    public string? Role { get; set; }

    public string? StartDate { get; set; }

    public static OrganisationInput From(Organisation organisation) => new()
    {
        Name = organisation.Name,
        Kind = organisation.Kind.ToString(),
        Sector = organisation.Sector.ToString(),
        Country = organisation.Address.CountryCode,
        EnterpriseNumber = organisation.EnterpriseNumber?.Display,
        Street = organisation.Address.Street,
        Postcode = organisation.Address.Postcode,
        Municipality = organisation.Address.Municipality,
        Phone = organisation.Phone,
        Email = organisation.Email,
        Website = organisation.Website,
    };

    public OrganisationValues? Validate(FieldErrors errors, DateOnly today, bool withMembership)
    {
        var name = Check.Text(errors, nameof(Name), Name, 200, required: true);
        var kind = Check.Choice<OrganisationKind>(errors, nameof(Kind), Kind);
        var sector = Check.Choice<Sector>(errors, nameof(Sector), Sector);
        var country = (Country ?? "").Trim().ToUpperInvariant() switch
        {
            "" or "BE" => "BE",
            "NL" => "NL",
            _ => null,
        };
        if (country is null)
        {
            errors.Add(nameof(Country), "Error.UnknownChoice");
            country = "BE";
        }
        Domain.EnterpriseNumber? number = null;
        var numberText = Check.Text(errors, nameof(EnterpriseNumber), EnterpriseNumber, 30);
        if (numberText is not null)
        {
            var register = country == "NL" ? EnterpriseRegister.Kvk : EnterpriseRegister.Kbo;
            if (!Domain.EnterpriseNumber.TryParse(numberText, register, out number, out var problem))
            {
                errors.Add(nameof(EnterpriseNumber), $"Error.EnterpriseNumber.{register}.{problem}");
            }
        }
        var street = Check.Text(errors, nameof(Street), Street, 200);
        var postcode = Check.Postcode(errors, nameof(Postcode), Postcode, country);
        var municipality = Check.Text(errors, nameof(Municipality), Municipality, 100);
        var phone = Check.Phone(errors, nameof(Phone), Phone);
        var email = Check.Email(errors, nameof(Email), Email);
        var website = Check.Website(errors, nameof(Website), Website);
        MembershipRole? role = null;
        DateOnly? start = null;
        if (withMembership)
        {
            role = Check.Choice<MembershipRole>(errors, nameof(Role), Role);
            start = string.IsNullOrWhiteSpace(StartDate) ? today : Check.Date(errors, nameof(StartDate), StartDate, today);
        }
        if (errors.Count > 0)
        {
            return null;
        }
        return new OrganisationValues(
            name!, kind!.Value, sector!.Value, number,
            new Address { Street = street, Postcode = postcode, Municipality = municipality, CountryCode = country },
            phone, email, website, role, start);
    }
}

public sealed record OrganisationValues(
    string Name, OrganisationKind Kind, Sector Sector, EnterpriseNumber? EnterpriseNumber, Address Address,
    string? Phone, string? Email, string? Website, MembershipRole? Role, DateOnly? StartDate)
{
    public void ApplyTo(Organisation organisation, DateTime now)
    {
        organisation.Name = Name;
        organisation.Kind = Kind;
        organisation.Sector = Sector;
        organisation.EnterpriseNumber = EnterpriseNumber;
        organisation.Address = Address;
        organisation.Phone = Phone;
        organisation.Email = Email;
        organisation.Website = Website;
        organisation.UpdatedAt = now;
    }
}
