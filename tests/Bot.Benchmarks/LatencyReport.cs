using System.Diagnostics;
using System.Globalization;
using Bot.Benchmarks.Corpus;
using Bot.Core.Chat;
using Bot.Core.Commands;
using Bot.Core.Ingest;
using Bot.Core.Knowledge;

namespace Bot.Benchmarks;

/// <summary>
/// Per-request latency percentiles, which BenchmarkDotNet's per-iteration means do not give: p50 and p99 of
/// /status and /ask at 10,000 documents, ingest throughput, memory, the cost of adding one 20 KB article to a
/// loaded story, and cold start to first answer of the real program on seeds/.
/// `dotnet run -c Release --project tests/Bot.Benchmarks -- latency`
/// </summary>
public static class LatencyReport
{
    public static async Task RunAsync(string[] args)
    {
        var documents = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 10_000;
        var requests = 5_000;
        Console.WriteLine($"Environment: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {documents:N0} documents");

        var raw = NewsCorpus.Documents(documents);
        var watch = Stopwatch.StartNew();
        var sources = raw.Select(d => SourceReader.Read(d.Content, d.FileName, d.FileName)).ToList();
        var readSeconds = watch.Elapsed.TotalSeconds;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        using var knowledge = new KnowledgeBase();
        watch.Restart();
        knowledge.Load(sources);
        var loadSeconds = watch.Elapsed.TotalSeconds;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var snapshot = knowledge.Current;
        Console.WriteLine($"Ingest: read {documents / readSeconds:N0} docs/s; analyse+index+snapshot {documents / loadSeconds:N0} docs/s; total {documents / (readSeconds + loadSeconds):N0} docs/s");
        Console.WriteLine($"Knowledge: {snapshot.Sources.Count:N0} sources, {snapshot.SentenceCount:N0} sentences, {snapshot.Topics.Count:N0} topics, {snapshot.Events.Count:N0} events; managed heap +{(after - before) / 1048576.0:N0} MB, working set {Process.GetCurrentProcess().WorkingSet64 / 1048576.0:N0} MB");

        var (host, dispatcher) = CommandServices.Over(knowledge);
        using (host)
        {
            var places = NewsCorpus.NamesFor().Places;
            await Measure("/status <place>", requests, i => "/status " + places[i % places.Count], dispatcher);
            await Measure("/phases <place>", requests, i => "/phases " + places[i % places.Count], dispatcher);
            await Measure("/ask <question>", requests, i => $"When will troops leave {places[i % places.Count]}?", dispatcher);
            await Measure("/timeline <place>", requests / 5, i => "/timeline " + places[i % places.Count], dispatcher);

            var article = NewsCorpus.Documents(60, seed: 7).Select(d => d.Content).Aggregate((a, b) => a + "\n" + b.Split("---\n", 3)[^1]);
            article = article[..Math.Min(article.Length, 20_480)];
            var addTimes = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                var source = SourceReader.Read(article + $"\nUpdate {i}.", $"added-{i}.md", "chat");
                watch.Restart();
                knowledge.Add(source);
                var answer = await dispatcher.HandleAsync(CommandServices.Message("/status " + places[0]), LocalOperatorIsModerator.Instance, CancellationToken.None);
                addTimes.Add(watch.Elapsed.TotalMilliseconds);
                GC.KeepAlive(answer);
            }

            addTimes.Sort();
            Console.WriteLine($"Add a {article.Length / 1024} KB article to {documents:N0} documents, then /status: median {addTimes[addTimes.Count / 2]:N0} ms, max {addTimes[^1]:N0} ms");
        }

        await ColdStartAsync();
    }

    private static async Task Measure(string label, int count, Func<int, string> text, CommandDispatcher dispatcher)
    {
        for (var i = 0; i < 500; i++)
        {
            await dispatcher.HandleAsync(CommandServices.Message(text(i)), LocalOperatorIsModerator.Instance, CancellationToken.None);
        }

        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await dispatcher.HandleAsync(CommandServices.Message(text(i * 7919)), LocalOperatorIsModerator.Instance, CancellationToken.None);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(samples);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: p50 {samples[count / 2]:0.000} ms, p99 {samples[(int)(count * 0.99)]:0.000} ms, max {samples[^1]:0.000} ms over {count:N0} requests"));
    }

    /// <summary>The real program, as a user runs it: process start to the first answer printed, on seeds/.</summary>
    private static async Task ColdStartAsync()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Bot.dll");
        var root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "Bot.sln")))
        {
            root = Path.GetDirectoryName(root);
        }

        if (root is null || !File.Exists(dll))
        {
            Console.WriteLine("Cold start: skipped (run from the repository)");
            return;
        }

        var times = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            var start = new ProcessStartInfo("dotnet") { ArgumentList = { dll, "ask", "/status ain-al-asad" }, WorkingDirectory = root, RedirectStandardOutput = true };
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (process.ExitCode != 0 || output.Length == 0)
            {
                Console.WriteLine($"Cold start: the program failed (exit {process.ExitCode})");
                return;
            }
        }

        times.Sort();
        Console.WriteLine($"Cold start to first answer (`Bot ask \"/status ain-al-asad\"` on seeds/, process start to exit): median {times[times.Count / 2]:N0} ms, max {times[^1]:N0} ms over {times.Count} runs");
    }
}
