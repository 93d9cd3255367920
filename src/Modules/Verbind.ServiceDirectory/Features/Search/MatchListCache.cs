using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Verbind.ServiceDirectory.Features.Search;

/// <summary>
/// The matches of a search word (or of "everything"), computed once per index reader (ADR 0069). A word's
/// query expands to its stem, synonyms, prefixes and typo variants, and scoring those over a national
/// index is most of a search's work; parents search the same words again and again, and the result for
/// one reader never changes. A new reader (a change applied, a rebuild) starts an empty cache. Bounded by
/// the number of words and of slots kept; when full it starts over.
/// </summary>
internal sealed class MatchListCache
{
    private const int MaxWords = 5_000;
    private const long MaxSlots = 8_000_000;

    private Entries _entries = new(null);

    public MatchList Get(IndexSearcher searcher, string key, Func<Query> query)
    {
        var entries = Volatile.Read(ref _entries);
        if (!ReferenceEquals(entries.Reader, searcher.IndexReader))
        {
            entries = new Entries(searcher.IndexReader);
            Volatile.Write(ref _entries, entries);
        }
        if (entries.Lists.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var collector = new SlotCollector(searcher.IndexReader.MaxDoc);
        searcher.Search(searcher.Rewrite(query()), collector);
        var list = MatchList.From(collector.Slots, collector.Scores, collector.Count);
        if (entries.Lists.Count >= MaxWords || Interlocked.Add(ref entries.Slots, list.Count) > MaxSlots)
        {
            entries = new Entries(searcher.IndexReader);
            Volatile.Write(ref _entries, entries);
        }
        entries.Lists.TryAdd(key, list);
        return list;
    }

    private sealed class Entries(IndexReader? reader)
    {
        public long Slots;
        public IndexReader? Reader { get; } = reader;
        public ConcurrentDictionary<string, MatchList> Lists { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>Collects every matching document's slot (the "ix" doc value) and score.</summary>
internal sealed class SlotCollector(int maxDoc) : ICollector
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
