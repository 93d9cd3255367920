using Verbind.Platform.Audit;
using Verbind.Platform.Data;

namespace Verbind.Partners.Domain;

/// <summary>
/// An organisation that takes part in one or more networks: a municipality, a midwife practice, a
/// welfare centre. Shared between networks (one record per enterprise); each network sees it only
/// through its <see cref="Membership"/>s.
/// </summary>
public sealed class Organisation : Entity, IAuditable
{
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }
    public Sector Sector { get; set; }
    public EnterpriseNumber? EnterpriseNumber { get; set; }
    public Address Address { get; set; } = new();
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>
    /// Name and place folded for search (see <see cref="Domain.SearchText"/>). Computed, so every writer
    /// (forms, import) keeps it right; stored so a search can read it.
    /// </summary>
    [NotAudited]
    public string SearchText
    {
        get => Domain.SearchText.Fold(Name, Address.Municipality, Address.Postcode, EnterpriseNumber?.Digits);
        private set { }
    }

    public List<Membership> Memberships { get; set; } = [];
    public List<Person> People { get; set; } = [];
}

public enum OrganisationKind
{
    Municipality,
    PublicCentreForSocialWelfare,
    HealthInsurer,
    MidwifePractice,
    Hospital,
    MaternityCare,
    YouthHealthCare,
    ChildAndFamilyAgency,
    GeneralPractice,
    WelfareCentre,
    MentalHealthCentre,
    YouthCare,
    Childcare,
    School,
    Library,
    PoliceZone,
    Ngo,
    VolunteerOrganisation,
    CareZone,
    Other,
}

public enum Sector
{
    Medical,
    Social,
    Education,
    Welfare,
    MentalHealth,
    Childcare,
    Culture,
    LocalGovernment,
    Safety,
    Other,
}
