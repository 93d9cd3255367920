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
    /// <summary>The tag of the cached public answers that come from this index, forgotten when it changes.</summary>
    public const string PageCacheTag = "directory-search";

    private const int MaxWords = 10;
    private const int MaxWordLength = 40;

    private SearchIndexGeneration? _current;
    private SearchSynonyms _synonyms = new([]);
    private readonly MatchListCache _matchLists = new();

    /// <summary>False until the first build finished; until then searches go to the database.</summary>
    public bool IsReady => Volatile.Read(ref _current) is not null;

    public int Count => Volatile.Read(ref _current)?.Count ?? 0;

    /// <summary>How many full builds were swapped in since this instance started.</summary>
    public int Builds => Volatile.Read(ref _builds);

    private int _builds;

    public void Swap(SearchIndexGeneration generation, SearchSynonyms synonyms)
    {
        Interlocked.Increment(ref _builds);
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
            var matches = Matches(query, searcher);
            var entries = generation.Entries;
            var facetCounts = new int[query.FacetValues > 0 ? generation.Facets.Count : 0];
            var filter = new EntryFilter(query);
            var page = Math.Max(1, query.Page);
            var size = Math.Clamp(query.PageSize, 1, 1000);
            var top = new TopCandidates(Order(query.Sort, query.Near is not null), (long)page * size);
            var total = 0;
            for (var i = 0; i < matches.Count; i++)
            {
                var slot = matches.Slots[i];
                double? distance = null;
                if (slot >= entries.Length || !filter.MayMatch(in entries[slot]) || !filter.Matches(in entries[slot], out distance))
                {
                    continue;
                }
                total++;
                top.Offer(new Candidate(entries[slot].Entry, matches.Scores[i], distance));
                if (facetCounts.Length > 0)
                {
                    foreach (var id in entries[slot].FacetIds)
                    {
                        if (id < facetCounts.Length)
                        {
                            facetCounts[id]++;
                        }
                    }
                }
            }
            var hits = top.InOrder().Skip((page - 1) * size).Take(size).ToList();
            cards = hits.Select(h => h.Entry).ToList();
            return new SearchResult(
                hits.Select(h => new ServiceHit(h.Entry.Id, h.Score, h.Distance)).ToList(),
                total,
                Facets(generation.Facets, facetCounts, query.FacetValues));
        }
        finally
        {
            generation.Release(searcher);
        }
    }

    /// <summary>
    /// The slots whose text matches, with their scores: each word's list from the cache, intersected;
    /// every document (score 1) without words; restricted to the asked ids when there are some.
    /// </summary>
    private MatchList Matches(ServiceQuery query, IndexSearcher searcher)
    {
        var words = Words(query.Text);
        MatchList? matches = null;
        if (words.Count == 0)
        {
            matches = _matchLists.Get(searcher, "", () => new MatchAllDocsQuery());
        }
        else
        {
            var synonyms = Volatile.Read(ref _synonyms);
            foreach (var word in words)
            {
                var list = _matchLists.Get(searcher, word, () => WordQuery(word, synonyms));
                matches = matches is null ? list : matches.Intersect(list);
            }
        }
        if (query.ServiceIds.Count > 0)
        {
            var ids = new BooleanQuery();
            foreach (var id in query.ServiceIds.Take(1000))
            {
                ids.Add(new TermQuery(new Term("id", id.ToString("N"))), Occur.SHOULD);
            }
            var collector = new SlotCollector(query.ServiceIds.Count);
            searcher.Search(new ConstantScoreQuery(ids), collector);
            matches = MatchList.From(collector.Slots, collector.Scores, collector.Count).Intersect(matches!);
        }
        return matches ?? MatchList.None;
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

    /// <summary>One word: its stem in the name or text, a synonym, a prefix or (for longer words) with a typo or two.</summary>
    private static BooleanQuery WordQuery(string word, SearchSynonyms synonyms)
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

    private static Comparison<Candidate> Order(SearchSort sort, bool near) => (sort, near) switch
    {
        (SearchSort.Distance, true) => (a, b) => Compare(a.Distance, b.Distance) is var d and not 0 ? d : b.Score.CompareTo(a.Score),
        (SearchSort.Name, _) => (a, b) => ByName(a, b),
        (_, true) => (a, b) => b.Score.CompareTo(a.Score) is var s and not 0 ? s : Compare(a.Distance, b.Distance) is var d and not 0 ? d : ByName(a, b),
        _ => (a, b) => b.Score.CompareTo(a.Score) is var s and not 0 ? s : ByName(a, b),
    };

    /// <summary>
    /// The first candidates in order, kept in a bounded heap while the matches stream past: a page needs the
    /// first page × size of many thousands, and keeping all of them would allocate megabytes per search.
    /// </summary>
    private sealed class TopCandidates(Comparison<Candidate> order, long capacity)
    {
        private readonly PriorityQueue<Candidate, Candidate> _heap = new(Comparer<Candidate>.Create((a, b) => order(b, a)));

        public void Offer(Candidate candidate)
        {
            if (_heap.Count < capacity)
            {
                _heap.Enqueue(candidate, candidate);
            }
            else if (order(candidate, _heap.Peek()) < 0)
            {
                _heap.EnqueueDequeue(candidate, candidate);
            }
        }

        public Candidate[] InOrder()
        {
            var top = new Candidate[_heap.Count];
            for (var i = top.Length - 1; i >= 0; i--)
            {
                top[i] = _heap.Dequeue();
            }
            return top;
        }
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

    private static Dictionary<string, IReadOnlyList<FacetCount>> Facets(FacetValues values, int[] counts, int limit)
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
        return facets.ToDictionary(f => f.Key, f => MostFrequent(f.Value, limit), StringComparer.Ordinal);
    }

    /// <summary>The first <paramref name="limit"/> values by count (then by value), without sorting all of them.</summary>
    private static IReadOnlyList<FacetCount> MostFrequent(List<FacetCount> counts, int limit)
    {
        if (counts.Count <= limit)
        {
            counts.Sort(FacetOrder);
            return counts;
        }
        var heap = new PriorityQueue<FacetCount, FacetCount>(limit + 1, Comparer<FacetCount>.Create((a, b) => FacetOrder(b, a)));
        foreach (var count in counts)
        {
            heap.Enqueue(count, count);
            if (heap.Count > limit)
            {
                heap.Dequeue();
            }
        }
        var top = new FacetCount[heap.Count];
        for (var i = top.Length - 1; i >= 0; i--)
        {
            top[i] = heap.Dequeue();
        }
        return top;
    }

    private static int FacetOrder(FacetCount a, FacetCount b) =>
        b.Count.CompareTo(a.Count) is var c and not 0 ? c : string.CompareOrdinal(a.Value, b.Value);

    public void Dispose() => Interlocked.Exchange(ref _current, null)?.Dispose();

    private readonly record struct Candidate(SearchEntry Entry, float Score, double? Distance);
}

