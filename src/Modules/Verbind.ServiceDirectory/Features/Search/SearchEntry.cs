using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.Geo;

namespace Verbind.ServiceDirectory.Features.Search;

/// <summary>
/// What the search index keeps of one active service in memory: everything a filter, a facet, the
/// distance and a result card need, so a search reads no database row. Only public fields.
/// </summary>
internal sealed record SearchEntry
{
    public required Guid Id { get; init; }
    public required Guid NetworkId { get; init; }
    public required Guid OrganisationId { get; init; }
    public required string Name { get; init; }
    public string? OrganisationName { get; init; }
    public string? Summary { get; init; }
    public int MinimumAgeMonths { get; init; } = AgeRange.PregnancyStart;
    public int MaximumAgeMonths { get; init; } = AgeRange.Oldest;
    public bool IsFree { get; init; }
    public string[] Languages { get; init; } = [];
    public Guid[] TermIds { get; init; } = [];
    public Guid[] TaxonomyIds { get; init; } = [];

    /// <summary>Term codes with their taxonomy code, e.g. ("pijler", "ontmoeting").</summary>
    public (string Taxonomy, string Term)[] Terms { get; init; } = [];

    /// <summary>The public municipalities of the locations (redacted ones included: the municipality is public).</summary>
    public string[] Municipalities { get; init; } = [];

    /// <summary><see cref="Municipalities"/> folded for comparison (<see cref="Gazetteer.Fold"/>); set by the index.</summary>
    public string[] FoldedMunicipalities { get; init; } = [];

    /// <summary>The public points of the locations (rounded for redacted ones).</summary>
    public GeoPoint[] Points { get; init; } = [];

    /// <summary>The accessibility features that at least one location has, as bits of <see cref="AccessibilityFeature"/>.</summary>
    public int Accessibility { get; init; }

    /// <summary>Its opening rules and its locations' special days, for the day and time filters (ADR 0066).</summary>
    public ServiceHours Hours { get; init; } = ServiceHours.None;

    public DateTime UpdatedAt { get; init; }

    /// <summary>The ids of its facet values in the index (see <see cref="FacetValues"/>).</summary>
    public int[] FacetIds { get; init; } = [];

    /// <summary>The text the engine matches: name, other names, descriptions, translations, terms, places.</summary>
    public string Text { get; init; } = "";
}
