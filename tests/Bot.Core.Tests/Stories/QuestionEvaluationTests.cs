using Xunit.Abstractions;

namespace Bot.Core.Tests.Stories;

/// <summary>The question evaluation of issue 13, with its floor.</summary>
public sealed class QuestionEvaluationTests(ITestOutputHelper output)
{
    // What the typed answers over BM25 passages reach (issue 13; measured, rounded down; the bare sentence search
    // scored 0.28 and 0.50). They must only go up.
    // Why-answers' reasons told after the action (issue 13, fifth round): 0.908 / 0.957 to 0.914 / 0.969.
    private const double AccuracyAtOneFloor = 0.91;
    private const double AccuracyAtThreeFloor = 0.96;

    // What the held-out stories' questions reach (written before reading the parser; first run 0.70 and 0.82 over
    // 50, after the general fixes 0.76 and 0.86; with issue 13's second round, written without seeing them, 0.84 and
    // 0.92, measured). Two more held-out stories (court case, vaccine rollout) added 49 questions: first run 0.63 and
    // 0.76 on them, after the general fixes 0.71 and 0.82, the first 50 unchanged at 0.84 and 0.92; all 99 0.77 and
    // 0.86 (measured, rounded down); after issue 13's fourth round (ages, spans, who-verbs, uncued reasons, what changed
    // since) 0.818 and 0.899. A fifth held-out story (wildfire evacuation and return) added 30 questions: first run
    // 0.43 and 0.60 on them, 0.47 and 0.63 after its general fix, the 99 unchanged (82 and 89 right); all 129 0.744
    // and 0.837 (measured, rounded down); 0.783 and 0.876 after the why-answers' reasons told after the action. Scored apart: they measure how the answers meet a new text, and must only go up too.
    private const double HeldOutAccuracyAtOneFloor = 0.78;
    private const double HeldOutAccuracyAtThreeFloor = 0.87;

    [Fact]
    public async Task Free_questions_are_answered_at_least_as_well_as_the_recorded_floor()
    {
        var scores = await QuestionEvaluation.RunAsync([.. QuestionEvaluation.Questions().Where(q => !StoryLibrary.IsHeldOut(q.Story))]);

        output.WriteLine(scores.Report());
        Assert.True(scores.AccuracyAtOne >= AccuracyAtOneFloor, $"accuracy@1 {scores.AccuracyAtOne:0.000} is below the floor {AccuracyAtOneFloor}");
        Assert.True(scores.AccuracyAtThree >= AccuracyAtThreeFloor, $"accuracy@3 {scores.AccuracyAtThree:0.000} is below the floor {AccuracyAtThreeFloor}");
    }

    [Fact]
    public async Task Free_questions_over_the_held_out_stories_are_answered_at_least_as_well_as_their_recorded_floor()
    {
        var scores = await QuestionEvaluation.RunAsync([.. QuestionEvaluation.Questions().Where(q => StoryLibrary.IsHeldOut(q.Story))]);

        output.WriteLine(scores.Report());
        Assert.NotEmpty(scores.Outcomes);
        Assert.True(scores.AccuracyAtOne >= HeldOutAccuracyAtOneFloor, $"accuracy@1 {scores.AccuracyAtOne:0.000} is below the held-out floor {HeldOutAccuracyAtOneFloor}");
        Assert.True(scores.AccuracyAtThree >= HeldOutAccuracyAtThreeFloor, $"accuracy@3 {scores.AccuracyAtThree:0.000} is below the held-out floor {HeldOutAccuracyAtThreeFloor}");
    }

    [Fact]
    public void The_question_set_has_at_least_80_questions_each_in_a_known_story_with_a_fact()
    {
        var questions = QuestionEvaluation.Questions();
        var stories = StoryLibrary.Names;

        Assert.True(questions.Count >= 80, $"{questions.Count} questions");
        Assert.All(questions, q => Assert.Contains(q.Story, stories));
        Assert.All(questions, q => Assert.NotEmpty(q.Fact.Alternatives));
    }

    [Theory]
    [InlineData("when does the truce start?", "when")]
    [InlineData("whens the next swap", "when")]
    [InlineData("how long is the first phase", "when")]
    [InlineData("how many hostages get out in phase one?", "how many")]
    [InlineData("why was the army late leaving", "why")]
    [InlineData("who's tomas rehn", "who")]
    [InlineData("where will the donors meet", "where")]
    [InlineData("has the second phase started?", "status")]
    [InlineData("whats next for the ceasefire", "next")]
    [InlineData("what are the steps of the plan?", "phases")]
    [InlineData("what happens next?", "next")]
    [InlineData("whats the price tag for the switch", "untyped")]
    public void A_question_is_sorted_by_its_opening_words(string question, string kind) =>
        Assert.Equal(kind, QuestionKinds.Of(question));
}
