using Bot.Core.Tests.Stories;

namespace Bot.Benchmarks;

/// <summary>`questions [--misses]`: the question evaluation over the evaluation stories and the seed, as the test runs it.</summary>
public static class QuestionReport
{
    public static async Task RunAsync(string[] args)
    {
        var scores = await QuestionEvaluation.RunAsync(QuestionEvaluation.Questions());
        Console.WriteLine(scores.Report(withMisses: args.Contains("--misses")));
    }
}
