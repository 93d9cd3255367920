using Verbind.Partners.Domain;
using Verbind.Partners.Features.Common;

namespace Verbind.Partners.Features.SavePerson;

/// <summary>A person as the form sends it; expertise as one text with commas.</summary>
public sealed class PersonInput
{
    public string? FullName { get; set; }
    public string? OrganisationId { get; set; }
    public string? Function { get; set; }
    public string? Expertise { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public bool IsRepresentative { get; set; }
    public string? PlaceId { get; set; }

    public static PersonInput From(Person person) => new()
    {
        FullName = person.FullName,
        OrganisationId = person.OrganisationId.ToString(),
        Function = person.Function,
        Expertise = ExpertiseTags.Format(person.Expertise),
        Email = person.Email,
        Phone = person.Phone,
        IsRepresentative = person.IsRepresentative,
        PlaceId = person.PlaceId?.ToString(),
    };

    public PersonValues? Validate(FieldErrors errors)
    {
        var fullName = Check.Text(errors, nameof(FullName), FullName, 200, required: true);
        var function = Check.Text(errors, nameof(Function), Function, 200);
        var expertiseText = Check.Text(errors, nameof(Expertise), Expertise, 2000);
        var expertise = ExpertiseTags.Parse(expertiseText);
        if (expertise.Count > ExpertiseTags.MaxTags)
        {
            errors.Add(nameof(Expertise), "Error.TooManyTags", ExpertiseTags.MaxTags);
        }
        else if (expertise.Any(t => t.Length > ExpertiseTags.MaxTagLength))
        {
            errors.Add(nameof(Expertise), "Error.TagTooLong", ExpertiseTags.MaxTagLength);
        }
        var email = Check.Email(errors, nameof(Email), Email);
        var phone = Check.Phone(errors, nameof(Phone), Phone);
        Guid? organisationId = null;
        if (string.IsNullOrWhiteSpace(OrganisationId))
        {
            errors.Add(nameof(OrganisationId), "Error.Required");
        }
        else if (Guid.TryParse(OrganisationId, out var parsed))
        {
            organisationId = parsed;
        }
        else
        {
            errors.Add(nameof(OrganisationId), "Error.UnknownChoice");
        }
        Guid? placeId = null;
        if (!string.IsNullOrWhiteSpace(PlaceId))
        {
            if (Guid.TryParse(PlaceId, out var place))
            {
                placeId = place;
            }
            else
            {
                errors.Add(nameof(PlaceId), "Error.UnknownChoice");
            }
        }
        return errors.Count > 0 ? null : new PersonValues(fullName!, organisationId!.Value, function, expertise, email, phone, IsRepresentative, placeId);
    }
}

public sealed record PersonValues(
    string FullName, Guid OrganisationId, string? Function, List<string> Expertise, string? Email, string? Phone, bool IsRepresentative, Guid? PlaceId);
