using System.Diagnostics;
using System.Globalization;
using Bot.Benchmarks.Corpus;
using Bot.Core.Chat;
using Bot.Core.Commands.Catalog;
using Bot.Core.Questions;

namespace Bot.Benchmarks;

/// <summary>
/// Where a free question spends its time at 10,000 documents, stage by stage, each stage including the ones before:
/// the bare Lucene.Net query, the classifier, passage retrieval, the typed answer, and the whole /ask through the
/// dispatcher (rendering included); per stage p50, p99, CPU time and bytes allocated per question.
/// `dotnet run -c Release --project tests/Bot.Benchmarks -- profile-ask [documents] [--question "When will troops leave {0}?"] [--requests N]`
/// (one question shape instead of five, {0} a place: the `latency` report's question profiles as the latency report asks it).
/// </summary>
public static class AskProfile
{
    private const int DefaultRequests = 2_000;

    public static async Task RunAsync(string[] args)
    {
        var documents = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 10_000;
        var only = Array.IndexOf(args, "--question") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        var requests = Array.IndexOf(args, "--requests") is var count and >= 0 && count + 1 < args.Length && int.TryParse(args[count + 1], out var given) ? given : DefaultRequests;
        Figures Stage(string label, Func<int, int> run) => Measure(label, run, requests);

        using var knowledge = NewsCorpus.Knowledge(documents);
        var places = NewsCorpus.NamesFor().Places;
        string[] shapes = ["When will troops leave {0}?", "How many soldiers are in {0}?", "Who commands the base in {0}?", "Why are troops leaving {0}?", "where did the talks on {0} take place"];
        if (only is not null)
        {
            shapes = [only];
        }

        string Question(int i) => string.Format(CultureInfo.InvariantCulture, shapes[i % shapes.Length], places[i / shapes.Length % places.Count]);

        var clock = new StoryClock(TimeProvider.System);
        var questions = QuestionAnswering.Over(knowledge, clock);
        var retriever = new PassageRetriever(knowledge, new QuestionVocabulary(knowledge.Search));
        var (host, dispatcher) = CommandServices.Over(knowledge);
        using (host)
        {
            Console.WriteLine($"{documents:N0} documents, {knowledge.Current.SentenceCount:N0} sentences in {knowledge.Search.Segments} index segments; {requests:N0} questions of {shapes.Length} kinds per stage");
            var bare = Stage("bare Lucene.Net BM25 query", i => knowledge.Search.BareQuery(Question(i), 10));
            Stage("classify", i => (int)QuestionClassifier.Classify(Question(i)).Kind);
            Stage("expand the question", i => retriever.Expand(Question(i)).Terms.Count);
            Console.WriteLine($"terms searched per question: {Enumerable.Range(0, 100).Average(i => retriever.Expand(Question(i)).Terms.Count):0.0}");
            var postings = Enumerable.Range(0, 100).Select(i => knowledge.Search.Postings(retriever.Expand(Question(i)).Terms)).ToList();
            Console.WriteLine($"postings scored per question: bare query {Enumerable.Range(0, 100).Average(i => knowledge.Search.BarePostings(Question(i))):N0}; /ask {postings.Average(p => p.Sentences):N0} in the sentences + {postings.Average(p => p.Neighbours):N0} in the neighbours");
            Stage("search the expanded query", i => knowledge.Search.Search(retriever.Expand(Question(i)).Terms, 30, clock.Today).Count);
            Stage("retrieve passages (BM25)", i => retriever.Retrieve(Question(i), clock.Today, RetrievalMode.Lexical).Passages.Count);
            Stage("answer (retrieve + typed answerer)", i => questions.Answer(Question(i), RetrievalMode.Lexical).Items.Count);
            var ask = Stage("/ask through the dispatcher", i =>
                dispatcher.HandleAsync(CommandServices.Message("/ask " + Question(i)), LocalOperatorIsModerator.Instance, CancellationToken.None).GetAwaiter().GetResult()?.Items.Count ?? 0);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"/ask over the bare query: wall p50 {ask.P50 / bare.P50:0.00}x, p99 {ask.P99 / bare.P99:0.00}x; thread CPU p50 {ask.CpuP50 / bare.CpuP50:0.00}x, p99 {ask.CpuP99 / bare.CpuP99:0.00}x"));
        }

        await Task.CompletedTask;
    }

    private readonly record struct Figures(double P50, double P99, double CpuP50, double CpuP99);

    private static Figures Measure(string label, Func<int, int> run, int requests)
    {
        for (var i = 0; i < 300; i++)
        {
            run(i);
        }

        var samples = new double[requests];
        var cpuSamples = new double[requests];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < requests; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var cpuStart = ThreadCpu.Milliseconds();
            run(i);
            cpuSamples[i] = ThreadCpu.Milliseconds() - cpuStart;
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        // CPU time is what a loaded machine cannot inflate much: the process's, garbage collection included, and the
        // request thread's own, percentile by percentile.
        var cpuPerQuestion = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / requests;
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / requests;
        Array.Sort(samples);
        Array.Sort(cpuSamples);
        var figures = new Figures(samples[requests / 2], samples[(int)(requests * 0.99)], cpuSamples[requests / 2], cpuSamples[(int)(requests * 0.99)]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-38} p50 {figures.P50,7:0.000} ms  p99 {figures.P99,7:0.000} ms  thread CPU p50 {figures.CpuP50,6:0.000} p99 {figures.CpuP99,6:0.000} ms  process CPU {cpuPerQuestion,7:0.000} ms  {bytes / 1024.0,8:N1} KB allocated per question"));
        return figures;
    }
}
