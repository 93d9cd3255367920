namespace Verbind.ServiceDirectory.Data.Demo;

/// <summary>
/// One fictional service of the demo data: the organisation (by its demo name), the terms by code
/// ("pijler/consultatie", "thema/borstvoeding", "doelgroep/0-3"), the age range in months, the location (by key).
/// </summary>
internal sealed record DemoService(
    string Organisation, string Name, string Description, string[] Terms, int? MinimumAgeMonths, int? MaximumAgeMonths,
    string Location, decimal? Cost = null, string[]? Languages = null, bool Stale = false, string? Phone = null);

/// <summary>A fictional location at a real postcode (for its coordinates); streets are invented.</summary>
internal sealed record DemoLocation(string Key, string Name, string Street, string Postcode, string CountryCode = "BE", bool Redacted = false);
