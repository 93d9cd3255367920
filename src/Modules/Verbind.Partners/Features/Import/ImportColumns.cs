namespace Verbind.Partners.Features.Import;

/// <summary>The columns of the import and export files, in file order.</summary>
internal enum ImportColumn
{
    Organisation,
    Kind,
    Sector,
    EnterpriseNumber,
    Street,
    Postcode,
    Municipality,
    Country,
    Phone,
    Email,
    Website,
    Role,
    StartDate,
    EndDate,
    Person,
    Function,
    Expertise,
    PersonEmail,
    PersonPhone,
}

/// <summary>
/// The file layout: a Dutch header per column (what export and the template write) and the other
/// names import accepts, English among them. Headers match without case, accents, spaces or punctuation,
/// so "Persoon e-mail" finds persoon_email.
/// </summary>
internal static class ImportColumns
{
    private sealed record Definition(ImportColumn Column, string Header, int MaxLength, string[] Aliases);

    private static readonly Definition[] Definitions =
    [
        new(ImportColumn.Organisation, "organisatie", 200, ["naam", "organisatienaam", "organisation", "organization", "name", "organisation name"]),
        new(ImportColumn.Kind, "soort", 100, ["type", "organisatietype", "kind", "organisation type"]),
        new(ImportColumn.Sector, "sector", 100, ["domein", "domain"]),
        new(ImportColumn.EnterpriseNumber, "ondernemingsnummer", 30, ["kbo", "kbo-nummer", "kvk", "kvk-nummer", "enterprise number", "company number", "registration number"]),
        new(ImportColumn.Street, "straat", 200, ["adres", "straat en nummer", "street", "address"]),
        new(ImportColumn.Postcode, "postcode", 10, ["postnummer", "postal code", "zip", "zip code"]),
        new(ImportColumn.Municipality, "gemeente", 100, ["plaats", "woonplaats", "stad", "municipality", "city", "town"]),
        new(ImportColumn.Country, "land", 40, ["country"]),
        new(ImportColumn.Phone, "telefoon", 40, ["tel", "telefoonnummer", "phone", "telephone"]),
        new(ImportColumn.Email, "email", 256, ["e-mail", "mail", "e-mailadres", "email address"]),
        new(ImportColumn.Website, "website", 500, ["site", "webadres", "url", "web"]),
        new(ImportColumn.Role, "rol", 60, ["lidmaatschap", "role", "membership", "membership role"]),
        new(ImportColumn.StartDate, "startdatum", 30, ["start", "lid sinds", "start date", "member since"]),
        new(ImportColumn.EndDate, "einddatum", 30, ["eind", "lid tot", "end date", "member until"]),
        new(ImportColumn.Person, "persoon", 200, ["contactpersoon", "naam persoon", "person", "person name", "contact", "contact name", "full name"]),
        new(ImportColumn.Function, "functie", 200, ["function", "job title", "title"]),
        new(ImportColumn.Expertise, "expertise", 2000, ["deskundigheid", "expertises", "skills"]),
        new(ImportColumn.PersonEmail, "persoon_email", 256, ["e-mail persoon", "person email", "contact email"]),
        new(ImportColumn.PersonPhone, "persoon_telefoon", 40, ["telefoon persoon", "person phone", "contact phone"]),
    ];

    private static readonly Dictionary<string, ImportColumn> ByKey = Definitions
        .SelectMany(d => d.Aliases.Append(d.Header).Append(d.Column.ToString()).Select(name => (Key: TextKey.Of(name), d.Column)))
        .Distinct()
        .ToDictionary(x => x.Key, x => x.Column);

    public static IReadOnlyList<ImportColumn> All { get; } = Definitions.Select(d => d.Column).ToArray();

    public static string Header(ImportColumn column) => Definitions[(int)column].Header;

    public static int MaxLength(ImportColumn column) => Definitions[(int)column].MaxLength;

    /// <summary>The accepted names besides the Dutch header, for the page that explains the layout.</summary>
    public static IReadOnlyList<string> Aliases(ImportColumn column) => Definitions[(int)column].Aliases;

    public static ImportColumn? Recognise(string header) =>
        ByKey.TryGetValue(TextKey.Of(header), out var column) ? column : null;
}
