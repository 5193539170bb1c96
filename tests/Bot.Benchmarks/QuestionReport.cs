using System.Diagnostics;
using System.Globalization;
using Bot.Benchmarks.Semantic;
using Bot.Core.Knowledge;
using Bot.Core.Questions;
using Bot.Core.Tests.Stories;

namespace Bot.Benchmarks;

/// <summary>
/// `questions [hybrid] [--misses] [--only TEXT]`: the question evaluation over the evaluation stories and the seed, as
/// the test runs it; with `hybrid`, BM25 fused with all-MiniLM-L6-v2 sentence embeddings (reciprocal rank fusion);
/// with `--only`, just the questions whose text contains TEXT, each answer printed with the passages found (to look at one cause at a time).
/// </summary>
public static class QuestionReport
{
    public static async Task RunAsync(string[] args)
    {
        var misses = args.Contains("--misses");
        var only = Array.IndexOf(args, "--only") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        if (only is not null)
        {
            var chosen = await QuestionEvaluation.RunAsync([.. QuestionEvaluation.Questions().Where(q => q.Text.Contains(only, StringComparison.OrdinalIgnoreCase))]);
            foreach (var outcome in chosen.Outcomes)
            {
                var q = outcome.Question;
                Console.WriteLine($"[{(outcome.Rank is { } r ? $"rank {r}" : "missed")}] {q.Story} at {q.Now}: {q.Text}  (wants: {q.Fact})\n{outcome.Answer}");
                PrintPassages(q);
            }

            return;
        }

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

    /// <summary>The passages BM25 finds for the question, best first with their relevance: where a wrong answer starts.</summary>
    private static void PrintPassages(EvaluationQuestion question)
    {
        using var knowledge = new KnowledgeBase();
        knowledge.Load(StoryLibrary.Documents(question.Story));
        var retrieval = new PassageRetriever(knowledge, new QuestionVocabulary(knowledge.Search))
            .Retrieve(question.Text, DateOnly.FromDateTime(StoryLibrary.ParseNow(question.Now).UtcDateTime), RetrievalMode.Lexical);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  coverage {retrieval.Coverage:0.00}; topics named: {string.Join(", ", retrieval.NamedTopics.Select(t => t.Name))}; words: {string.Join(' ', retrieval.Words.Stems)}; asked: {string.Join(' ', retrieval.Asked.Stems)}"));
        foreach (var passage in retrieval.Passages.Take(12))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {passage.Relevance:0.00} {passage.Published} #{passage.Sentence.Sentence.Index}: {passage.Sentence.Sentence.Text}"));
        }

        Console.WriteLine();
    }
}
