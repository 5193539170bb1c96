using System.Diagnostics;
using Bot.Benchmarks.Corpus;
using Bot.Core.Analysis;
using Bot.Core.Chat;
using Bot.Core.Ingest;
using Bot.Core.Knowledge;

namespace Bot.Benchmarks;

/// <summary>
/// Where one /addsource of a 20 KB article spends its time with 10,000 documents indexed, stage by stage, median of
/// several rounds: reading, analysis, the knowledge update as a whole and its heavier parts redone alone (topic merge
/// over every name, assembling the snapshot, the search index), and /status. `-- profile-addsource`
/// </summary>
public static class AddSourceProfile
{
    private const int Rounds = 9;

    public static async Task RunAsync()
    {
        using var knowledge = new KnowledgeBase();
        var corpus = NewsCorpus.Sources(10_000);
        knowledge.Load(corpus);
        var (host, dispatcher) = CommandServices.Over(knowledge);
        using var _ = host;
        var analyses = corpus.Select(DocumentAnalyzer.Analyze).ToList();
        var tallies = new Dictionary<string, NameTally>(StringComparer.Ordinal);
        foreach (var analysis in analyses)
        {
            KnowledgeBuilder.Tally(tallies, analysis, +1);
        }

        var (topics, slugByName) = TopicMerger.Merge(tallies);
        var views = analyses.ToDictionary(a => a.Source.Id, a => KnowledgeBuilder.View(a, slugByName), StringComparer.Ordinal);
        using var index = new Bot.Core.Search.SentenceSearchIndex();
        foreach (var analysis in analyses)
        {
            index.Add(analysis);
        }

        index.Refresh();
        var times = new Dictionary<string, List<double>>();
        void Time(string stage, Action action)
        {
            var watch = Stopwatch.StartNew();
            action();
            (times.TryGetValue(stage, out var list) ? list : times[stage] = []).Add(watch.Elapsed.TotalMilliseconds);
        }

        for (var round = 0; round < Rounds; round++)
        {
            var content = AddSourceBenchmarks.ArticleFor(5000 + round);
            Source source = null!;
            DocumentAnalysis analysis = null!;
            Time("read 20 KB (front matter, normalise)", () => source = SourceReader.Read(content, "a.md", "a.md"));
            Time("analyse (sentences, names, dates)", () => analysis = DocumentAnalyzer.Analyze(source));
            Time("knowledge.Add (analysis again + index + merge + views + snapshot)", () => knowledge.Add(source));
            Time("  topic merge over all names, alone", () => TopicMerger.Merge(tallies));
            Time("  assemble a snapshot from scratch (what an add would cost without patching), alone", () => KnowledgeBuilder.Assemble(KnowledgeSnapshot.Empty, views, [.. views.Keys], topics));
            Time("  search index: add one and refresh, alone", () =>
            {
                index.Add(analysis);
                index.Refresh();
            });
            var message = CommandServices.Message($"/status {AddSourceBenchmarks.PlaceFor(5000 + round)}");
            Time("/status of the new topic", () => dispatcher.HandleAsync(message, LocalOperatorIsModerator.Instance, CancellationToken.None).GetAwaiter().GetResult());
        }

        foreach (var (stage, list) in times)
        {
            list.Sort();
            Console.WriteLine($"{stage}: median {list[list.Count / 2]:0.0} ms (min {list[0]:0.0}, max {list[^1]:0.0})");
        }

        await Task.CompletedTask;
    }
}
