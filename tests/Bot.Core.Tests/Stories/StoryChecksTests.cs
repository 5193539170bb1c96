using Xunit.Abstractions;

namespace Bot.Core.Tests.Stories;

/// <summary>
/// Every row of every story's checks table, run through the real dispatcher at the row's clock: the measure of
/// the story model (issue 10). The tables say what a careful reader of the reports expects, not what the code
/// happens to print, so rows fail until the model can do what they ask. A row the story's known-misses.md lists is
/// expected to fail, with its cause; once it passes, the test says so, and the row leaves that list.
/// </summary>
public sealed class StoryChecksTests(ITestOutputHelper output)
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
        if (check.KnownMissCause is { } cause)
        {
            output.WriteLine($"known miss ({cause}): {story}/{StoryLibrary.ChecksFile}:{line} {command} at {now}");
            Assert.False(
                missing.Count == 0 && present.Count == 0,
                $"{story}/{StoryLibrary.ChecksFile}:{line} {command} at {now} now passes: delete its row from {story}/{StoryLibrary.KnownMissesFile}.");
            return;
        }

        Assert.True(
            missing.Count == 0 && present.Count == 0,
            $"{story}/{StoryLibrary.ChecksFile}:{line} {command} at {now}\n"
            + (missing.Count > 0 ? $"missing: {string.Join(" && ", missing)}\n" : "")
            + (present.Count > 0 ? $"must not contain: {string.Join(" && ", present)}\n" : "")
            + $"answer:\n{answer}");
    }

    [Fact]
    public void Every_known_miss_names_a_row_of_its_story_checks_and_its_cause()
    {
        foreach (var story in StoryLibrary.Names.Where(s => File.Exists(StoryLibrary.KnownMissesPath(s))))
        {
            var checks = StoryCheck.Read(story);
            foreach (var miss in KnownMiss.Read(story))
            {
                Assert.True(checks.Count(c => miss.Names(c)) == 1, $"{story}/{StoryLibrary.KnownMissesFile}:{miss.Line} names no single row of {StoryLibrary.ChecksFile}: {miss.Command} at {miss.Now}, {miss.MustContain}");
                Assert.False(string.IsNullOrWhiteSpace(miss.Cause), $"{story}/{StoryLibrary.KnownMissesFile}:{miss.Line} gives no cause");
            }
        }
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
public sealed record StoryCheck(int Line, string Command, string Now, string MustContainCell, IReadOnlyList<Expectation> MustContain, IReadOnlyList<Expectation> MustNotContain)
{
    /// <summary>Why the row still fails, when the story's known-misses.md lists it.</summary>
    public string? KnownMissCause { get; init; }

    public static IReadOnlyList<StoryCheck> Read(string story)
    {
        var misses = File.Exists(StoryLibrary.KnownMissesPath(story)) ? KnownMiss.Read(story) : [];
        return
        [
            .. MarkdownTable.Read(StoryLibrary.ChecksPath(story), "command", "now", "must contain", "must not contain")
                .Select(r => new StoryCheck(r.Line, r.Cells[0], r.Cells[1], r.Cells[2], Expectation.ParseAll(r.Cells[2]), Expectation.ParseAll(r.Cells[3])))
                .Select(c => c with { KnownMissCause = misses.FirstOrDefault(m => m.Names(c))?.Cause }),
        ];
    }
}

/// <summary>One row of a story's known-misses.md: the check it names (command, clock, must contain) and why it fails.</summary>
public sealed record KnownMiss(int Line, string Command, string Now, string MustContain, string Cause)
{
    public static IReadOnlyList<KnownMiss> Read(string story) =>
    [
        .. MarkdownTable.Read(StoryLibrary.KnownMissesPath(story), "command", "now", "must contain", "cause")
            .Select(r => new KnownMiss(r.Line, r.Cells[0], r.Cells[1], r.Cells[2], r.Cells[3])),
    ];

    public bool Names(StoryCheck check) => check.Command == Command && check.Now == Now && check.MustContainCell == MustContain;
}
