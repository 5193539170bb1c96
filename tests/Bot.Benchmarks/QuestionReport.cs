using System.Diagnostics;
using Bot.Benchmarks.Semantic;
using Bot.Core.Tests.Stories;

namespace Bot.Benchmarks;

/// <summary>
/// `questions [hybrid] [--misses]`: the question evaluation over the evaluation stories and the seed, as the test
/// runs it; with `hybrid`, BM25 fused with all-MiniLM-L6-v2 sentence embeddings (reciprocal rank fusion).
/// </summary>
public static class QuestionReport
{
    public static async Task RunAsync(string[] args)
    {
        var misses = args.Contains("--misses");
        if (!args.Contains("hybrid"))
        {
            var scores = await QuestionEvaluation.RunAsync(QuestionEvaluation.Questions());
            Console.WriteLine("BM25: " + scores.Report(withMisses: misses));
            return;
        }

        var watch = Stopwatch.StartNew();
        using var encoder = new MiniLmEncoder();
        Console.WriteLine($"MiniLM loaded in {watch.ElapsedMilliseconds:N0} ms");
        watch.Restart();
        var hybrid = await QuestionEvaluation.RunAsync(QuestionEvaluation.Questions(), knowledge => new MiniLmEmbeddings(encoder, knowledge));
        Console.WriteLine($"Hybrid ({encoder.Encoded:N0} sentences encoded, {watch.Elapsed.TotalSeconds:N0} s in all): " + hybrid.Report(withMisses: misses));
    }
}
