using Lucene.Net.Index;
using Lucene.Net.Search;
using Verbind.ServiceDirectory.Domain;
using Verbind.ServiceDirectory.Features.Geo;

namespace Verbind.ServiceDirectory.Features.Search;

/// <summary>
/// The search engine of this app instance (ADR 0063): Lucene.NET for the Dutch text (stems, synonyms,
/// typos, relevance), and the filters, distance and facets over the in-memory entries the documents
/// point to. Built from the database at start and kept current by <see cref="SearchIndexWorker"/>.
/// </summary>
internal sealed class SearchIndex : IDisposable
{
    private const int MaxWords = 10;
    private const int MaxWordLength = 40;

    private SearchIndexGeneration? _current;
    private SearchSynonyms _synonyms = new([]);
    private readonly WordQueryCache _wordQueries = new();

    /// <summary>False until the first build finished; until then searches go to the database.</summary>
    public bool IsReady => Volatile.Read(ref _current) is not null;

    public int Count => Volatile.Read(ref _current)?.Count ?? 0;

    public void Swap(SearchIndexGeneration generation, SearchSynonyms synonyms)
    {
        Volatile.Write(ref _synonyms, synonyms);
        Interlocked.Exchange(ref _current, generation)?.Dispose();
    }

    public void Apply(IReadOnlyCollection<SearchEntry> entries, IEnumerable<Guid> removed)
    {
        var generation = _current ?? throw new InvalidOperationException("The index is not built yet.");
        generation.Apply(entries, removed);
        generation.Refresh();
    }

    /// <summary>The card of an indexed service, or null.</summary>
    public SearchEntry? Find(Guid serviceId)
    {
        var result = Search(new ServiceQuery { ServiceIds = [serviceId], PageSize = 1 }, out var entries);
        return result.Hits.Count == 1 ? entries[0] : null;
    }

    public SearchResult Search(ServiceQuery query) => Search(query, out _);

    /// <summary>Runs the query; <paramref name="cards"/> are the entries of the hits, in the same order.</summary>
    public SearchResult Search(ServiceQuery query, out IReadOnlyList<SearchEntry> cards)
    {
        var generation = Volatile.Read(ref _current) ?? throw new InvalidOperationException("The index is not built yet.");
        var searcher = generation.Acquire();
        try
        {
            var textQuery = TextQuery(query.Text, searcher);
            var entries = generation.Entries;
            var collector = new SlotCollector(searcher.IndexReader.MaxDoc);
            searcher.Search(LuceneQuery(textQuery, query.ServiceIds), collector);
            var facetCounts = new int[generation.Facets.Count];
            var filter = new EntryFilter(query);
            var kept = new List<Candidate>(Math.Min(collector.Count, 4096));
            var slots = collector.Slots;
            for (var i = 0; i < collector.Count; i++)
            {
                var slot = slots[i];
                if (slot >= entries.Length || entries[slot] is not { } entry || !filter.Matches(entry, out var distance))
                {
                    continue;
                }
                kept.Add(new Candidate(entry, textQuery is null ? 1f : collector.Scores[i], distance));
                foreach (var id in entry.FacetIds)
                {
                    if (id < facetCounts.Length)
                    {
                        facetCounts[id]++;
                    }
                }
            }
            var page = Math.Max(1, query.Page);
            var size = Math.Clamp(query.PageSize, 1, 1000);
            var top = Top(kept, query.Sort, query.Near is not null, (long)page * size);
            var hits = top.Skip((page - 1) * size).Take(size).ToList();
            cards = hits.Select(h => h.Entry).ToList();
            return new SearchResult(
                hits.Select(h => new ServiceHit(h.Entry.Id, h.Score, h.Distance)).ToList(),
                kept.Count,
                Facets(generation.Facets, facetCounts));
        }
        finally
        {
            generation.Release(searcher);
        }
    }

    private static Query LuceneQuery(Query? textQuery, IReadOnlyList<Guid> serviceIds)
    {
        Query luceneQuery = textQuery ?? new MatchAllDocsQuery();
        if (serviceIds.Count == 0)
        {
            return luceneQuery;
        }
        var ids = new BooleanQuery();
        foreach (var id in serviceIds.Take(1000))
        {
            ids.Add(new TermQuery(new Term("id", id.ToString("N"))), Occur.SHOULD);
        }
        return new BooleanQuery { { luceneQuery, Occur.MUST }, { ids, Occur.MUST } };
    }

