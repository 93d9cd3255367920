using Verbind.ServiceDirectory.Domain;

namespace Verbind.ServiceDirectory.Features.Search;

/// <summary>
/// Words a parent may use for the same thing. Groups come from a small built-in list and from every
/// taxonomy term (its name, its names in other languages and its synonyms); a query word is expanded to
/// the stems of its group. Keyed by stem, so plurals and other forms find their group too.
/// </summary>
internal sealed class SearchSynonyms
{
    /// <summary>Words the taxonomies may not have (yet); each line is one group.</summary>
    public static readonly string[][] BuiltIn =
    [
        ["kraamzorg", "kraamhulp", "kraamverzorging", "kraamverzorgster"],
        ["borstvoeding", "borstvoedingsconsulente", "lactatiekundige", "borstvoedingskundige", "allaitement"],
        ["consultatiebureau", "consultatie", "kind en gezin", "opgroeien", "jgz", "consultatiebureau jgz"],
        ["kinderopvang", "creche", "kinderdagverblijf", "onthaalouder", "peuterspeelzaal"],
        ["vroedvrouw", "verloskundige", "sage-femme"],
        ["opvoedingsondersteuning", "opvoedingsvragen", "opvoedingsadvies", "opvoedingswinkel"],
        ["zwangerschap", "zwanger", "prenataal", "aanstaande moeder", "grossesse"],
        ["babymassage", "baby massage"],
        ["huilbaby", "huilen", "huilende baby"],
        ["rouw", "verlies", "perinatale rouw", "doodgeboren", "miskraam"],
        ["speelpleintje", "speelruimte", "speel-o-theek", "spelotheek"],
        ["taalles", "nederlands leren", "nt2"],
        ["psycholoog", "psychologische hulp", "therapeut"],
        ["huisarts", "dokter", "arts"],
    ];

    private readonly Dictionary<string, HashSet<string>> _byStem = new(StringComparer.Ordinal);

    public SearchSynonyms(IEnumerable<TaxonomyTerm> terms)
    {
        foreach (var group in BuiltIn)
        {
            Add(group);
        }
        foreach (var term in terms)
        {
            Add([term.Name, .. term.Names.Values, .. term.Synonyms]);
        }
    }

    /// <summary>The other words of the group of a (stemmed) word, each as its list of stems; none when it has no group.</summary>
    public IReadOnlyCollection<string> For(string stem) => _byStem.TryGetValue(stem, out var group) ? group : [];

    private void Add(IEnumerable<string> words)
    {
        var phrases = words.Where(w => !string.IsNullOrWhiteSpace(w))
            .Select(w => string.Join(' ', DutchSearchAnalyzer.Stemmed.Tokens(w)))
            .Where(p => p.Length > 0)
            .Distinct()
            .ToList();
        if (phrases.Count < 2)
        {
            return;
        }
        foreach (var phrase in phrases.Where(p => !p.Contains(' ', StringComparison.Ordinal)))
        {
            if (!_byStem.TryGetValue(phrase, out var group))
            {
                _byStem[phrase] = group = new HashSet<string>(StringComparer.Ordinal);
            }
            group.UnionWith(phrases.Where(p => p != phrase));
        }
    }
}
