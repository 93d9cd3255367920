using System.Globalization;
using System.Net.Mail;
using Verbind.Partners.Contracts;
using Verbind.ServiceDirectory.Domain;

namespace Verbind.ServiceDirectory.Features.HsdsApi;

/// <summary>
/// Verbind's records as HSDS 3.1 objects. Ages are stored in months and published in years (a decimal;
/// negative during pregnancy). Redacted locations lose their street and get a rounded point.
/// </summary>
internal static class HsdsMapping
{
    public const string Language = "nl";

    public static HsdsService ToList(Service s) => new(
        s.Id, s.OrganisationId, s.Name, s.AlternateName, s.Description, Url(s.Url), Email(s.Email), Status(s.Status),
        s.InterpretationServices, s.ApplicationProcess, s.FeesDescription, s.WaitTime, s.Accreditations, s.EligibilityDescription,
        Years(s.MinimumAgeMonths), Years(s.MaximumAgeMonths), Date(s.LastVerifiedOn), s.Licenses, s.Alert, DateTimeText(s.UpdatedAt));

    public static HsdsMinimalService ToMinimal(Service s) => new(s.Id, s.Name, Status(s.Status), DateTimeText(s.UpdatedAt));

    /// <summary>The fully nested service; the children must be loaded.</summary>
    public static HsdsService ToFull(Service s, PartnerSummary? organisation) => ToList(s) with
    {
        Organization = organisation is null ? null : ToOrganization(organisation),
        Phones = s.Phones.Select(ToPhone).ToList(),
        Schedules = s.Schedules.Select(ToSchedule).ToList(),
        ServiceAreas = s.ServiceAreas.Select(a => new HsdsServiceArea(a.Id, s.Id, a.Name, a.Description,
            a.Postcodes.Count == 0 ? null : string.Join(',', a.Postcodes), a.Postcodes.Count == 0 ? null : "postcodes")).ToList(),
        ServiceAtLocations = s.Locations.Select(link => ToServiceAtLocation(link, withService: false)).ToList(),
        Languages = s.Languages.Select(code => new HsdsLanguage(StableId.For(s.Id, "language:" + code), s.Id, null, code, LanguageName(code))).ToList(),
        CostOptions = s.CostOptions.Select(c => new HsdsCostOption(c.Id, s.Id, Date(c.ValidFrom), Date(c.ValidTo), c.Option, c.Currency, c.Amount, c.AmountDescription)).ToList(),
        RequiredDocuments = s.RequiredDocuments.Select(d => new HsdsRequiredDocument(d.Id, s.Id, d.Document, Url(d.Uri))).ToList(),
        Contacts = s.Contacts.Select(c => new HsdsContact(c.Id, s.Id, c.Name, c.Title, c.Department, Email(c.Email))).ToList(),
        Capacities = s.Capacities.Select(c => new HsdsCapacity(c.Id, s.Id, new HsdsUnit(StableId.For(s.Id, "unit:" + c.Unit), c.Unit),
            c.Available, c.Maximum, c.Description, DateTimeText(c.Updated))).ToList(),
        Attributes = s.Terms.Where(t => t.Term is not null).Select(t => new HsdsClassification(
            StableId.For(s.Id, "term:" + t.TermId), s.Id, t.TermId, "classification", "service", ToTerm(t.Term!))).ToList(),
    };

    public static HsdsServiceAtLocation ToServiceAtLocation(ServiceAtLocation link, bool withService) => new(link.Id, link.ServiceId, link.LocationId, link.Description)
    {
        Location = link.Location is null ? null : ToLocation(link.Location),
        Service = withService && link.Service is not null ? ToList(link.Service) : null,
    };

    /// <summary>A location as the public may see it: a redacted one without street and with a rounded point.</summary>
    public static HsdsLocation ToLocation(Location l) => new(
        l.Id, l.LocationType.ToString().ToLowerInvariant(), Url(l.Url), l.OrganisationId, l.Name, l.AlternateName, l.Description,
        l.Transportation, l.PublicPoint?.Latitude, l.PublicPoint?.Longitude)
    {
        Languages = l.Languages.Select(code => new HsdsLanguage(StableId.For(l.Id, "language:" + code), null, l.Id, code, LanguageName(code))).ToList(),
        Addresses = l.Postcode is null && l.Municipality is null ? [] :
        [
            new HsdsAddress(StableId.For(l.Id, "address"), l.Id, l.IsRedacted ? "" : l.Street ?? "", l.Municipality ?? "", "",
                l.Postcode ?? "", l.CountryCode, l.LocationType == LocationType.Postal ? "postal" : "physical"),
        ],
        Accessibility = l.AccessibilityFeatures.Select(f => new HsdsAccessibility(StableId.For(l.Id, "accessibility:" + f), l.Id, f.ToString(), null))
            .Concat(l.AccessibilityDescription is { Length: > 0 } text ? [new HsdsAccessibility(StableId.For(l.Id, "accessibility"), l.Id, text, null)] : [])
            .ToList(),
        Phones = l.Phones.Select(ToPhone).ToList(),
        Schedules = l.Schedules.Select(ToSchedule).ToList(),
    };

    public static HsdsOrganization ToOrganization(PartnerSummary o) => new(o.Id, o.Name, "", Email(o.Email), Url(o.Website), o.Kind);

    public static HsdsTaxonomy ToTaxonomy(Taxonomy t) => new(t.Id, t.Name, t.Description, Url(t.Uri), t.Version);

    public static HsdsTaxonomyTerm ToTerm(TaxonomyTerm t) => new(t.Id, t.Code, t.Name, t.Description, t.ParentId, t.Taxonomy?.Code, t.TaxonomyId, Language);

    public static HsdsPhone ToPhone(ServicePhone p) => new(p.Id, p.ServiceId, p.LocationId, p.Number,
        decimal.TryParse(p.Extension, NumberStyles.None, CultureInfo.InvariantCulture, out var extension) ? extension : null, p.Type, p.Description);

    public static HsdsSchedule ToSchedule(Schedule s) => new(
        s.Id, s.ServiceId, s.LocationId, s.ServiceAtLocationId, Date(s.ValidFrom), Date(s.ValidTo),
        s.Frequency == ScheduleFrequency.Monthly ? "MONTHLY" : "WEEKLY", Math.Max(1, s.Interval),
        s.Days.Count == 0 ? null : string.Join(',', s.Days.Select(DayCode)),
        s.DayOfMonth?.ToString(CultureInfo.InvariantCulture), Time(s.OpensAt), Time(s.ClosesAt),
        s.AttendingType switch { AttendingType.Online => "online", AttendingType.Phone => "phone", AttendingType.Hybrid => "hybrid", _ => "in_person" },
        s.Description, s.Notes);

    public static string Status(ServiceStatus status) => status switch
    {
        ServiceStatus.Active => "active",
        ServiceStatus.Inactive => "inactive",
        ServiceStatus.Defunct => "defunct",
        _ => "temporarily closed",
    };

    public static string DayCode(DayOfWeek day) => day.ToString()[..2].ToUpperInvariant();

    /// <summary>Months as years, to two decimals: 18 months is 1.5, the start of pregnancy is -0.75.</summary>
    public static decimal? Years(int? months) => months is { } m ? Math.Round(m / 12m, 2) : null;

    public static string DateTimeText(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Time(TimeOnly? value) => value?.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Only absolute http(s) addresses: a partner's "www.example.be" is not a URI for the schema.</summary>
    private static string? Url(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.ToString() : null;

    private static string? Email(string? value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value ? value : null;

    private static string? LanguageName(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code).EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
