using BenchmarkDotNet.Attributes;
using Bot.Benchmarks.Corpus;
using Bot.Core.Analysis;
using Bot.Core.Ingest;
using Bot.Core.Knowledge;

namespace Bot.Benchmarks;

/// <summary>Ingest and analysis throughput: raw document text to analysed source (per document).</summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private IReadOnlyList<(string FileName, string Content)> _documents = [];

    [Params(1000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup() => _documents = NewsCorpus.Documents(Documents);

    /// <summary>Read (front matter, normalise) and analyse (sentences, names, dates, phases) every document, one thread.</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public int ReadAndAnalyse()
    {
        var sentences = 0;
        foreach (var (fileName, content) in _documents)
        {
            sentences += DocumentAnalyzer.Analyze(SourceReader.Read(content, fileName, fileName)).Sentences.Count;
        }

        return sentences;
    }
}

/// <summary>Loading a whole story into the knowledge: analysis in parallel, search index, one snapshot.</summary>
[MemoryDiagnoser]
public class KnowledgeLoadBenchmarks
{
    private IReadOnlyList<Source> _sources = [];

    [Params(10_000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup() => _sources = NewsCorpus.Sources(Documents);

    [Benchmark]
    public int Load()
    {
        using var knowledge = new KnowledgeBase();
        knowledge.Load(_sources);
        return knowledge.Current.Topics.Count;
    }
}