/// <summary>The structured criteria of a query, checked against one entry.</summary>
internal sealed class EntryFilter(ServiceQuery query)
{
    private readonly int _accessibility = query.Accessibility.Aggregate(0, (bits, f) => bits | (1 << (int)f));
    private readonly string? _language = query.Language?.Trim().ToLowerInvariant();
    private readonly string? _municipality = string.IsNullOrWhiteSpace(query.Municipality) ? null : Gazetteer.Fold(query.Municipality);
    private readonly HashSet<Guid>? _ids = query.ServiceIds.Count > 0 ? [.. query.ServiceIds] : null;
    private readonly BoundingBox? _box = query.Near is { } near && query.RadiusKm is { } radius ? BoundingBox.Around(near, radius) : null;

    /// <summary>False when the copied numbers already exclude the entry (age, cost, accessibility, distance box).</summary>
    private readonly GeoPoint? _near = query.Near;
    private readonly double? _radius = query.RadiusKm;

    /// <summary>Whether anything is asked that only the entry's own fields answer (not the copied numbers).</summary>
    private readonly bool _checksFields = query.ServiceIds.Count > 0 || query.OrganisationId is not null || query.NetworkId is not null
        || query.Language is not null || query.ModifiedAfter is not null || query.TermId is not null || query.TaxonomyId is not null
        || query.TermCodes.Count > 0 || query.Date is not null || query.Time is not null || !string.IsNullOrWhiteSpace(query.Municipality);

    public bool MayMatch(in IndexedEntry indexed) =>
        !((query.AgeMonths is { } age && (age < indexed.MinimumAgeMonths || age > indexed.MaximumAgeMonths))
            || (query.FreeOnly && !indexed.IsFree)
            || (_accessibility != 0 && (indexed.Accessibility & _accessibility) != _accessibility)
            || (_box is { } box && (indexed.PointCount == 0 || !box.Overlaps(indexed))));

    /// <summary>The full check after <see cref="MayMatch"/>: the distance (from the copied point when there is one) and the entry's fields.</summary>
    public bool Matches(in IndexedEntry indexed, out double? distance)
    {
        distance = null;
        if (_near is { } point)
        {
            distance = indexed.PointCount == 1 ? point.DistanceKmTo(new GeoPoint(indexed.MinLatitude, indexed.MinLongitude)) : Nearest(indexed.Entry, point);
            if (_radius is { } radius && (distance is null || distance > radius))
            {
                return false;
            }
        }
        return !_checksFields || Matches(indexed.Entry);
    }

    private double? Nearest(SearchEntry entry, GeoPoint point)
    {
        double? nearest = null;
        foreach (var location in entry.Points)
        {
            if (_box is { } box && !box.Contains(location))
            {
                continue;
            }
            var km = point.DistanceKmTo(location);
            if (nearest is null || km < nearest)
            {
                nearest = km;
            }
        }
        return nearest;
    }

    private bool Matches(SearchEntry entry)
    {
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
        return _municipality is null || Array.IndexOf(entry.FoldedMunicipalities, _municipality) >= 0;
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

        public bool Overlaps(in IndexedEntry entry) =>
            entry.MaxLatitude >= MinLatitude && entry.MinLatitude <= MaxLatitude && entry.MaxLongitude >= MinLongitude && entry.MinLongitude <= MaxLongitude;

        public bool Contains(GeoPoint point) =>
            point.Latitude >= MinLatitude && point.Latitude <= MaxLatitude && point.Longitude >= MinLongitude && point.Longitude <= MaxLongitude;
    }
}
