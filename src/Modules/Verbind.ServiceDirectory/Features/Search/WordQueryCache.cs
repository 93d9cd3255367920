using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Verbind.ServiceDirectory.Features.Search;

/// <summary>
/// The query of a search word, rewritten against one index reader (its prefix and typo variants expanded
/// to the index's terms). Expanding a typo builds a Levenshtein automaton and walks the term dictionary,
/// the largest part of a search; parents search the same words again and again, so each word is expanded
/// once per reader. A new reader (a change applied, a rebuild) starts an empty cache.
/// </summary>
internal sealed class WordQueryCache
{
    private const int MaxWords = 10_000;

    private Entries _entries = new(null);

    public Query Get(IndexSearcher searcher, string word, SearchSynonyms synonyms, Func<string, SearchSynonyms, Query> build)
    {
        var entries = Volatile.Read(ref _entries);
        if (!ReferenceEquals(entries.Reader, searcher.IndexReader))
        {
            entries = new Entries(searcher.IndexReader);
            Volatile.Write(ref _entries, entries);
        }
        if (entries.Queries.TryGetValue(word, out var cached))
        {
            return cached;
        }
        var rewritten = searcher.Rewrite(build(word, synonyms));
        if (entries.Queries.Count >= MaxWords)
        {
            entries.Queries.Clear();
        }
        entries.Queries.TryAdd(word, rewritten);
        return rewritten;
    }

    private sealed class Entries(IndexReader? reader)
    {
        public IndexReader? Reader { get; } = reader;
        public ConcurrentDictionary<string, Query> Queries { get; } = new(StringComparer.Ordinal);
    }
}
