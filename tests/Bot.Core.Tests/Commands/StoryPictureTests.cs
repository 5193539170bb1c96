using Bot.Core.Analysis.Time;

namespace Bot.Core.Tests.Commands;

/// <summary>The picture /timeline and /phases ask for: what is drawn, where each thing stands, and the words for it.</summary>
public sealed class StoryPictureTests
{
    private const string DayAfterPublication = "2026-01-01T12:00:00Z";

    [Fact]
    public async Task Timeline_asks_for_a_picture_of_the_same_events_the_text_lists_each_with_where_it_stands()
    {
        using var bot = CommandHarness.OnSeeds(DayAfterPublication);

        var answer = (await bot.AnswerAsync("/timeline"))!;
        var picture = answer.Picture!;

        Assert.Equal(answer.Items.Count, picture.Marks.Count);
        Assert.Equal(answer.Headline, picture.Title);
        Assert.Equal(new DateOnly(2026, 1, 1), picture.Today);
        Assert.All(picture.Marks, m => Assert.Contains(answer.Items, i => i.Text.EndsWith(": " + m.Label, StringComparison.Ordinal)));
        var week = Assert.Single(picture.Marks, m => m.Period.Granularity == DateGranularity.Week);
        Assert.Equal((MarkStatus.Ahead, MarkKind.Span), (week.Status, week.Kind));
        var exit = Assert.Single(picture.Marks, m => m.Role == TemporalRole.By);
        Assert.Equal((MarkStatus.Passed, MarkKind.Deadline), (exit.Status, exit.Kind));
        var presence = Assert.Single(picture.Marks, m => m.Role == TemporalRole.Until);
        Assert.Equal(MarkStatus.UnderWay, presence.Status);
        Assert.Equal("From 1 source · quotes in the text answer", picture.Footer);
    }

    [Fact]
    public async Task The_alt_text_says_what_the_chart_shows_in_words()
    {
        using var bot = CommandHarness.OnSeeds(DayAfterPublication);

        var alt = (await bot.AnswerAsync("/timeline"))!.Picture!.AltText;

        Assert.StartsWith("Chart from 2008 to 2026, as of 1 January 2026: 7 dated events, 5 passed, 1 under way, 1 ahead; next: week of 5 January 2026.", alt);
        Assert.Contains("The 2024 agreement: phase 1 done (to September 2025), phase 2 under way (to December 2026).", alt);
        Assert.InRange(alt.Length, 1, TimelinePicture.MaxAltTextLength);
    }

    [Theory]
    [InlineData("2026-01-01T12:00:00Z", PhaseStatus.Done, PhaseStatus.UnderWay)]
    [InlineData("2027-02-01T12:00:00Z", PhaseStatus.Done, PhaseStatus.Done)]
    public async Task Phases_are_bars_from_the_plans_date_each_to_its_deadline_with_the_status_of_the_clock(string now, PhaseStatus first, PhaseStatus second)
    {
        using var bot = CommandHarness.OnSeeds(now);

        var lane = Assert.Single((await bot.AnswerAsync("/phases"))!.Picture!.PhaseLanes);

        Assert.Equal("The 2024 agreement", lane.Subject);
        Assert.Collection(lane.Phases,
            p => Assert.Equal((1, (DateOnly?)new DateOnly(2024, 1, 1), new DateOnly(2025, 9, 30), first), (p.Number, p.Start, p.End, p.Status)),
            p => Assert.Equal((2, (DateOnly?)new DateOnly(2025, 10, 1), new DateOnly(2026, 12, 31), second), (p.Number, p.Start, p.End, p.Status)));
    }

    [Fact]
    public async Task Before_the_report_is_published_phases_draw_no_plan()
    {
        using var bot = CommandHarness.OnSeeds("2025-06-01T12:00:00Z");

        var answer = (await bot.AnswerAsync("/phases"))!;

        Assert.Null(answer.Picture);
    }

    [Fact]
    public async Task A_topic_names_the_picture_and_next_sends_none()
    {
        using var bot = CommandHarness.OnSeeds(DayAfterPublication);

        Assert.Equal("timeline-ain-al-asad", (await bot.AnswerAsync("/timeline ain al asad"))!.Picture!.Name);
        Assert.Equal("phases", (await bot.AnswerAsync("/phases"))!.Picture!.Name);
        Assert.Null((await bot.AnswerAsync("/next"))!.Picture);
    }

