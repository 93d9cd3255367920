using System.Text.Json.Serialization;

namespace Verbind.ServiceDirectory.Features.HsdsApi;

// The HSDS 3.1 objects as the API writes them (snake_case names, null fields left out; see HsdsJson).
// Only the fields Verbind keeps; the schemas allow every other field to be absent.

public sealed record HsdsPage<T>(int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents);

public static class HsdsPage
{
    public static HsdsPage<T> Of<T>(IReadOnlyList<T> contents, int total, int page, int perPage)
    {
        var pages = total == 0 ? 0 : (total + perPage - 1) / perPage;
        return new HsdsPage<T>(total, pages, page, contents.Count, page == 1, page >= pages, total == 0, contents);
    }
}

public sealed record HsdsApiInfo(string Version, string Profile, string OpenapiUrl);

public sealed record HsdsOrganization(
    Guid Id, string Name, string Description, string? Email, string? Website, string? LegalStatus,
    IReadOnlyList<HsdsPhone>? Phones = null, IReadOnlyList<HsdsService>? Services = null);

public sealed record HsdsService(
    Guid Id, Guid OrganizationId, string Name, string? AlternateName, string? Description, string? Url, string? Email,
    string Status, string? InterpretationServices, string? ApplicationProcess, string? FeesDescription, string? WaitTime,
    string? Accreditations, string? EligibilityDescription, decimal? MinimumAge, decimal? MaximumAge, string? AssuredDate,
    string? Licenses, string? Alert, string LastModified)
{
    public HsdsOrganization? Organization { get; init; }
    public IReadOnlyList<HsdsPhone>? Phones { get; init; }
    public IReadOnlyList<HsdsSchedule>? Schedules { get; init; }
    public IReadOnlyList<HsdsServiceArea>? ServiceAreas { get; init; }
    public IReadOnlyList<HsdsServiceAtLocation>? ServiceAtLocations { get; init; }
    public IReadOnlyList<HsdsLanguage>? Languages { get; init; }
    public IReadOnlyList<HsdsCostOption>? CostOptions { get; init; }
    public IReadOnlyList<HsdsRequiredDocument>? RequiredDocuments { get; init; }
    public IReadOnlyList<HsdsContact>? Contacts { get; init; }
    public IReadOnlyList<HsdsCapacity>? Capacities { get; init; }
    public IReadOnlyList<HsdsClassification>? Attributes { get; init; }
}

/// <summary>The <c>minimal=true</c> form of a service: enough to see what changed.</summary>
public sealed record HsdsMinimalService(Guid Id, string Name, string Status, string LastModified);

public sealed record HsdsServiceAtLocation(Guid Id, Guid ServiceId, Guid LocationId, string? Description)
{
    public HsdsLocation? Location { get; init; }
    public HsdsService? Service { get; init; }
    public IReadOnlyList<HsdsSchedule>? Schedules { get; init; }
}

public sealed record HsdsLocation(
    Guid Id, string LocationType, string? Url, Guid? OrganizationId, string Name, string? AlternateName, string? Description,
    string? Transportation, double? Latitude, double? Longitude)
{
    public IReadOnlyList<HsdsLanguage>? Languages { get; init; }
    public IReadOnlyList<HsdsAddress>? Addresses { get; init; }
    public IReadOnlyList<HsdsAccessibility>? Accessibility { get; init; }
    public IReadOnlyList<HsdsPhone>? Phones { get; init; }
    public IReadOnlyList<HsdsSchedule>? Schedules { get; init; }
}

public sealed record HsdsAddress(Guid Id, Guid LocationId, [property: JsonPropertyName("address_1")] string Address1, string City, string StateProvince, string PostalCode, string Country, string AddressType);

public sealed record HsdsAccessibility(Guid Id, Guid LocationId, string Description, string? Details);

public sealed record HsdsPhone(Guid Id, Guid? ServiceId, Guid? LocationId, string Number, decimal? Extension, string? Type, string? Description);

public sealed record HsdsSchedule(
    Guid Id, Guid? ServiceId, Guid? LocationId, Guid? ServiceAtLocationId, string? ValidFrom, string? ValidTo, string Freq,
    int Interval, string? Byday, string? Bymonthday, string? OpensAt, string? ClosesAt, string AttendingType, string? Description, string? Notes);

public sealed record HsdsServiceArea(Guid Id, Guid ServiceId, string Name, string? Description, string? Extent, string? ExtentType);

public sealed record HsdsLanguage(Guid Id, Guid? ServiceId, Guid? LocationId, string Code, string? Name);

public sealed record HsdsCostOption(Guid Id, Guid ServiceId, string? ValidFrom, string? ValidTo, string? Option, string Currency, decimal? Amount, string? AmountDescription);

public sealed record HsdsRequiredDocument(Guid Id, Guid ServiceId, string Document, string? Uri);

public sealed record HsdsContact(Guid Id, Guid ServiceId, string? Name, string? Title, string? Department, string? Email);

public sealed record HsdsCapacity(Guid Id, Guid ServiceId, HsdsUnit Unit, decimal Available, decimal? Maximum, string? Description, string Updated);

public sealed record HsdsUnit(Guid Id, string Name);

public sealed record HsdsClassification(Guid Id, Guid LinkId, Guid TaxonomyTermId, string LinkType, string LinkEntity, HsdsTaxonomyTerm TaxonomyTerm);

public sealed record HsdsTaxonomy(Guid Id, string Name, string Description, string? Uri, string? Version);

public sealed record HsdsTaxonomyTerm(Guid Id, string Code, string Name, string Description, Guid? ParentId, string? Taxonomy, Guid TaxonomyId, string Language);
