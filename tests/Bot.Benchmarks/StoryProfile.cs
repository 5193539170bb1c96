using System.Diagnostics;
using Bot.Benchmarks.Corpus;
using Bot.Core.Chat;
using Bot.Core.Knowledge;

namespace Bot.Benchmarks;

/// <summary>
/// Where the story model spends its time at 10,000 documents: the item and plan folds, the snapshot, one added and
/// one removed source, and /status and /phases per request. Process CPU time beside wall time, so that runs on a
/// loaded machine can still be compared. `-- profile-story`
/// </summary>
public static class StoryProfile
{
    private const int Requests = 500;

    public static async Task RunAsync()
    {
        using var knowledge = NewsCorpus.Knowledge(10_000);
        var snapshot = knowledge.Current;
        var views = snapshot.Views.Values.ToList();
        Console.WriteLine($"{snapshot.Items.Count:N0} items (most states {snapshot.Items.Max(i => i.States.Count):N0}), {snapshot.Plans.Count:N0} plans (most notes {snapshot.Plans.Max(p => p.Notes.Count):N0}), items per topic up to {snapshot.ItemsByTopic.Values.Max(l => l.Count):N0}");

        for (var round = 0; round < 3; round++)
        {
            Time("story items, whole fold", () => StoryItemBuilder.Build(views));
            Time("phase plans, whole fold", () => PhasePlanBuilder.Build(views));
            Time("snapshot from scratch", () => KnowledgeBuilder.Assemble(KnowledgeSnapshot.Empty, snapshot.Views, [.. snapshot.Views.Keys], snapshot.Topics));
        }

        var (host, dispatcher) = CommandServices.Over(knowledge);
        using (host)
        {
            var places = NewsCorpus.NamesFor().Places;
            foreach (var command in new[] { "/status", "/phases", "/next", "/timeline" })
            {
                await RequestsAsync(command, places, dispatcher);
            }

            for (var round = 0; round < 3; round++)
            {
                var added = SourceReaderFor(round);
                Time("add the newest source", () => knowledge.Add(added));
                Time("remove it again", () => knowledge.Remove(added.Id));
            }

            var oldest = knowledge.Current.Sources[^1];
            Time("remove the oldest source", () => knowledge.Remove(oldest.Id));
            Time("add it back", () => knowledge.Add(oldest));
        }
    }

    private static Bot.Core.Ingest.Source SourceReaderFor(int round) =>
        Bot.Core.Ingest.SourceReader.Read(AddSourceBenchmarks.ArticleFor(9000 + round), $"profile-{round}.md", "profile");

    private static async Task RequestsAsync(string command, IReadOnlyList<string> places, Bot.Core.Commands.CommandDispatcher dispatcher)
    {
        for (var i = 0; i < 200; i++)
        {
            await dispatcher.HandleAsync(CommandServices.Message($"{command} {places[i % places.Count]}"), LocalOperatorIsModerator.Instance, CancellationToken.None);
        }

        var samples = new double[Requests];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < Requests; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await dispatcher.HandleAsync(CommandServices.Message($"{command} {places[i * 7919 % places.Count]}"), LocalOperatorIsModerator.Instance, CancellationToken.None);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        Array.Sort(samples);
        Console.WriteLine($"{command} <place>: CPU {cpuMs / Requests:0.000} ms per request; wall p50 {samples[Requests / 2]:0.000} ms, p99 {samples[Requests * 99 / 100]:0.000} ms, total {wall.ElapsedMilliseconds} ms");
    }

    private static void Time(string stage, Action action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        Console.WriteLine($"{stage}: CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:N0} ms, wall {watch.ElapsedMilliseconds:N0} ms");
    }
}
