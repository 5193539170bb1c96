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
            var ask = await Measure("/ask <question>", requests, i => $"When will troops leave {places[i % places.Count]}?", dispatcher);
            var bare = Measure("bare Lucene.Net BM25 query (same index, same questions)", requests, i => knowledge.Search.BareQuery($"When will troops leave {places[i % places.Count]}?", 10));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"/ask over the bare query: p50 {ask.P50 / bare.P50:0.00}x, p99 {ask.P99 / bare.P99:0.00}x"));
            if (args.Contains("--hybrid"))
            {
                await MeasureHybridAsync(knowledge, places, requests / 10, bare);
            }

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

    private readonly record struct Percentiles(double P50, double P99);

    private static async Task<Percentiles> Measure(string label, int count, Func<int, string> text, CommandDispatcher dispatcher)
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

        return Report(label, samples);
    }

    private static Percentiles Measure(string label, int count, Func<int, int> run)
    {
        for (var i = 0; i < 500; i++)
        {
            run(i);
        }

        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            run(i * 7919);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return Report(label, samples);
    }

    private static Percentiles Report(string label, double[] samples)
    {
        Array.Sort(samples);
        var count = samples.Length;
        var result = new Percentiles(samples[count / 2], samples[(int)(count * 0.99)]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: p50 {result.P50:0.000} ms, p99 {result.P99:0.000} ms, max {samples[^1]:0.000} ms over {count:N0} requests"));
        return result;
    }

    /// <summary>
    /// The hybrid path's latency at this size: the real MiniLM encoder for each question, and random unit vectors
    /// standing in for the sentences' stored embeddings (encoding 135,000 sentences takes over an hour on two cores;
    /// the search over them costs the same whatever they hold).
    /// </summary>
    private static async Task MeasureHybridAsync(KnowledgeBase knowledge, IReadOnlyList<string> places, int count, Percentiles bare)
    {
        var random = new Random(7);
        var vectors = Semantic.MiniLmEmbeddings.Sentences(knowledge).Select(_ =>
        {
            var v = new float[384];
            for (var d = 0; d < v.Length; d++)
            {
                v[d] = (float)(random.NextDouble() - 0.5);
            }

            var norm = MathF.Sqrt(v.Sum(x => x * x));
            return v.Select(x => x / norm).ToArray();
        }).ToArray();
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        using var encoder = new Semantic.MiniLmEncoder();
        var embeddings = new Semantic.MiniLmEmbeddings(encoder, knowledge, vectors);
        var questions = Core.Questions.QuestionAnswering.Over(knowledge, new Core.Commands.Catalog.StoryClock(TimeProvider.System), embeddings);
        var hybrid = Measure("/ask, hybrid (MiniLM question encoding + 384-d search over every sentence, fused)", count,
            i => questions.Answer($"When will troops leave {places[i % places.Count]}?").Items.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"hybrid over the bare query: p50 {hybrid.P50 / bare.P50:0.00}x, p99 {hybrid.P99 / bare.P99:0.00}x; stored vectors {vectors.Length * 384 * 4 / 1048576.0:N0} MB, model and session +{(GC.GetTotalMemory(false) - memoryBefore) / 1048576.0:N0} MB managed, working set {Process.GetCurrentProcess().WorkingSet64 / 1048576.0:N0} MB"));
        await Task.CompletedTask;
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
            // Alternately a command and a free question: both must answer within the cold-start budget.
            var message = i % 2 == 0 ? "/status ain-al-asad" : "when do US troops leave iraq?";
            var start = new ProcessStartInfo("dotnet") { ArgumentList = { dll, "ask", message }, WorkingDirectory = root, RedirectStandardOutput = true };
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
        Console.WriteLine($"Cold start to first answer (`Bot ask \"/status ain-al-asad\"` and `Bot ask \"when do US troops leave iraq?\"` on seeds/, process start to exit): median {times[times.Count / 2]:N0} ms, max {times[^1]:N0} ms over {times.Count} runs");
    }
}
