using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.ServiceDirectory.Domain;

/// <summary>A place where services are given (HSDS <c>location</c>), with its address and how to get there.</summary>
public sealed class Location : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public Guid? OrganisationId { get; set; }
    public required string Name { get; set; }
    public string? AlternateName { get; set; }
    public LocationType LocationType { get; set; } = LocationType.Physical;
    public string? Description { get; set; }
    public string? Transportation { get; set; }
    public string? Url { get; set; }
    public string? Street { get; set; }
    public string? Postcode { get; set; }
    public string? Municipality { get; set; }
    public string CountryCode { get; set; } = "BE";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    /// <summary>
    /// For addresses that must stay hidden (a shelter): public pages and the API show only the municipality
    /// and a point rounded to about a kilometre; the street stays for the network's own members.
    /// </summary>
    public bool IsRedacted { get; set; }

    public List<AccessibilityFeature> AccessibilityFeatures { get; set; } = [];
    public string? AccessibilityDescription { get; set; }
    public List<string> Languages { get; set; } = [];
    public DateOnly? LastVerifiedOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<Schedule> Schedules { get; set; } = [];
    public List<SpecialDay> SpecialDays { get; set; } = [];
    public List<ServicePhone> Phones { get; set; } = [];

    /// <summary>The point shown to the public: exact, or rounded to two decimals (about 1 km) when redacted.</summary>
    public (double Latitude, double Longitude)? PublicPoint =>
        Latitude is { } lat && Longitude is { } lon
            ? IsRedacted ? (Math.Round(lat, 2), Math.Round(lon, 2)) : (lat, lon)
            : null;
}

/// <summary>HSDS location types.</summary>
public enum LocationType
{
    Physical,
    Postal,
    Virtual,
}

/// <summary>Structured accessibility (HSDS has only free text): what a parent with a pram or a wheelchair needs to know.</summary>
public enum AccessibilityFeature
{
    StepFreeEntrance,
    WheelchairAccessible,
    AccessibleToilet,
    BabyChangingTable,
    PramSpace,
    QuietRoom,
    BreastfeedingRoom,
    HearingLoop,
    SignLanguage,
    AccessibleParking,
    NearPublicTransport,
    GuideDogsWelcome,
}