    [Fact]
    public async Task A_story_with_nothing_dated_gets_its_text_answer_and_no_picture()
    {
        var undated = new Core.Ingest.Source("u1", "A profile", null, "test", null, "The minister is a trained engineer. She likes long walks.");
        using var bot = CommandHarness.OnReports(DayAfterPublication, undated);

        var timeline = (await bot.AnswerAsync("/timeline"))!;
        var phases = (await bot.AnswerAsync("/phases"))!;

        Assert.Equal("The sources give no dates yet.", timeline.Headline);
        Assert.Null(timeline.Picture);
        Assert.Null(phases.Picture);
    }

    private static readonly Core.Ingest.Source Plan = Seeds.Report("plan", "2026-02-10",
        "Harwick City Council voted on Monday to ban diesel buses. The ban comes in three phases. Phase one clears the centre by June 2026. "
        + "Phase two takes them off the suburban routes by the end of 2026. Phase three ends diesel on night services by December 2028. "
        + "A surcharge on diesel coaches entering the centre will start on 1 January 2027.");

    private static readonly Core.Ingest.Source Moved = Seeds.Report("moved", "2026-06-30",
        "Phase one of Harwick's ban is complete. At a meeting on Monday the council moved the deadline for phase two from the end of 2026 to June 2027. "
        + "Councillors also cancelled the surcharge on diesel coaches that was to have started on 1 January 2027.");

    [Fact]
    public async Task A_moved_deadline_is_one_mark_at_its_new_date_carrying_the_date_it_was_moved_from()
    {
        using var bot = CommandHarness.OnReports("2026-07-01T12:00:00Z", Plan, Moved);

        var picture = (await bot.AnswerAsync("/timeline"))!.Picture!;

        var moved = Assert.Single(picture.Marks, m => m.MovedFrom.Count > 0);
        Assert.Equal(new DateOnly(2027, 6, 30), moved.Period.End);
        Assert.Equal(new DateOnly(2026, 12, 31), Assert.Single(moved.MovedFrom).End);
        Assert.DoesNotContain(picture.Marks, m => m.Period.End == new DateOnly(2026, 12, 31) && m.Label.Contains("suburban", StringComparison.Ordinal));
        Assert.Contains("1 moved: ", picture.AltText);
        Assert.Contains("(now June 2027, was 2026)", picture.AltText);
    }

    [Fact]
    public async Task Before_the_move_is_reported_the_old_date_is_drawn_alone()
    {
        using var bot = CommandHarness.OnReports("2026-06-01T12:00:00Z", Plan, Moved);

        var picture = (await bot.AnswerAsync("/timeline"))!.Picture!;

        Assert.All(picture.Marks, m => Assert.Empty(m.MovedFrom));
        Assert.Contains(picture.Marks, m => m.Period.End == new DateOnly(2026, 12, 31) && m.Label.Contains("suburban", StringComparison.Ordinal));
        Assert.All(picture.Marks, m => Assert.Null(m.Outcome));
    }

    [Fact]
    public async Task A_cancelled_thing_is_marked_cancelled_and_counted_in_the_alt_text()
    {
        using var bot = CommandHarness.OnReports("2026-07-01T12:00:00Z", Plan, Moved);

        var picture = (await bot.AnswerAsync("/timeline"))!.Picture!;

        var surcharge = Assert.Single(picture.Marks, m => m.Outcome == MarkOutcome.Cancelled);
        Assert.Equal(new DateOnly(2027, 1, 1), surcharge.Period.Start);
        Assert.Contains("1 cancelled", picture.AltText);
    }

    [Fact]
    public async Task A_phase_whose_end_a_newer_report_moved_later_is_delayed_with_its_old_end()
    {
        using var bot = CommandHarness.OnReports("2026-07-01T12:00:00Z", Plan, Moved);

        var lane = Assert.Single((await bot.AnswerAsync("/phases"))!.Picture!.PhaseLanes);

        Assert.Collection(lane.Phases,
            p => Assert.Equal((1, PhaseStatus.Done), (p.Number, p.Status)),
            p =>
            {
                Assert.Equal((2, PhaseStatus.Delayed, new DateOnly(2027, 6, 30)), (p.Number, p.Status, p.End));
                Assert.Equal([new DateOnly(2026, 12, 31)], p.MovedFrom);
                Assert.Equal(new DateOnly(2026, 2, 10), p.FirstReported);
            },
            p => Assert.Equal((3, PhaseStatus.Planned), (p.Number, p.Status)));
    }
}
