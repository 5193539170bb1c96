using BenchmarkDotNet.Running;

namespace Bot.Benchmarks;

public static class BenchmarkProgram
{
    /// <summary>
    /// `dotnet run -c Release --project tests/Bot.Benchmarks -- latency` prints the percentile report;
    /// `... -- --filter '*'` runs every BenchmarkDotNet benchmark;
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
        if (args.Length > 0 && args[0] == "profile-load")
        {
            LoadProfile.Run();
            return;
        }

        if (args.Length > 0 && args[0] == "profile-analysis")
        {
            AnalysisProfile.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "profile-story")
        {
            await StoryProfile.RunAsync();
            return;
        }

        if (args.Length > 0 && args[0] == "profile-addsource")
        {
            await AddSourceProfile.RunAsync();
            return;
        }

        if (args.Length > 0 && args[0] == "reminder-broadcast")
        {
            await ReminderBroadcastBenchmarks.RunAsync(args);
            return;
        }

        if (args.Length > 0 && args[0] == "profile-ask")
        {
            await AskProfile.RunAsync(args);
            return;
        }

        if (args.Length > 0 && args[0] == "cluster-broadcast")
        {
            await ClusterBenchmarks.BroadcastAsync(args);
            return;
        }

        if (args.Length > 0 && args[0] == "cluster-failover")
        {
            await ClusterBenchmarks.FailoverAsync(args);
            return;
        }

        if (args.Length > 0 && args[0] == "questions")
        {
            await QuestionReport.RunAsync(args);
            return;
        }

        if (args.Length > 0 && args[0] == "pictures")
        {
            PictureBenchmarks.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "latency")
        {
            await LatencyReport.RunAsync(args);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
