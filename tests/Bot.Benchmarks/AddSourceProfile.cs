using System.Diagnostics;
using Bot.Benchmarks.Corpus;
using Bot.Core.Analysis;
using Bot.Core.Chat;
using Bot.Core.Commands;
using Bot.Core.Ingest;
using Bot.Core.Knowledge;

namespace Bot.Benchmarks;

/// <summary>
/// Where one /addsource of a 20 KB article spends its time with 10,000 documents indexed, stage by stage, median of
/// several rounds: reading, analysis, the knowledge update as a whole and its heavier parts redone alone (topic merge
/// over every name, assembling the snapshot, the search index), and /status; then the article `latency` adds, in CPU
/// time beside wall time. `-- profile-addsource`
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
        var times = new Dictionary<string, List<(double Wall, double Cpu)>>();
        (double Wall, double Cpu) Time(string stage, Action action)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            var took = (watch.Elapsed.TotalMilliseconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            (times.TryGetValue(stage, out var list) ? list : times[stage] = []).Add(took);
            return took;
        }

        for (var round = 0; round < Rounds; round++)
        {
            var content = AddSourceBenchmarks.ArticleFor(5000 + round);
            Source source = null!;
            DocumentAnalysis analysis = null!;
            Time("read 20 KB (front matter, normalise)", () => source = SourceReader.Read(content, "a.md", "a.md"));
            Time("analyse (sentences, names, dates)", () => analysis = DocumentAnalyzer.Analyze(source));
            var before = knowledge.Current;
            var add = Time("knowledge.Add (analysis again + index + merge + views + snapshot)", () => knowledge.Add(source));
            Console.WriteLine($"round {round}: knowledge.Add CPU {add.Cpu:0} ms, wall {add.Wall:0} ms; {ReRead(before.Views, knowledge.Current.Views)}; {Renamed(before, knowledge.Current)}");
            var now = knowledge.Current;
            Time("  the snapshot's own indexes (items and plans by event, source and topic; sources in order), alone", () =>
                GC.KeepAlive(new KnowledgeSnapshot(now.Views, now.Topics, now.SentencesByTopic, now.SourcesByLeadTopic, now.Events, now.EventsByTopic, now.Items, now.Plans)));
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

        LatencyArticle(knowledge, dispatcher);
        foreach (var (stage, list) in times)
        {
            var wall = list.Select(t => t.Wall).Order().ToList();
            var cpu = list.Select(t => t.Cpu).Order().ToList();
            Console.WriteLine($"{stage}: median {wall[wall.Count / 2]:0.0} ms (min {wall[0]:0.0}, max {wall[^1]:0.0}); CPU median {cpu[cpu.Count / 2]:0.0} ms (max {cpu[^1]:0.0})");
        }

        await Task.CompletedTask;
    }

    /// <summary>
    /// The article `latency` adds (60 reports' text, 20 KB, dated months before the newest report, so the story folds
    /// rewind), added again and again, each then answering /status: wall time, the adding thread's CPU and the process's
    /// (the search index's thread and the collector's), which a loaded machine inflates less than wall time.
    /// </summary>
    private static void LatencyArticle(KnowledgeBase knowledge, CommandDispatcher dispatcher)
    {
        var article = NewsCorpus.Documents(60, seed: 7).Select(d => d.Content).Aggregate((a, b) => a + "\n" + b.Split("---\n", 3)[^1]);
        article = article[..Math.Min(article.Length, 20_480)];
        var place = NewsCorpus.NamesFor().Places[0];
        var runs = new List<(double Wall, double Thread, double Process)>();
        for (var i = 0; i < Rounds; i++)
        {
            var source = SourceReader.Read(article + $"\nUpdate {i}.", $"added-{i}.md", "chat");
            var process = Process.GetCurrentProcess().TotalProcessorTime;
            var thread = ThreadCpu.Milliseconds();
            var watch = Stopwatch.StartNew();
            knowledge.Add(source);
            dispatcher.HandleAsync(CommandServices.Message($"/status {place}"), LocalOperatorIsModerator.Instance, CancellationToken.None).GetAwaiter().GetResult();
            runs.Add((watch.Elapsed.TotalMilliseconds, ThreadCpu.Milliseconds() - thread, (Process.GetCurrentProcess().TotalProcessorTime - process).TotalMilliseconds));
        }

        static double Median(IEnumerable<double> values) => values.Order().ElementAt(Rounds / 2);
        Console.WriteLine($"latency's article, added {Rounds} times, then /status: median wall {Median(runs.Select(r => r.Wall)):0} ms, thread CPU {Median(runs.Select(r => r.Thread)):0} ms, process CPU {Median(runs.Select(r => r.Process)):0} ms (max wall {runs.Max(r => r.Wall):0} ms)");
    }

    /// <summary>Whether the topics the add changed were only renamed (the folds rename them in place) or names moved between topics (they re-read).</summary>
    private static string Renamed(KnowledgeSnapshot before, KnowledgeSnapshot after)
    {
        static Dictionary<string, string> SlugByName(KnowledgeSnapshot snapshot) =>
            snapshot.Topics.SelectMany(t => t.Aliases.Append(t.Name).Select(name => (name, t.Slug))).DistinctBy(p => p.name).ToDictionary(p => p.name, p => p.Slug, StringComparer.Ordinal);
        return TopicRelabel.Between(SlugByName(before), SlugByName(after)) is { } relabel
            ? $"topics renamed: {string.Join(", ", relabel.NewSlugs.Select(p => $"{p.Key} -> {p.Value}"))}"
            : "names moved between topics (no renaming)";
    }

    /// <summary>
    /// Which older reports the add made the knowledge read again (their names changed topic), and how far back the
    /// oldest one whose dated sentences changed topic sits in the folds' order: what the item fold must fold again.
    /// </summary>
    private static string ReRead(IReadOnlyDictionary<string, SourceView> before, IReadOnlyDictionary<string, SourceView> after)
    {
        static string Topics(SourceView v) => string.Join("|", v.Steps.Select(s => string.Join(",", s.Event?.TopicSlugs ?? s.Update!.Topics)));
        var reRead = after.Where(p => before.TryGetValue(p.Key, out var old) && !ReferenceEquals(old, p.Value)).ToList();
        var moved = reRead.Where(p => Topics(before[p.Key]) != Topics(p.Value)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        if (moved.Count == 0)
        {
            return $"re-read {reRead.Count} reports, none whose dated sentences changed topic";
        }

        var order = FoldOrder.Of(after.Values, v => v.Steps.Count > 0).ToList();
        return $"re-read {reRead.Count} reports, {moved.Count} whose dated sentences changed topic, the oldest {order.Count - order.FindIndex(v => moved.Contains(v.SourceId))} from the newest of {order.Count}";
    }
}
