using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.Geo;

namespace Verbind.ServiceDirectory.Features.Search;

/// <summary>
/// What a parent (the /aanbod page) or an API client (/hsds/services) asks of the published services.
/// Every criterion that is set must hold (AND). Public searches see active services of every network.
/// </summary>
public sealed record ServiceQuery
{
    public string? Text { get; init; }

    /// <summary>The child's age in months (negative while expected, see <see cref="AgeRange"/>).</summary>
    public int? AgeMonths { get; init; }

    /// <summary>Taxonomy term codes (pillar, theme, target group...): a service must have each one.</summary>
    public IReadOnlyList<string> TermCodes { get; init; } = [];

    public Guid? TermId { get; init; }
    public Guid? TaxonomyId { get; init; }
    public Guid? OrganisationId { get; init; }

    /// <summary>Only the services of this network (a module that acts for one network, e.g. a helpline's referral).</summary>
    public Guid? NetworkId { get; init; }

    /// <summary>Near this point; with <see cref="RadiusKm"/> only services within that distance.</summary>
    public GeoPoint? Near { get; init; }
    public double? RadiusKm { get; init; }

    /// <summary>
    /// Open on this date, at <see cref="Time"/> when set, special days included (a day of the week asked
    /// by a parent is its next date, see <see cref="ServiceHours.NextDate"/>). Without a date, a time
    /// means open at that time on some day of the regular rules.
    /// </summary>
    public DateOnly? Date { get; init; }
    public TimeOnly? Time { get; init; }

    public bool FreeOnly { get; init; }

    /// <summary>Only services with a location in this municipality (by name, case and accents ignored).</summary>
    public string? Municipality { get; init; }

    /// <summary>Only these services (a look-up of known ids); empty for no restriction.</summary>
    public IReadOnlyList<Guid> ServiceIds { get; init; } = [];

    /// <summary>ISO 639-1 code of a language the service is given in.</summary>
    public string? Language { get; init; }

    public IReadOnlyList<AccessibilityFeature> Accessibility { get; init; } = [];
    public DateTime? ModifiedAfter { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>How many values of each facet to count and return, most frequent first; 0 for no facets.</summary>
    public int FacetValues { get; init; } = int.MaxValue;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

public enum SearchSort
{
    Relevance,
    Distance,
    Name,
}

/// <summary>A service that matched, with its distance to <see cref="ServiceQuery.Near"/> when asked.</summary>
public sealed record ServiceHit(Guid ServiceId, float Score, double? DistanceKm);

/// <summary>A facet value and how many matching services have it.</summary>
public sealed record FacetCount(string Value, int Count);

public sealed record SearchResult(IReadOnlyList<ServiceHit> Hits, int Total, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets)
{
    public static readonly SearchResult Empty = new([], 0, new Dictionary<string, IReadOnlyList<FacetCount>>());
}

/// <summary>Finds published services. The search engine behind it is an implementation detail (ADR 0063).</summary>
public interface IServiceSearch
{
    Task<SearchResult> SearchAsync(ServiceQuery query, CancellationToken cancellationToken);
}