    /// <summary>The words of a query, plain (lower case, accents folded, stop words out), a bounded number.</summary>
    internal static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var bounded = text.Length > 500 ? text[..500] : text;
        return DutchSearchAnalyzer.Plain.Tokens(bounded).Where(w => w.Length <= MaxWordLength).Distinct().Take(MaxWords).ToList();
    }

    /// <summary>Every word must match; each word's query is rewritten against this reader once and then reused.</summary>
    private BooleanQuery? TextQuery(string? text, IndexSearcher searcher)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return null;
        }
        var synonyms = Volatile.Read(ref _synonyms);
        var all = new BooleanQuery();
        foreach (var word in words)
        {
            all.Add(_wordQueries.Get(searcher, word, synonyms, WordQuery), Occur.MUST);
        }
        return all;
    }

    /// <summary>One word: its stem in the name or text, a synonym, a prefix or (for longer words) with a typo or two.</summary>
    private static Query WordQuery(string word, SearchSynonyms synonyms)
    {
        var stem = DutchSearchAnalyzer.Stemmed.Tokens(word) is [var first, ..] ? first : word;
        var either = new BooleanQuery
        {
            { new TermQuery(new Term("name", stem)) { Boost = 4 }, Occur.SHOULD },
            { new TermQuery(new Term("text", stem)), Occur.SHOULD },
        };
        foreach (var synonym in synonyms.For(stem))
        {
            var parts = synonym.Split(' ');
            if (parts.Length == 1)
            {
                either.Add(new TermQuery(new Term("name", synonym)) { Boost = 3 }, Occur.SHOULD);
                either.Add(new TermQuery(new Term("text", synonym)) { Boost = 0.8f }, Occur.SHOULD);
            }
            else
            {
                var phrase = new BooleanQuery { Boost = 0.8f };
                foreach (var part in parts)
                {
                    phrase.Add(new TermQuery(new Term("text", part)), Occur.MUST);
                }
                either.Add(phrase, Occur.SHOULD);
            }
        }
        if (word.Length >= 3)
        {
            either.Add(new PrefixQuery(new Term("raw", word)) { Boost = 0.5f }, Occur.SHOULD);
        }
        if (word.Length >= 5)
        {
            either.Add(new FuzzyQuery(new Term("raw", word), word.Length >= 8 ? 2 : 1, prefixLength: 1) { Boost = 0.3f }, Occur.SHOULD);
        }
        return either;
    }

    private static List<Candidate> Top(List<Candidate> kept, SearchSort sort, bool near, long count)
    {
        Comparison<Candidate> order = (sort, near) switch
        {
            (SearchSort.Distance, true) => (a, b) => Compare(a.Distance, b.Distance) is var d and not 0 ? d : b.Score.CompareTo(a.Score),
            (SearchSort.Name, _) => (a, b) => ByName(a, b),
            (_, true) => (a, b) => b.Score.CompareTo(a.Score) is var s and not 0 ? s : Compare(a.Distance, b.Distance) is var d and not 0 ? d : ByName(a, b),
            _ => (a, b) => b.Score.CompareTo(a.Score) is var s and not 0 ? s : ByName(a, b),
        };
        if (count >= kept.Count / 2)
        {
            kept.Sort(order);
            return kept;
        }
        // A bounded heap: the page needs only the first page × size of many thousands.
        var comparer = Comparer<Candidate>.Create((a, b) => order(b, a));
        var heap = new PriorityQueue<Candidate, Candidate>(comparer);
        foreach (var candidate in kept)
        {
            if (heap.Count < count)
            {
                heap.Enqueue(candidate, candidate);
            }
            else if (order(candidate, heap.Peek()) < 0)
            {
                heap.EnqueueDequeue(candidate, candidate);
            }
        }
        var top = new List<Candidate>(heap.Count);
        while (heap.TryDequeue(out var candidate, out _))
        {
            top.Add(candidate);
        }
        top.Reverse();
        return top;
    }

    private static int ByName(Candidate a, Candidate b) =>
        string.Compare(a.Entry.Name, b.Entry.Name, StringComparison.OrdinalIgnoreCase) is var n and not 0 ? n : a.Entry.Id.CompareTo(b.Entry.Id);

    private static int Compare(double? a, double? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        _ => a.Value.CompareTo(b.Value),
    };

    private static Dictionary<string, IReadOnlyList<FacetCount>> Facets(FacetValues values, int[] counts)
    {
        var facets = new Dictionary<string, List<FacetCount>>(StringComparer.Ordinal);
        for (var id = 0; id < counts.Length; id++)
        {
            if (counts[id] == 0)
            {
                continue;
            }
            var (facet, value) = values[id];
            if (!facets.TryGetValue(facet, out var list))
            {
                facets[facet] = list = [];
            }
            list.Add(new FacetCount(value, counts[id]));
        }
        return facets.ToDictionary(
            f => f.Key,
            f => (IReadOnlyList<FacetCount>)f.Value.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);
    }

    public void Dispose() => Interlocked.Exchange(ref _current, null)?.Dispose();

    private readonly record struct Candidate(SearchEntry Entry, float Score, double? Distance);

    /// <summary>Collects every matching document's slot and score (the filters come after, in memory).</summary>
    private sealed class SlotCollector(int maxDoc) : ICollector
    {
        private NumericDocValues? _slots;
        private Scorer? _scorer;
        private int[] _slotArray = new int[Math.Clamp(maxDoc, 16, 1024)];
        private float[] _scoreArray = new float[Math.Clamp(maxDoc, 16, 1024)];

        public int Count { get; private set; }
        public int[] Slots => _slotArray;
        public float[] Scores => _scoreArray;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => _slots = context.AtomicReader.GetNumericDocValues("ix");

        public void Collect(int doc)
        {
            if (_slots is null)
            {
                return;
            }
            if (Count == _slotArray.Length)
            {
                Array.Resize(ref _slotArray, Count * 2);
                Array.Resize(ref _scoreArray, Count * 2);
            }
            _slotArray[Count] = (int)_slots.Get(doc);
            _scoreArray[Count] = _scorer?.GetScore() ?? 1f;
            Count++;
        }
    }
}

