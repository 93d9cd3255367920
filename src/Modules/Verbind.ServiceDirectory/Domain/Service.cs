using Verbind.Platform.Audit;
using Verbind.Platform.Data;
using Verbind.Platform.Tenancy;

namespace Verbind.ServiceDirectory.Domain;

/// <summary>
/// A service of a partner organisation, as HSDS 3.1 describes it (table <c>service</c>), curated in one
/// network. The organisation is a Partners organisation, referred to by id only.
/// </summary>
public sealed class Service : Entity, INetworkOwned, IAuditable
{
    public Guid NetworkId { get; set; }
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public string? AlternateName { get; set; }
    public string? Description { get; set; }
    public string? Url { get; set; }
    public string? Email { get; set; }
    public ServiceStatus Status { get; set; } = ServiceStatus.Active;
    public string? InterpretationServices { get; set; }
    public string? ApplicationProcess { get; set; }
    public string? FeesDescription { get; set; }
    public string? WaitTime { get; set; }
    public string? Accreditations { get; set; }
    public string? Licenses { get; set; }
    public string? EligibilityDescription { get; set; }
    public string? Alert { get; set; }

    /// <summary>Eligibility by the child's age in months; see <see cref="AgeRange"/> (pregnancy is negative).</summary>
    public int? MinimumAgeMonths { get; set; }
    public int? MaximumAgeMonths { get; set; }

    /// <summary>HSDS <c>assured_date</c>: the day someone last checked the record is right.</summary>
    public DateOnly? LastVerifiedOn { get; set; }
    public string? AssurerEmail { get; set; }

    /// <summary>When the owner was last reminded that the record is stale, so reminders are not repeated daily.</summary>
    [NotAudited]
    public DateTime? StaleReminderSentAt { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>The texts in other languages than the network's own (Dutch by default).</summary>
    public List<ServiceTranslation> Translations { get; set; } = [];

    /// <summary>ISO 639-1 codes of the languages the service is given in.</summary>
    public List<string> Languages { get; set; } = [];

    public List<ServiceAtLocation> Locations { get; set; } = [];
    public List<Schedule> Schedules { get; set; } = [];
    public List<ServicePhone> Phones { get; set; } = [];
    public List<ServiceContact> Contacts { get; set; } = [];
    public List<CostOption> CostOptions { get; set; } = [];
    public List<RequiredDocument> RequiredDocuments { get; set; } = [];
    public List<ServiceArea> ServiceAreas { get; set; } = [];
    public List<ServiceCapacity> Capacities { get; set; } = [];
    public List<ServiceEvent> Events { get; set; } = [];
    public List<ServiceTerm> Terms { get; set; } = [];

    /// <summary>Free when it has no cost option with an amount above zero.</summary>
    public bool IsFree => CostOptions.All(c => c.Amount is null or 0m);

    public bool IsStale(DateOnly today) => Freshness.IsStale(LastVerifiedOn, today);
}

/// <summary>HSDS service status values.</summary>
public enum ServiceStatus
{
    Active,
    Inactive,
    Defunct,
    TemporarilyClosed,
}

/// <summary>A service's texts in one more language (ISO 639-1 code); empty fields fall back to the main text.</summary>
public sealed class ServiceTranslation
{
    public required string Language { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? EligibilityDescription { get; set; }
    public string? FeesDescription { get; set; }
    public string? ApplicationProcess { get; set; }
}
