using System.Collections.Concurrent;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Verbind.ServiceDirectory.Features.Geo;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Verbind.ServiceDirectory.Features.Search;

/// <summary>
/// One Lucene index with the in-memory entries its documents point to (by the "ix" doc value, a slot in
/// <see cref="Entries"/>). Slots are only appended: a search that still holds an older searcher reads
/// the entry its document pointed to. A full rebuild makes a new generation and swaps it in.
/// </summary>
internal sealed class SearchIndexGeneration : IDisposable
{
    private readonly object _write = new();
    private readonly LuceneDirectory _directory;
    private readonly string? _temporaryFolder;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private IndexedEntry[] _entries = new IndexedEntry[1024];
    private int _count;

    /// <param name="path">The folder of this generation; null for a temporary folder, removed on dispose.</param>
    public SearchIndexGeneration(string? path)
    {
        // A folder, not a RAMDirectory: every read of a RAMDirectory file takes a lock, so concurrent searches
        // queue on it (ADR 0063); a memory-mapped folder is read without locks and stays in the page cache.
        if (string.IsNullOrWhiteSpace(path))
        {
            path = _temporaryFolder = Path.Combine(Path.GetTempPath(), "verbind-search", Guid.NewGuid().ToString("N"));
        }
        _directory = FSDirectory.Open(path);
        var analyzer = new PerFieldAnalyzerWrapper(DutchSearchAnalyzer.Stemmed, new Dictionary<string, Lucene.Net.Analysis.Analyzer>
        {
            ["raw"] = DutchSearchAnalyzer.Plain,
        });
        _writer = new IndexWriter(_directory, new IndexWriterConfig(DutchSearchAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    public FacetValues Facets { get; } = new();

    /// <summary>The entries as of now; read the array once per search.</summary>
    public IndexedEntry[] Entries => Volatile.Read(ref _entries);

    /// <summary>Adds or replaces these services and removes <paramref name="removed"/>; visible after <see cref="Refresh"/>.</summary>
    public void Apply(IEnumerable<SearchEntry> entries, IEnumerable<Guid> removed)
    {
        lock (_write)
        {
            foreach (var id in removed)
            {
                _writer.DeleteDocuments(new Term("id", id.ToString("N")));
            }
            foreach (var entry in entries)
            {
                var (indexed, slot) = Store(entry);
                _writer.UpdateDocument(new Term("id", entry.Id.ToString("N")), Document(indexed, slot));
            }
        }
    }

    /// <summary>
    /// Fills a new generation (nothing to replace, no searcher yet): the slots in order, then the documents
    /// on every core, as the index writer takes documents from several threads at once.
    /// </summary>
    public void AddAll(IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            // A new installation has no services yet; the partitioner refuses an empty range.
            return;
        }
        var documents = new (SearchEntry Entry, int Slot)[entries.Count];
        lock (_write)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                documents[i] = Store(entries[i]);
            }
        }
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.ForEach(Partitioner.Create(0, documents.Length, 1000), options, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                _writer.AddDocument(Document(documents[i].Entry, documents[i].Slot));
            }
        });
    }

    /// <summary>Puts the entry with its facet ids in the next slot (under the write lock).</summary>
    private (SearchEntry Entry, int Slot) Store(SearchEntry entry)
    {
        var indexed = entry with
        {
            FacetIds = Facets.IdsOf(entry),
            FoldedMunicipalities = [.. entry.Municipalities.Select(Gazetteer.Fold)],
        };
        if (_count == _entries.Length)
        {
            var grown = new IndexedEntry[_entries.Length * 2];
            Array.Copy(_entries, grown, _count);
            Volatile.Write(ref _entries, grown);
        }
        _entries[_count] = new IndexedEntry(indexed);
        return (indexed, _count++);
    }

    public void Refresh() => _searchers.MaybeRefreshBlocking();

    public IndexSearcher Acquire() => _searchers.Acquire();

    public void Release(IndexSearcher searcher) => _searchers.Release(searcher);

    public int Count
    {
        get
        {
            var searcher = Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                Release(searcher);
            }
        }
    }

    private static Document Document(SearchEntry entry, int slot) =>
    [
        new StringField("id", entry.Id.ToString("N"), Field.Store.NO),
        new NumericDocValuesField("ix", slot),
        new TextField("name", entry.Name, Field.Store.NO),
        new TextField("text", entry.Text, Field.Store.NO),
        new TextField("raw", entry.Text, Field.Store.NO),
    ];

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        if (_temporaryFolder is not null)
        {
            try
            {
                System.IO.Directory.Delete(_temporaryFolder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the operating system's clean-up of temporary files.
            }
        }
    }
}

/// <summary>
/// Facet values ("gemeente=Leuven") as small integers, so counting them over 100,000 hits is adding
/// to an array instead of hashing strings.
/// </summary>
internal sealed class FacetValues
{
    public const string Municipality = "gemeente";
    public const string Language = "taal";
    public const string Free = "gratis";

    private readonly object _lock = new();
    private readonly Dictionary<(string Facet, string Value), int> _ids = [];
    private (string Facet, string Value)[] _values = new (string, string)[256];

    public int Count { get; private set; }

    public (string Facet, string Value) this[int id] => Volatile.Read(ref _values)[id];

    public int[] IdsOf(SearchEntry entry)
    {
        var keys = new List<(string, string)>();
        keys.AddRange(entry.Terms.Where(t => t.Taxonomy.Length > 0));
        keys.AddRange(entry.Languages.Select(l => (Language, l)));
        keys.AddRange(entry.Municipalities.Select(m => (Municipality, m)));
        if (entry.IsFree)
        {
            keys.Add((Free, "1"));
        }
        lock (_lock)
        {
            return [.. keys.Distinct().Select(Intern)];
        }
    }

    private int Intern((string, string) key)
    {
        if (_ids.TryGetValue(key, out var id))
        {
            return id;
        }
        if (Count == _values.Length)
        {
            var grown = new (string, string)[_values.Length * 2];
            Array.Copy(_values, grown, Count);
            Volatile.Write(ref _values, grown);
        }
        id = Count;
        _values[id] = key;
        _ids[key] = id;
        Count = id + 1;
        return id;
    }
}
