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

/// <summary>A search result: a sentence, or a paragraph (<see cref="Index"/> is then the paragraph number).</summary>
public sealed record SearchHit(string SourceId, bool IsParagraph, int Index, float Score);

/// <summary>
/// Full-text search over every sentence and paragraph of the sources: Lucene.Net in memory, English analysis
/// (stop words, Porter stemming), BM25 ranking. Sources are added and removed one at a time; searches see a
/// change after <see cref="Refresh"/>. Safe to search from many threads while one thread writes.
/// </summary>
public sealed class SentenceSearchIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string SourceField = "source", KindField = "kind", IndexField = "index", TextField = "text";

    /// <summary>
    /// English stop words plus the words every question carries ("how", "many", "tell me"): left in, they match
    /// any question heading in the text better than the sentence that actually answers.
    /// </summary>
    private static readonly CharArraySet StopWords = MakeStopWords();

    private readonly Analyzer _analyzer = new EnglishAnalyzer(Version, StopWords);
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

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
        var documents = new List<Document>(analysis.Sentences.Count * 2);
        foreach (var sentence in analysis.Sentences)
        {
            documents.Add(Make(sourceId, "s", sentence.Index, sentence.Text));
        }

        foreach (var paragraph in analysis.Sentences.GroupBy(s => s.Paragraph).Where(p => p.Count() > 1))
        {
            documents.Add(Make(sourceId, "p", paragraph.Key, string.Join(' ', paragraph.Select(s => s.Text))));
        }

        _writer.AddDocuments(documents);
    }

    public void Remove(string sourceId) => _writer.DeleteDocuments(new Term(SourceField, sourceId));

    /// <summary>Makes every add and remove so far visible to searches.</summary>
    public void Refresh() => _searchers.MaybeRefreshBlocking();

    public IReadOnlyList<SearchHit> Search(string text, int limit)
    {
        var query = new BooleanQuery();
        foreach (var term in Terms(text).Distinct().Take(BooleanQuery.MaxClauseCount))
        {
            query.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var searcher = _searchers.Acquire();
        try
        {
            var top = searcher.Search(query, limit);
            var hits = new List<SearchHit>(top.ScoreDocs.Length);
            foreach (var scored in top.ScoreDocs)
            {
                var document = searcher.Doc(scored.Doc);
                hits.Add(new SearchHit(
                    document.Get(SourceField),
                    document.Get(KindField) == "p",
                    document.GetField(IndexField).GetInt32Value() ?? 0,
                    scored.Score));
            }

            return hits;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>The question's words as the index stores them (lower case, stemmed, no stop words).</summary>
    public IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(TextField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private static Document Make(string sourceId, string kind, int index, string text) =>
    [
        new StringField(SourceField, sourceId, Field.Store.YES),
        new StringField(KindField, kind, Field.Store.YES),
        new StoredField(IndexField, index),
        new TextField(TextField, text, Field.Store.NO),
    ];

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