/// <summary>The structured criteria of a query, checked against one entry.</summary>
internal sealed class EntryFilter(ServiceQuery query)
{
    private readonly int _accessibility = query.Accessibility.Aggregate(0, (bits, f) => bits | (1 << (int)f));
    private readonly string? _language = query.Language?.Trim().ToLowerInvariant();
    private readonly string? _municipality = string.IsNullOrWhiteSpace(query.Municipality) ? null : Gazetteer.Fold(query.Municipality);
    private readonly HashSet<Guid>? _ids = query.ServiceIds.Count > 0 ? [.. query.ServiceIds] : null;
    private readonly BoundingBox? _box = query.Near is { } near && query.RadiusKm is { } radius ? BoundingBox.Around(near, radius) : null;

    public bool Matches(SearchEntry entry, out double? distance)
    {
        distance = null;
        if ((_ids is not null && !_ids.Contains(entry.Id))
            || (query.OrganisationId is { } organisation && entry.OrganisationId != organisation)
            || (query.NetworkId is { } network && entry.NetworkId != network)
            || (query.AgeMonths is { } age && (age < entry.MinimumAgeMonths || age > entry.MaximumAgeMonths))
            || (query.FreeOnly && !entry.IsFree)
            || (_language is not null && !entry.Languages.Contains(_language))
            || (query.ModifiedAfter is { } after && entry.UpdatedAt <= after)
            || (query.TermId is { } termId && !entry.TermIds.Contains(termId))
            || (query.TaxonomyId is { } taxonomyId && !entry.TaxonomyIds.Contains(taxonomyId))
            || (_accessibility != 0 && (entry.Accessibility & _accessibility) != _accessibility))
        {
            return false;
        }
        foreach (var code in query.TermCodes)
        {
            if (!HasTerm(entry, code))
            {
                return false;
            }
        }
        if (query.Date is { } date ? !entry.Hours.IsOpenOn(date, query.Time) : query.Time is { } time && !entry.Hours.IsOpenAtSomeDay(time))
        {
            return false;
        }
        if (_municipality is not null && Array.IndexOf(entry.FoldedMunicipalities, _municipality) < 0)
        {
            return false;
        }
        if (query.Near is { } point)
        {
            foreach (var location in entry.Points)
            {
                if (_box is { } box && !box.Contains(location))
                {
                    continue;
                }
                var km = point.DistanceKmTo(location);
                if (distance is null || km < distance)
                {
                    distance = km;
                }
            }
            if (query.RadiusKm is { } radius && (distance is null || distance > radius))
            {
                return false;
            }
        }
        return true;
    }

    private static bool HasTerm(SearchEntry entry, string code)
    {
        foreach (var (_, term) in entry.Terms)
        {
            if (term == code)
            {
                return true;
            }
        }
        return false;
    }

    private readonly record struct BoundingBox(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude)
    {
        public static BoundingBox Around(GeoPoint point, double radiusKm)
        {
            var latitudeDegrees = radiusKm / 110.574 * 1.01;
            var longitudeDegrees = radiusKm / (111.320 * Math.Max(0.01, Math.Cos(point.Latitude * Math.PI / 180))) * 1.01;
            return new(point.Latitude - latitudeDegrees, point.Latitude + latitudeDegrees, point.Longitude - longitudeDegrees, point.Longitude + longitudeDegrees);
        }

        public bool Contains(GeoPoint point) =>
            point.Latitude >= MinLatitude && point.Latitude <= MaxLatitude && point.Longitude >= MinLongitude && point.Longitude <= MaxLongitude;
    }
}
