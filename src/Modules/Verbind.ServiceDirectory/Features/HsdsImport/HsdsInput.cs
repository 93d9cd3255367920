namespace Verbind.ServiceDirectory.Features.HsdsImport;

// An HSDS 3.1 service as a file brings it (JSON with snake_case names; see HsdsImportReader). Every field
// is optional here: the checker says what is missing. Wrong JSON types fail the whole record with its path.

public sealed class HsdsInService
{
    public string? Id { get; set; }
    public string? OrganizationId { get; set; }
    public string? Name { get; set; }
    public string? AlternateName { get; set; }
    public string? Description { get; set; }
    public string? Url { get; set; }
    public string? Email { get; set; }
    public string? Status { get; set; }
    public string? InterpretationServices { get; set; }
    public string? ApplicationProcess { get; set; }
    public string? FeesDescription { get; set; }
    public string? WaitTime { get; set; }
    public string? Accreditations { get; set; }
    public string? EligibilityDescription { get; set; }
    public string? Licenses { get; set; }
    public string? Alert { get; set; }
    public decimal? MinimumAge { get; set; }
    public decimal? MaximumAge { get; set; }
    public string? AssuredDate { get; set; }
    public HsdsInOrganization? Organization { get; set; }
    public List<HsdsInPhone>? Phones { get; set; }
    public List<HsdsInSchedule>? Schedules { get; set; }
    public List<HsdsInServiceArea>? ServiceAreas { get; set; }
    public List<HsdsInServiceAtLocation>? ServiceAtLocations { get; set; }
    public List<HsdsInLanguage>? Languages { get; set; }
    public List<HsdsInCostOption>? CostOptions { get; set; }
    public List<HsdsInRequiredDocument>? RequiredDocuments { get; set; }
    public List<HsdsInContact>? Contacts { get; set; }
    public List<HsdsInCapacity>? Capacities { get; set; }
    public List<HsdsInClassification>? Attributes { get; set; }
}

public sealed class HsdsInOrganization
{
    public string? Id { get; set; }
    public string? Name { get; set; }
}

public sealed class HsdsInPhone
{
    public string? Number { get; set; }
    public decimal? Extension { get; set; }
    public string? Type { get; set; }
    public string? Description { get; set; }
}

public sealed class HsdsInSchedule
{
    public string? Freq { get; set; }
    public decimal? Interval { get; set; }
    public string? Byday { get; set; }
    public string? Bymonthday { get; set; }
    public string? OpensAt { get; set; }
    public string? ClosesAt { get; set; }
    public string? ValidFrom { get; set; }
    public string? ValidTo { get; set; }
    public string? AttendingType { get; set; }
    public string? Description { get; set; }
    public string? Notes { get; set; }
}

public sealed class HsdsInServiceArea
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Extent { get; set; }
    public string? ExtentType { get; set; }
}

public sealed class HsdsInServiceAtLocation
{
    public string? Id { get; set; }
    public string? LocationId { get; set; }
    public string? Description { get; set; }
    public HsdsInLocation? Location { get; set; }
}

public sealed class HsdsInLocation
{
    public string? Id { get; set; }
    public string? LocationType { get; set; }
    public string? Name { get; set; }
    public string? AlternateName { get; set; }
    public string? Description { get; set; }
    public string? Transportation { get; set; }
    public string? Url { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public List<HsdsInAddress>? Addresses { get; set; }
    public List<HsdsInLanguage>? Languages { get; set; }
    public List<HsdsInAccessibility>? Accessibility { get; set; }
    public List<HsdsInPhone>? Phones { get; set; }
    public List<HsdsInSchedule>? Schedules { get; set; }
}

public sealed class HsdsInAddress
{
    [System.Text.Json.Serialization.JsonPropertyName("address_1")]
    public string? Address1 { get; set; }
    public string? City { get; set; }
    public string? PostalCode { get; set; }
    public string? Country { get; set; }
}

public sealed class HsdsInAccessibility
{
    public string? Description { get; set; }
    public string? Details { get; set; }
}

public sealed class HsdsInLanguage
{
    public string? Code { get; set; }
    public string? Name { get; set; }
}

public sealed class HsdsInCostOption
{
    public string? Option { get; set; }
    public decimal? Amount { get; set; }
    public string? Currency { get; set; }
    public string? AmountDescription { get; set; }
    public string? ValidFrom { get; set; }
    public string? ValidTo { get; set; }
}

public sealed class HsdsInRequiredDocument
{
    public string? Document { get; set; }
    public string? Uri { get; set; }
}

public sealed class HsdsInContact
{
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Department { get; set; }
    public string? Email { get; set; }
}

public sealed class HsdsInCapacity
{
    public HsdsInUnit? Unit { get; set; }
    public decimal? Available { get; set; }
    public decimal? Maximum { get; set; }
    public string? Description { get; set; }
    public string? Updated { get; set; }
}

public sealed class HsdsInUnit
{
    public string? Name { get; set; }
}

public sealed class HsdsInClassification
{
    public string? TaxonomyTermId { get; set; }
    public HsdsInTerm? TaxonomyTerm { get; set; }
}

public sealed class HsdsInTerm
{
    public string? Id { get; set; }
    public string? Code { get; set; }
}
