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
/// `dotnet run -c Release --project tests/Bot.Benchmarks -- profile-ask [documents]`
/// </summary>
public static class AskProfile
{
    private const int Requests = 2_000;

    public static async Task RunAsync(string[] args)
    {
        var documents = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 10_000;
        using var knowledge = NewsCorpus.Knowledge(documents);
        var places = NewsCorpus.NamesFor().Places;
        string[] shapes = ["When will troops leave {0}?", "How many soldiers are in {0}?", "Who commands the base in {0}?", "Why are troops leaving {0}?", "where did the talks on {0} take place"];
        string Question(int i) => string.Format(CultureInfo.InvariantCulture, shapes[i % shapes.Length], places[i / shapes.Length % places.Count]);

        var clock = new StoryClock(TimeProvider.System);
        var questions = QuestionAnswering.Over(knowledge, clock);
        var retriever = new PassageRetriever(knowledge, new QuestionVocabulary(knowledge.Search));
        var (host, dispatcher) = CommandServices.Over(knowledge);
        using (host)
        {
            Console.WriteLine($"{documents:N0} documents, {knowledge.Current.SentenceCount:N0} sentences in {knowledge.Search.Segments} index segments; {Requests:N0} questions of {shapes.Length} kinds per stage");
            Stage("bare Lucene.Net BM25 query", i => knowledge.Search.BareQuery(Question(i), 10));
            Stage("classify", i => (int)QuestionClassifier.Classify(Question(i)).Kind);
            Stage("expand the question", i => retriever.Expand(Question(i)).Terms.Count);
            Console.WriteLine($"terms searched per question: {Enumerable.Range(0, 100).Average(i => retriever.Expand(Question(i)).Terms.Count):0.0}");
            Stage("search the expanded query", i => knowledge.Search.Search(retriever.Expand(Question(i)).Terms, 30, clock.Today).Count);
            Stage("retrieve passages (BM25)", i => retriever.Retrieve(Question(i), clock.Today, RetrievalMode.Lexical).Passages.Count);
            Stage("answer (retrieve + typed answerer)", i => questions.Answer(Question(i), RetrievalMode.Lexical).Items.Count);
            Stage("/ask through the dispatcher", i =>
                dispatcher.HandleAsync(CommandServices.Message("/ask " + Question(i)), LocalOperatorIsModerator.Instance, CancellationToken.None).GetAwaiter().GetResult()?.Items.Count ?? 0);
        }

        await Task.CompletedTask;
    }

    private static void Stage(string label, Func<int, int> run)
    {
        for (var i = 0; i < 300; i++)
        {
            run(i);
        }

        var samples = new double[Requests];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < Requests; i++)
        {
            var start = Stopwatch.GetTimestamp();
            run(i);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        // CPU time is what a loaded machine cannot inflate much: the process's, garbage collection included.
        var cpuPerQuestion = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Requests;
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / Requests;
        Array.Sort(samples);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-38} p50 {samples[Requests / 2],7:0.000} ms  p99 {samples[(int)(Requests * 0.99)],7:0.000} ms  CPU {cpuPerQuestion,7:0.000} ms  {bytes / 1024.0,8:N1} KB allocated per question"));
    }
}
