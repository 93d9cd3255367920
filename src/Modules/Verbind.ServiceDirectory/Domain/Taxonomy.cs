using Verbind.Platform.Data;

namespace Verbind.ServiceDirectory.Domain;

/// <summary>A classification shipped with the platform (HSDS <c>taxonomy</c>): the pillars, life domains, target groups, themes.</summary>
public sealed class Taxonomy : Entity
{
    /// <summary>Stable short name used in URLs and filters ("pijler", "doelgroep", "thema", "levensdomein").</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public string? Uri { get; set; }
    public string? Version { get; set; }
    public List<TaxonomyTerm> Terms { get; set; } = [];
}

/// <summary>A term of a taxonomy (HSDS <c>taxonomy_term</c>), with names in the UI languages.</summary>
public sealed class TaxonomyTerm : Entity
{
    public Guid TaxonomyId { get; set; }
    public Taxonomy? Taxonomy { get; set; }
    public Guid? ParentId { get; set; }

    /// <summary>Stable code used in URLs and filters ("borstvoeding", "0-3").</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }

    /// <summary>Names in other languages by ISO 639-1 code.</summary>
    public Dictionary<string, string> Names { get; set; } = [];

    /// <summary>For target-group terms: the age range in months they stand for (used by the gap analysis).</summary>
    public int? MinimumAgeMonths { get; set; }
    public int? MaximumAgeMonths { get; set; }

    /// <summary>Other words a parent may search with ("kraamhulp" for "kraamzorg").</summary>
    public List<string> Synonyms { get; set; } = [];

    public string NameIn(string language) => Names.TryGetValue(language, out var name) && name.Length > 0 ? name : Name;
}
