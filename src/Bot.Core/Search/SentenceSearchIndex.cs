using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Bot.Core.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Bot.Core.Search;

/// <summary>A search result: one sentence of a source, found by its own words or its neighbours'.</summary>
public sealed record SearchHit(string SourceId, int Index, float Score);

/// <summary>A word to search for, as the index stores it, how much a match on it counts, and whether a match in a neighbour counts too.</summary>
public readonly record struct WeightedTerm(string Term, float Weight, bool InNeighbours = true);

/// <summary>
/// Full-text search over every sentence of the sources, each indexed as a passage: its own words, and with a
/// lower weight the words of its neighbours in the same paragraph, so that a sentence that refers back ("he",
/// "the plan") is found through the sentence before it, and the sentences of the opening paragraph with the report's
/// title. Lucene.Net in memory, English analysis (stop words, Porter stemming), BM25 ranking. Sources are added and
/// removed one at a time; searches see a change after <see cref="Refresh"/>. Safe to search from many threads while
/// one thread writes.
/// </summary>
public sealed class SentenceSearchIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string SourceField = "source", KeyField = "key", TextField = "text", ContextField = "context", PublishedField = "published";

    /// <summary>A neighbour's words count for this much of the sentence's own: enough to find it, never to outrank a sentence that says it all.</summary>
    private const float ContextWeight = 0.35f;

    /// <summary>
    /// English stop words plus the words every question carries ("how", "many", "tell me"): left in, they match
    /// any question heading in the text better than the sentence that actually answers.
    /// </summary>
    private static readonly CharArraySet StopWords = MakeStopWords();

    private readonly Analyzer _analyzer = new EnglishAnalyzer(Version, StopWords);
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

    /// <summary>
    /// Where each searched word's postings are and how many sentences have it, per field, for the reader that looked
    /// them up: a question's words and the words news uses for them are looked up again and again (once to weigh them,
    /// once per field to search them), and they change only when the index does. Emptied when full.
    /// </summary>
    private sealed class TermStates(IndexReader? reader)
    {
        public IndexReader? Reader => reader;

        public ConcurrentDictionary<string, TermContext> Text { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, TermContext> Context { get; } = new(StringComparer.Ordinal);

        /// <summary>Counted on add: a concurrent dictionary's own count takes every one of its locks.</summary>
        public int Added;
    }

    private const int MaxCachedTermStates = 100_000;

    /// <summary>
    /// The analysed words of the texts analysed lately: a question's passages are read by retrieval and by its answerer,
    /// and the best sentences of a story come up for question after question. Emptied when full, so its size stays bounded.
    /// </summary>
    private volatile ConcurrentDictionary<string, Analysed> _analysed = new(StringComparer.Ordinal);

    /// <summary>A text's words as the index stores them, alone and with where each starts.</summary>
    private sealed record Analysed(string[] Terms, (string Term, int Start)[] Tokens);

    private const int MaxCachedTexts = 20_000;

    private volatile TermStates _termStates = new(null);

    /// <summary>
    /// Each source's number, so that a hit's sentence is read from a doc value (the source's number and the sentence's
    /// index in one long) rather than by loading and decompressing the stored document: a question loads 30 hits.
    /// </summary>
    private readonly ConcurrentDictionary<string, int> _sourceNumbers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, string> _sourceIds = new();

    /// <summary>
    /// Each segment's keys (see <see cref="_sourceNumbers"/>) read out of its doc value once, by the segment's core, which
    /// outlives reopened readers while only deletions change and is dropped with the segment: reading a hit's key from the
    /// doc value itself seeks in the segment's packed data and refills a buffer under a lock, once per hit. A document's key
    /// never changes (sources are only added and deleted), so a segment's keys hold for as long as it lives.
    /// </summary>
    private static readonly ConditionalWeakTable<object, long[]> KeysByCore = new();

    /// <summary>The newest publication day indexed so far: a search as of it or later needs no date filter.</summary>
    private int _newestDay;

    public SentenceSearchIndex()
    {
        _writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    public void Add(DocumentAnalysis analysis)
    {
        var sourceId = analysis.Source.Id;
        var sentences = analysis.Sentences;
        // An undated report is always read: it counts as published before everything else.
        var day = analysis.Source.Published?.DayNumber ?? 0;
        // One thread writes (see the class summary); searches only read it.
        Volatile.Write(ref _newestDay, Math.Max(_newestDay, day));
        var number = _sourceNumbers.GetOrAdd(sourceId, static (id, numbers) => numbers.Count, _sourceIds);
        _sourceIds[number] = sourceId;
        var documents = new List<Document>(sentences.Count);
        // A report's title sums up its opening paragraph (the lede): "Easter rail strikes called off" finds "cancelled the strikes".
        var lede = sentences.Count > 0 ? sentences[0].Paragraph : -1;
        foreach (var sentence in sentences)
        {
            var previous = sentence.Index > 0 ? sentences[sentence.Index - 1] : null;
            // A question heading is the context of the paragraph it heads.
            var before = previous is null ? ""
                : previous.Paragraph == sentence.Paragraph || IsHeading(sentences, previous) ? previous.Text
                : "";
            var after = sentence.Index + 1 < sentences.Count && sentences[sentence.Index + 1].Paragraph == sentence.Paragraph ? sentences[sentence.Index + 1].Text : "";
            var title = sentence.Paragraph == lede ? analysis.Source.Title : "";
            documents.Add(Make(sourceId, ((long)number << 32) | (uint)sentence.Index, day, sentence.Text, string.Join(' ', before, after, title)));
        }

        _writer.AddDocuments(documents);
    }

    /// <summary>A question that is a paragraph of its own: the text asks it, the next paragraph answers it.</summary>
    public static bool IsHeading(IReadOnlyList<TextSentence> sentences, TextSentence sentence) =>
        sentence.Text.TrimEnd().EndsWith('?')
        && (sentence.Index == 0 || sentences[sentence.Index - 1].Paragraph != sentence.Paragraph)
        && (sentence.Index + 1 >= sentences.Count || sentences[sentence.Index + 1].Paragraph != sentence.Paragraph);

    public void Remove(string sourceId) => _writer.DeleteDocuments(new Term(SourceField, sourceId));

    /// <summary>Makes every add and remove so far visible to searches.</summary>
    public void Refresh() => _searchers.MaybeRefreshBlocking();

    public IReadOnlyList<SearchHit> Search(string text, int limit) =>
        Search([.. Terms(text).Distinct().Select(t => new WeightedTerm(t, 1f))], limit);

    /// <summary>The neighbours' words are about three times a sentence's own: searching them for a common word costs the most and ranks the least.</summary>
    public const int MostSentencesSearchedInNeighbours = 2_000;

    /// <summary>The passages that best match the terms: a sentence's own words count fully, its neighbours' less.</summary>
    /// <param name="asOf">
    /// Only sentences of reports published by this day (and undated ones): early in a story most of the best matches
    /// are in reports not yet written, and filtering after the search would leave too few.
    /// </param>
    public IReadOnlyList<SearchHit> Search(IReadOnlyList<WeightedTerm> terms, int limit, DateOnly? asOf = null)
    {
        if (terms.Count == 0)
        {
            return [];
        }

        var filter = asOf is { } day && day.DayNumber < Volatile.Read(ref _newestDay) ? NumericRangeFilter.NewInt32Range(PublishedField, null, day.DayNumber, true, true) : null;
        var searcher = _searchers.Acquire();
        try
        {
            var states = StatesFor(searcher.IndexReader);
            var query = new BooleanQuery();
            for (var i = 0; i < terms.Count && i < BooleanQuery.MaxClauseCount / 2; i++)
            {
                var term = terms[i];
                query.Add(Query(states, TextField, term.Term, term.Weight), Occur.SHOULD);
                if (term.InNeighbours)
                {
                    query.Add(Query(states, ContextField, term.Term, term.Weight * ContextWeight), Occur.SHOULD);
                }
            }

            var top = searcher.Search(query, filter, limit);
            var hits = new List<SearchHit>(top.ScoreDocs.Length);
            var leaves = searcher.IndexReader.Leaves;
            foreach (var scored in top.ScoreDocs)
            {
                var leaf = leaves[ReaderUtil.SubIndex(scored.Doc, leaves)];
                var key = KeysOf((AtomicReader)leaf.Reader)[scored.Doc - leaf.DocBase];
                hits.Add(new SearchHit(_sourceIds[(int)(key >> 32)], (int)key, scored.Score));
            }

            return hits;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// How much each word tells apart (BM25's inverse document frequency over sentences; a word no sentence has
    /// weighs most, since a question that hinges on it cannot be answered here), whether any sentence has it, and
    /// the share of sentences that do.
    /// </summary>
    public IReadOnlyList<(double Rarity, bool Present, double Share)> Rarities(IReadOnlyList<string> terms)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            var states = StatesFor(reader);
            var rarities = new (double, bool, double)[terms.Count];
            for (var i = 0; i < terms.Count; i++)
            {
                var frequency = State(states, TextField, terms[i]).DocFreq;
                rarities[i] = (Math.Log(1 + ((reader.NumDocs - frequency + 0.5) / (frequency + 0.5))), frequency > 0, reader.NumDocs == 0 ? 0 : (double)frequency / reader.NumDocs);
            }

            return rarities;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private TermStates StatesFor(IndexReader reader)
    {
        var states = _termStates;
        if (states.Reader != reader || Volatile.Read(ref states.Added) > MaxCachedTermStates)
        {
            _termStates = states = new TermStates(reader);
        }

        return states;
    }

    private static long[] KeysOf(AtomicReader segment)
    {
        var core = segment.CoreCacheKey;
        if (KeysByCore.TryGetValue(core, out var keys))
        {
            return keys;
        }

        var values = segment.GetNumericDocValues(KeyField);
        keys = new long[segment.MaxDoc];
        for (var doc = 0; doc < keys.Length; doc++)
        {
            keys[doc] = values.Get(doc);
        }

        // Two threads may read the same segment at once; both arrays hold the same keys.
        KeysByCore.TryAdd(core, keys);
        return keys;
    }

    /// <summary>A term's query, its postings found through the cache rather than looked up in the term dictionary again.</summary>
    private static TermQuery Query(TermStates states, string field, string text, float boost) =>
        new(new Term(field, text), State(states, field, text)) { Boost = boost };

    private static TermContext State(TermStates states, string field, string text)
    {
        var cache = field == TextField ? states.Text : states.Context;
        if (cache.TryGetValue(text, out var state))
        {
            return state;
        }

        state = TermContext.Build(states.Reader!.Context, new Term(field, text));
        if (cache.TryAdd(text, state))
        {
            Interlocked.Increment(ref states.Added);
        }

        return state;
    }

    /// <summary>
    /// The floor /ask is measured against (tests/Bot.Benchmarks, `latency`): a plain Lucene.Net BM25 query of the
    /// text's words on the sentence field, top hits loaded, nothing else.
    /// </summary>
    internal int BareQuery(string text, int limit)
    {
        var query = new BooleanQuery();
        foreach (var term in Terms(text).Distinct())
        {
            query.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
        }

        var searcher = _searchers.Acquire();
        try
        {
            var top = searcher.Search(query, limit);
            foreach (var scored in top.ScoreDocs)
            {
                searcher.Doc(scored.Doc);
            }

            return top.ScoreDocs.Length;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// How many postings a search of these terms scores, in the sentence field and in the neighbours' (the benchmarks
    /// compare it with <see cref="BarePostings"/>: the work Lucene.Net does, whatever the machine's load).
    /// </summary>
    internal (long Sentences, long Neighbours) Postings(IReadOnlyList<WeightedTerm> terms)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            long own = 0, near = 0;
            foreach (var term in terms)
            {
                own += reader.DocFreq(new Term(TextField, term.Term));
                near += term.InNeighbours ? reader.DocFreq(new Term(ContextField, term.Term)) : 0;
            }

            return (own, near);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>How many postings <see cref="BareQuery"/> scores for the text.</summary>
    internal long BarePostings(string text) => Postings([.. Terms(text).Distinct().Select(t => new WeightedTerm(t, 1f, InNeighbours: false))]).Sentences;

    internal int Segments
    {
        get
        {
            var searcher = _searchers.Acquire();
            try
            {
                return searcher.IndexReader.Leaves.Count;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
    }

    /// <summary>The question's words as the index stores them (lower case, stemmed, no stop words).</summary>
    public IReadOnlyList<string> Terms(string text) => Analyse(text).Terms;

    /// <summary>The text's words as the index stores them, each with where it starts in the text.</summary>
    public IReadOnlyList<(string Term, int Start)> Tokens(string text) => Analyse(text).Tokens;

    private Analysed Analyse(string text)
    {
        var cache = _analysed;
        if (cache.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var tokens = new List<(string, int)>();
        using (var stream = _analyzer.GetTokenStream(TextField, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add((term.ToString(), offset.StartOffset));
            }

            stream.End();
        }

        if (cache.Count >= MaxCachedTexts)
        {
            _analysed = cache = new ConcurrentDictionary<string, Analysed>(StringComparer.Ordinal);
        }

        var terms = new string[tokens.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = tokens[i].Item1;
        }

        return cache[text] = new Analysed(terms, [.. tokens]);
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private static Document Make(string sourceId, long key, int day, string text, string context) =>
    [
        new StringField(SourceField, sourceId, Field.Store.YES),
        new NumericDocValuesField(KeyField, key),
        new Int32Field(PublishedField, day, Field.Store.NO),
        new Field(TextField, text, WordsAndCounts),
        new Field(ContextField, context, WordsAndCounts),
    ];

    /// <summary>
    /// A text field without word positions: BM25 scores a sentence by how often each word occurs and how long the field
    /// is, and every query here is a set of single words, so positions would only cost indexing time and memory (a
    /// phrase or proximity query would need them back).
    /// </summary>
    private static readonly FieldType WordsAndCounts = Frozen(new FieldType(Lucene.Net.Documents.TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static CharArraySet MakeStopWords()
    {
        var words = new CharArraySet(Version, EnglishAnalyzer.DefaultStopSet, ignoreCase: true);
        foreach (var word in "how what when where which who whom whose why many much does do did done can could should would will shall may might must tell me please about any there here know anything something happen happened happening going".Split(' '))
        {
            words.Add(word);
        }

        return words.AsReadOnly();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
