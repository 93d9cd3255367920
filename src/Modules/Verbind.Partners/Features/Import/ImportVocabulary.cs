using Verbind.Partners.Domain;

namespace Verbind.Partners.Features.Import;

/// <summary>
/// The words of the file format for kinds, sectors, roles and countries. Export writes the first
/// (Dutch) word; import also accepts the other words and the English names, without case or accents.
/// The file format is a contract with spreadsheets, so these words do not follow the UI language.
/// </summary>
internal static class ImportVocabulary
{
    public static readonly Vocabulary<OrganisationKind> Kinds = new(new()
    {
        [OrganisationKind.Municipality] = ["gemeente", "stad", "gemeentebestuur", "stadsbestuur"],
        [OrganisationKind.PublicCentreForSocialWelfare] = ["ocmw", "sociaal huis", "public centre for social welfare"],
        [OrganisationKind.HealthInsurer] = ["ziekenfonds", "mutualiteit", "zorgverzekeraar", "health insurer"],
        [OrganisationKind.MidwifePractice] = ["vroedvrouwenpraktijk", "vroedvrouw", "verloskundigenpraktijk", "verloskundige", "midwife practice", "midwife"],
        [OrganisationKind.Hospital] = ["ziekenhuis", "hospital"],
        [OrganisationKind.MaternityCare] = ["kraamzorg", "maternity care"],
        [OrganisationKind.YouthHealthCare] = ["jeugdgezondheidszorg", "jgz", "consultatiebureau", "youth health care"],
        [OrganisationKind.ChildAndFamilyAgency] = ["opgroeien", "kind en gezin", "child and family agency"],
        [OrganisationKind.GeneralPractice] = ["huisartsenpraktijk", "huisarts", "huisartsen", "general practice", "gp practice", "gp"],
        [OrganisationKind.WelfareCentre] = ["welzijnscentrum", "caw", "centrum algemeen welzijnswerk", "welfare centre", "welfare center"],
        [OrganisationKind.MentalHealthCentre] = ["geestelijke gezondheidszorg", "cgg", "ggz", "mental health centre", "mental health center"],
        [OrganisationKind.YouthCare] = ["jeugdhulp", "jeugdzorg", "youth care"],
        [OrganisationKind.Childcare] = ["kinderopvang", "creche", "kinderdagverblijf", "childcare"],
        [OrganisationKind.School] = ["school", "basisschool", "secundaire school"],
        [OrganisationKind.Library] = ["bibliotheek", "library"],
        [OrganisationKind.PoliceZone] = ["politiezone", "politie", "police zone", "police"],
        [OrganisationKind.Ngo] = ["vzw", "ngo", "vereniging", "stichting", "non-profit"],
        [OrganisationKind.VolunteerOrganisation] = ["vrijwilligersorganisatie", "vrijwilligerswerk", "volunteer organisation", "volunteer organization"],
        [OrganisationKind.CareZone] = ["eerstelijnszone", "elz", "zorgraad", "care zone"],
        [OrganisationKind.Other] = ["andere", "anders", "overig", "other"],
    });

    public static readonly Vocabulary<Sector> Sectors = new(new()
    {
        [Sector.Medical] = ["medisch", "gezondheidszorg", "medical", "health"],
        [Sector.Social] = ["sociaal", "social"],
        [Sector.Education] = ["onderwijs", "education"],
        [Sector.Welfare] = ["welzijn", "welfare"],
        [Sector.MentalHealth] = ["geestelijke gezondheid", "ggz", "mental health"],
        [Sector.Childcare] = ["kinderopvang", "childcare"],
        [Sector.Culture] = ["cultuur", "vrije tijd", "culture"],
        [Sector.LocalGovernment] = ["lokaal bestuur", "overheid", "local government"],
        [Sector.Safety] = ["veiligheid", "safety"],
        [Sector.Other] = ["andere", "anders", "overig", "other"],
    });

    public static readonly Vocabulary<MembershipRole> Roles = new(new()
    {
        [MembershipRole.LeadOrganisation] = ["trekker", "hoofdorganisatie", "leidende organisatie", "regisseur", "lead", "lead organisation", "lead organization"],
        [MembershipRole.CorePartner] = ["kernpartner", "core partner"],
        [MembershipRole.Partner] = ["partner"],
        [MembershipRole.Municipality] = ["gemeente", "municipality"],
    });

    /// <summary>Country codes of the addresses Verbind keeps (Belgium and the Netherlands).</summary>
    public static readonly Vocabulary<string> Countries = new(new()
    {
        ["BE"] = ["BE", "belgie", "belgium", "belgique", "belgien"],
        ["NL"] = ["NL", "nederland", "netherlands", "the netherlands", "pays-bas", "holland"],
    });
}

/// <summary>Words for the values of one field: the first word of each value is the one written.</summary>
internal sealed class Vocabulary<T> where T : notnull
{
    private readonly Dictionary<T, string[]> _words;
    private readonly Dictionary<string, T> _byKey;

    public Vocabulary(Dictionary<T, string[]> words)
    {
        _words = words;
        _byKey = words
            .SelectMany(pair => pair.Value.Append(pair.Key.ToString()!).Select(word => (Key: TextKey.Of(word), Value: pair.Key)))
            .Distinct()
            .ToDictionary(x => x.Key, x => x.Value);
    }

    public IEnumerable<T> Values => _words.Keys;

    public string Word(T value) => _words[value][0];

    public IReadOnlyList<string> Words(T value) => _words[value];

    public bool TryRead(string text, out T value) => _byKey.TryGetValue(TextKey.Of(text), out value!);
}
