using Bot.Core.Answers;

namespace Bot.Core.Tests.Stories;

/// <summary>
/// Every row of every story's checks table, run through the real dispatcher at the row's clock: the measure of
/// the story model (issue 10). The tables say what a careful reader of the reports expects, not what the code
/// happens to print, so rows fail until the model can do what they ask.
/// </summary>
public sealed class StoryChecksTests
{
    public static TheoryData<string, int, string, string> Checks()
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var story in StoryLibrary.Names)
        {
            foreach (var check in StoryCheck.Read(story))
            {
                data.Add(story, check.Line, check.Command, check.Now);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Checks))]
    public async Task A_command_answers_what_a_reader_of_the_reports_published_by_then_expects(string story, int line, string command, string now)
    {
        var check = StoryCheck.Read(story).Single(c => c.Line == line);
        using var bot = StoryLibrary.Bot(story, StoryLibrary.ParseNow(now));

        var answer = PlainTextRenderer.Render(await bot.AnswerAsync(command) ?? Answer.Short("(no answer)"));

        var missing = check.MustContain.Where(e => !e.IsMetBy(answer)).ToList();
        var present = check.MustNotContain.Where(e => e.IsMetBy(answer)).ToList();
        Assert.True(
            missing.Count == 0 && present.Count == 0,
            $"{story}/{StoryLibrary.ChecksFile}:{line} {command} at {now}\n"
            + (missing.Count > 0 ? $"missing: {string.Join(" && ", missing)}\n" : "")
            + (present.Count > 0 ? $"must not contain: {string.Join(" && ", present)}\n" : "")
            + $"answer:\n{answer}");
    }

    [Fact]
    public void Every_story_has_checks_and_dated_reports()
    {
        var stories = StoryLibrary.Names;

        Assert.Contains(StoryLibrary.Seed, stories);
        Assert.True(stories.Count >= 4, $"stories: {string.Join(", ", stories)}");
        Assert.True(stories.Sum(s => StoryCheck.Read(s).Count) >= 40);
        Assert.All(stories, s => Assert.All(StoryLibrary.Documents(s), d => Assert.NotNull(d.Published)));
    }
}

/// <summary>One row of a checks table: a command at a clock, and the strings its answer must and must not contain.</summary>
public sealed record StoryCheck(int Line, string Command, string Now, IReadOnlyList<Expectation> MustContain, IReadOnlyList<Expectation> MustNotContain)
{
    public static IReadOnlyList<StoryCheck> Read(string story) =>
    [
        .. MarkdownTable.Read(StoryLibrary.ChecksPath(story), "command", "now", "must contain", "must not contain")
            .Select(r => new StoryCheck(r.Line, r.Cells[0], r.Cells[1], Expectation.ParseAll(r.Cells[2]), Expectation.ParseAll(r.Cells[3]))),
    ];
}
