using System.Collections.Concurrent;
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
    /// How many sentences have each word, for the searcher that counted them: a question's words and the words news
    /// uses for them are looked up again and again, and the counts change only when the index does.
    /// </summary>
    private sealed record FrequencyCache(IndexReader? Reader, ConcurrentDictionary<string, int> Counts);

    private const int MaxCachedFrequencies = 100_000;

    /// <summary>
    /// The analysed words of the texts analysed lately: a question's passages are read by retrieval and by its answerer,
    /// and the best sentences of a story come up for question after question. Emptied when full, so its size stays bounded.
    /// </summary>
    private volatile ConcurrentDictionary<string, (string Term, int Start)[]> _tokens = new(StringComparer.Ordinal);

    private const int MaxCachedTexts = 20_000;

    private volatile FrequencyCache _frequencies = new(null, new ConcurrentDictionary<string, int>(StringComparer.Ordinal));

    /// <summary>
    /// Each source's number, so that a hit's sentence is read from a doc value (the source's number and the sentence's
    /// index in one long) rather than by loading and decompressing the stored document: a question loads 30 hits.
    /// </summary>
    private readonly ConcurrentDictionary<string, int> _sourceNumbers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, string> _sourceIds = new();

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
        var query = new BooleanQuery();
        foreach (var term in terms.Take(BooleanQuery.MaxClauseCount / 2))
        {
            query.Add(new TermQuery(new Term(TextField, term.Term)) { Boost = term.Weight }, Occur.SHOULD);
            if (term.InNeighbours)
            {
                query.Add(new TermQuery(new Term(ContextField, term.Term)) { Boost = term.Weight * ContextWeight }, Occur.SHOULD);
            }
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var filter = asOf is { } day && day.DayNumber < Volatile.Read(ref _newestDay) ? NumericRangeFilter.NewInt32Range(PublishedField, null, day.DayNumber, true, true) : null;
        var searcher = _searchers.Acquire();
        try
        {
            var top = searcher.Search(query, filter, limit);
            var hits = new List<SearchHit>(top.ScoreDocs.Length);
            var leaves = searcher.IndexReader.Leaves;
            foreach (var scored in top.ScoreDocs)
            {
                var leaf = leaves[ReaderUtil.SubIndex(scored.Doc, leaves)];
                var key = ((AtomicReader)leaf.Reader).GetNumericDocValues(KeyField).Get(scored.Doc - leaf.DocBase);
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
            var frequencies = _frequencies;
            if (frequencies.Reader != reader || frequencies.Counts.Count > MaxCachedFrequencies)
            {
                _frequencies = frequencies = new FrequencyCache(reader, new ConcurrentDictionary<string, int>(StringComparer.Ordinal));
            }

            var rarities = new (double, bool, double)[terms.Count];
            for (var i = 0; i < terms.Count; i++)
            {
                var frequency = frequencies.Counts.GetOrAdd(terms[i], static (term, r) => r.DocFreq(new Term(TextField, term)), reader);
                rarities[i] = (Math.Log(1 + ((reader.NumDocs - frequency + 0.5) / (frequency + 0.5))), frequency > 0, reader.NumDocs == 0 ? 0 : (double)frequency / reader.NumDocs);
            }

            return rarities;
        }
        finally
        {
            _searchers.Release(searcher);
        }
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
    public IReadOnlyList<string> Terms(string text)
    {
        var tokens = Tokens(text);
        var terms = new string[tokens.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = tokens[i].Term;
        }

        return terms;
    }

    /// <summary>The text's words as the index stores them, each with where it starts in the text.</summary>
    public IReadOnlyList<(string Term, int Start)> Tokens(string text)
    {
        var cache = _tokens;
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
            _tokens = cache = new ConcurrentDictionary<string, (string Term, int Start)[]>(StringComparer.Ordinal);
        }

        return cache[text] = [.. tokens];
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
