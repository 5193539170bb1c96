using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Core.Answers;

namespace Bot.Core.Tests.Stories;

/// <summary>A free question from questions.md: asked in a story at a clock, with the fact its answer must give.</summary>
public sealed record EvaluationQuestion(int Line, string Story, string Now, string Text, Expectation Fact, IReadOnlyList<Expectation> MustNotLeadWith)
{
    /// <summary>The kind of question, for the per-kind scores; issue 13 answers each kind its own way.</summary>
    public string Kind { get; } = QuestionKinds.Of(Text);
}

/// <summary>How one question fared: the rank of the first part of the answer that gives the fact, if any.</summary>
public sealed record QuestionOutcome(EvaluationQuestion Question, int? Rank, bool LedWithMustNot, string Answer)
{
    public bool AtOne => Rank is 1;

    public bool AtThree => Rank is <= 3;
}

/// <summary>
/// The question evaluation of issue 13: asks every question of <c>questions.md</c> as a chat member would (a free
/// question in a private chat, through the real dispatcher) and scores where the fact appears. An answer's parts
/// are its headline with its first line (and that line's quote), then each further line with its quote:
/// accuracy@1 counts facts in the first part, accuracy@3 in the first three. Used by QuestionEvaluationTests and
/// by <c>dotnet run -c Release --project tests/Bot.Benchmarks -- questions</c>.
/// </summary>
public static class QuestionEvaluation
{
    public static IReadOnlyList<EvaluationQuestion> Questions() =>
    [
        .. MarkdownTable.Read(StoryLibrary.QuestionsPath, "story", "now", "question", "must contain", "must not lead with")
            .Select(r => new EvaluationQuestion(r.Line, r.Cells[0], r.Cells[1], r.Cells[2], Expectation.Parse(r.Cells[3]), Expectation.ParseAll(r.Cells[4]))),
    ];

    /// <param name="embeddings">Semantic retrieval to fuse with BM25 (the hybrid mode); BM25 alone without it.</param>
    public static async Task<QuestionScores> RunAsync(IReadOnlyList<EvaluationQuestion> questions, Func<Core.Knowledge.KnowledgeBase, Core.Questions.IPassageEmbeddings>? embeddings = null)
    {
        var outcomes = new List<QuestionOutcome>();
        // One bot per story and clock: the clock only moves forward, and loading a story is the slow part.
        foreach (var moment in questions.GroupBy(q => (q.Story, q.Now)))
        {
            using var bot = StoryLibrary.Bot(moment.Key.Story, StoryLibrary.ParseNow(moment.Key.Now), embeddings);
            foreach (var question in moment)
            {
                var answer = await bot.AnswerAsync(question.Text) ?? Answer.Short("(no answer)");
                outcomes.Add(Score(question, answer));
            }
        }

        return new QuestionScores([.. outcomes.OrderBy(o => o.Question.Line)]);
    }

    public static QuestionOutcome Score(EvaluationQuestion question, Answer answer)
    {
        var parts = Parts(answer);
        var rank = parts.FindIndex(question.Fact.IsMetBy) is var index and >= 0 ? index + 1 : (int?)null;
        var first = parts[0];
        var factAt = question.Fact.IndexIn(first);
        // An answer that names the superseded date after the current one ("22 June, moved from May") leads right.
        var ledWrong = question.MustNotLeadWith.Any(m => m.IndexIn(first) is var at and >= 0 && (factAt < 0 || at < factAt));
        return new QuestionOutcome(question, rank, ledWrong, PlainTextRenderer.Render(answer));
    }

    private static List<string> Parts(Answer answer)
    {
        var lines = answer.Items.Select(i => i.Quote is { } q ? $"{i.Text} {q.Sentence}" : i.Text).ToList();
        if (lines.Count == 0)
        {
            return [answer.Headline];
        }

        lines[0] = $"{answer.Headline} {lines[0]}";
        return lines;
    }
}

/// <summary>The evaluation's result: accuracy@1 and @3 over all questions and per kind, and the questions missed.</summary>
public sealed record QuestionScores(IReadOnlyList<QuestionOutcome> Outcomes)
{
    public double AccuracyAtOne => Share(Outcomes, o => o.AtOne);

    public double AccuracyAtThree => Share(Outcomes, o => o.AtThree);

    public int LedWithMustNot => Outcomes.Count(o => o.LedWithMustNot);

    public string Report(bool withMisses = true)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Outcomes.Count} questions: accuracy@1 {AccuracyAtOne:0.000}, accuracy@3 {AccuracyAtThree:0.000}, led with a must-not {LedWithMustNot}");
        foreach (var kind in Outcomes.GroupBy(o => o.Question.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {kind.Key,-10} {kind.Count(),3}: @1 {Share([.. kind], o => o.AtOne):0.00}, @3 {Share([.. kind], o => o.AtThree):0.00}");
        }

        foreach (var story in Outcomes.GroupBy(o => o.Question.Story).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {story.Key,-22} {story.Count(),3}: @1 {Share([.. story], o => o.AtOne):0.00}, @3 {Share([.. story], o => o.AtThree):0.00}");
        }

        if (withMisses)
        {
            foreach (var miss in Outcomes.Where(o => !o.AtOne || o.LedWithMustNot))
            {
                var q = miss.Question;
                text.AppendLine(CultureInfo.InvariantCulture, $"\n[{(miss.Rank is { } r ? $"rank {r}" : "missed")}{(miss.LedWithMustNot ? ", led with a must-not" : "")}] {q.Story} at {q.Now}: {q.Text}  (wants: {q.Fact})");
                text.AppendLine(miss.Answer);
            }
        }

        return text.ToString();
    }

    private static double Share(IReadOnlyList<QuestionOutcome> outcomes, Func<QuestionOutcome, bool> hit) =>
        outcomes.Count == 0 ? 0 : (double)outcomes.Count(hit) / outcomes.Count;
}

/// <summary>Sorts a chat question into the kinds issue 13 answers differently, by its opening words.</summary>
public static partial class QuestionKinds
{
    public static string Of(string question)
    {
        var text = question.Trim().ToLowerInvariant();
        return text switch
        {
            _ when Next().IsMatch(text) => "next",
            _ when text.StartsWith("how many", StringComparison.Ordinal) || text.StartsWith("how much", StringComparison.Ordinal) => "how many",
            _ when text.StartsWith("how long", StringComparison.Ordinal) || Starts(text, "when", "whens", "when's", "by when") => "when",
            _ when Starts(text, "why") => "why",
            _ when Starts(text, "who", "who's", "whos", "which councillor") => "who",
            _ when Starts(text, "where") => "where",
            _ when Phases().IsMatch(text) => "phases",
            _ when Starts(text, "is", "has", "have", "did", "are", "will") => "status",
            _ => "untyped",
        };
    }

    private static bool Starts(string text, params string[] words) =>
        words.Any(w => text.StartsWith(w + " ", StringComparison.Ordinal));

    [GeneratedRegex(@"^(what|which) (are the )?(\w+ )?(phases|stages|steps)\b")]
    private static partial Regex Phases();

    [GeneratedRegex(@"^(what happens next|what'?s next|whats coming|what is coming|what's coming)")]
    private static partial Regex Next();
}
