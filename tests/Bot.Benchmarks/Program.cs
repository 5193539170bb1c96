using BenchmarkDotNet.Running;

namespace Bot.Benchmarks;

public static class BenchmarkProgram
{
    /// <summary>
    /// `dotnet run -c Release --project tests/Bot.Benchmarks -- latency` prints the percentile report;
    /// `... -- profile-analysis` gives analysis CPU and allocations per document by stage, with a fingerprint of its results;
    /// `... -- profile-addsource` breaks one /addsource down by stage, `... -- profile-story` the story model's folds,
    /// snapshot, changes and queries, `... -- profile-ask` one free question (CPU time beside wall time). See README, Performance.
    /// `... -- questions [--misses]` prints the question evaluation's accuracy@1 and @3 (issue 13), per kind and story;
    /// `... -- pictures [renders]` prints the render time percentiles of a 200-event, 6-phase chart;
    /// `... -- reminder-broadcast [--chats N]` times one reminder to N (10,000) Telegram chats at 30 messages/s;
    /// `... -- cluster-broadcast [--chats N]` the same from two instances on PostgreSQL; `... -- cluster-failover [--rounds N]`
    /// times the Telegram poller's failover after a SIGKILL;
    /// `... -- --filter '*'` runs every BenchmarkDotNet benchmark. See README, Performance.
    /// </summary>
    public static async Task Main(string[] args)
    {
        if (args.Length > 0 && Reports.TryGetValue(args[0], out var report))
        {
            await report(args);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }

    /// <summary>The reports and profiles run by their first argument; anything else goes to BenchmarkDotNet.</summary>
    private static readonly Dictionary<string, Func<string[], Task>> Reports = new(StringComparer.Ordinal)
    {
        ["profile-load"] = _ =>
        {
            LoadProfile.Run();
            return Task.CompletedTask;
        },
        ["profile-analysis"] = args =>
        {
            AnalysisProfile.Run(args);
            return Task.CompletedTask;
        },
        ["profile-ingest"] = args =>
        {
            IngestProfile.Run(args);
            return Task.CompletedTask;
        },
        ["profile-story"] = _ => StoryProfile.RunAsync(),
        ["profile-addsource"] = _ => AddSourceProfile.RunAsync(),
        ["reminder-broadcast"] = ReminderBroadcastBenchmarks.RunAsync,
        ["profile-ask"] = AskProfile.RunAsync,
        ["cluster-broadcast"] = ClusterBenchmarks.BroadcastAsync,
        ["cluster-failover"] = ClusterBenchmarks.FailoverAsync,
        ["questions"] = QuestionReport.RunAsync,
        ["pictures"] = args =>
        {
            PictureBenchmarks.Run(args);
            return Task.CompletedTask;
        },
        ["latency"] = LatencyReport.RunAsync,
    };
}
