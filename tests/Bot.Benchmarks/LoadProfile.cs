using System.Diagnostics;
using Bot.Benchmarks.Corpus;
using Bot.Core.Analysis;
using Bot.Core.Knowledge;
using Bot.Core.Search;

namespace Bot.Benchmarks;

/// <summary>Where loading a story spends its time: analysis, search indexing, the snapshot. `-- profile-load`</summary>
public static class LoadProfile
{
    public static void Run()
    {
        var sources = NewsCorpus.Sources(10_000);
        var watch = Stopwatch.StartNew();
        var analyses = sources.Select(DocumentAnalyzer.Analyze).ToList();
        Console.WriteLine($"analyse (1 thread): {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        foreach (var s in sources.Take(2000)) { DocumentAnalyzer.Analyze(s); }
        Console.WriteLine($"  analyse x2000 (warm): {watch.ElapsedMilliseconds} ms");
        var statements = analyses.Take(2000).SelectMany(a => a.Statements.Select(x => a.Sentences[x.SentenceIndex].Text)).ToList();
        watch.Restart();
        foreach (var text in statements) { ClauseFinder.Around(text, 5, 4); }
        Console.WriteLine($"  clauses x2000 docs ({statements.Count}): {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        foreach (var a in analyses.Take(2000)) { foreach (var x in a.Sentences) { PhaseExtractor.Read(x, []); } }
        Console.WriteLine($"  phases x2000 docs: {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        foreach (var s in sources.Take(2000)) { Bot.Core.Analysis.SentenceSplitter.Split(s.Text); }
        Console.WriteLine($"  split x2000: {watch.ElapsedMilliseconds} ms");
        var sentences = analyses.Take(2000).SelectMany(a => a.Sentences.Select(x => (a.Source, x))).ToList();
        watch.Restart();
        foreach (var (s, x) in sentences) { Bot.Core.Analysis.Time.TemporalTagger.Tag(x.Text, s.Published); }
        Console.WriteLine($"  tag x2000 docs: {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        foreach (var a in analyses.Take(2000)) { TopicExtractor.Extract(a.Sentences); }
        Console.WriteLine($"  topics x2000 docs: {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        using (var index = new SentenceSearchIndex())
        {
            foreach (var a in analyses) { index.Add(a); }
            index.Refresh();
            Console.WriteLine($"index: {watch.ElapsedMilliseconds} ms");
        }

        watch.Restart();
        var snapshot = KnowledgeBuilder.Build(analyses);
        Console.WriteLine($"snapshot: {watch.ElapsedMilliseconds} ms ({snapshot.Topics.Count} topics)");
        watch.Restart();
        var tallies = new Dictionary<string, NameTally>(StringComparer.Ordinal);
        foreach (var a in analyses) { KnowledgeBuilder.Tally(tallies, a, +1); }
        TopicMerger.Merge(tallies);
        Console.WriteLine($"  merge topics: {watch.ElapsedMilliseconds} ms");
    }
}
