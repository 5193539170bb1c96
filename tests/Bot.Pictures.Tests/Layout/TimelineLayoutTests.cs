using Bot.Fakes.Stories;
using Bot.Pictures.Tests.Support;

namespace Bot.Pictures.Tests.Layout;

/// <summary>Where things go, checked on the layout itself, not on pixels.</summary>
public sealed class TimelineLayoutTests
{
    private static readonly ChartTextMeasurer Measurer = ChartTextMeasurer.Instance;

    public static TheoryData<string> Stories_of_every_size() => ["seed timeline", "seed phases", "60 events, 4 phases", "200 events, 6 phases", "3 events"];

    private static async Task<TimelinePicture> StoryAsync(string name) => name switch
    {
        "seed timeline" => await Stories.SeedPictureAsync(),
        "seed phases" => await Stories.SeedPictureAsync("/phases"),
        "60 events, 4 phases" => InventedStory.Picture(60, 4, Stories.SeedToday),
        "200 events, 6 phases" => InventedStory.Picture(200, 6, Stories.SeedToday),
        _ => InventedStory.Picture(3, 0, Stories.SeedToday),
    };

    [Theory]
    [MemberData(nameof(Stories_of_every_size))]
    public async Task No_two_labels_intersect(string story)
    {
        var layout = TimelineLayout.Compute(await StoryAsync(story), Measurer);

        var texts = layout.Texts;
        Assert.NotEmpty(texts);
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count; j++)
            {
                Assert.False(texts[i].Box.Intersects(texts[j].Box), $"\"{texts[i].Text}\" {texts[i].Box} overlaps \"{texts[j].Text}\" {texts[j].Box}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Stories_of_every_size))]
    public async Task No_label_covers_another_mark_and_every_label_stays_inside_the_picture(string story)
    {
        var layout = TimelineLayout.Compute(await StoryAsync(story), Measurer);

        var picture = new Box(0, 0, layout.Width, layout.Height);
        foreach (var text in layout.Texts)
        {
            Assert.True(text.Box.Left >= picture.Left && text.Box.Right <= picture.Right && text.Box.Bottom <= picture.Bottom, $"\"{text.Text}\" {text.Box} leaves the picture");
        }

        foreach (var mark in layout.Marks.Where(m => m.Label is not null))
        {
            Assert.True(mark.Label!.Box.Left >= layout.Plot.Left && mark.Label.Box.Right <= layout.Plot.Right, $"\"{mark.Label.Text}\" leaves the plot");
            var covered = layout.Marks.FirstOrDefault(other => other != mark && !other.InRug && other.Graphic.Intersects(mark.Label.Box));
            Assert.True(covered is null, $"\"{mark.Label.Text}\" covers the mark of \"{covered?.Mark.Label}\"");
        }
    }

    [Fact]
    public async Task Every_mark_of_the_seed_is_drawn_with_its_label_whole()
    {
        var picture = await Stories.SeedPictureAsync();
        var layout = TimelineLayout.Compute(picture, Measurer);

        Assert.Equal(picture.Marks.Count, layout.Marks.Count);
        Assert.All(layout.Marks, m => Assert.EndsWith(m.Mark.Label, m.Label!.Text));
        Assert.Null(layout.Rug);
    }

    [Fact]
    public void A_crowded_story_shortens_or_drops_labels_and_strips_what_finds_no_row_but_draws_every_mark()
    {
        var picture = InventedStory.Picture(200, 6, Stories.SeedToday);
        var layout = TimelineLayout.Compute(picture, Measurer);

        Assert.Equal(200, layout.Marks.Count);
        Assert.NotNull(layout.Rug);
        Assert.Contains(layout.Marks, m => m.InRug);
        Assert.Contains(layout.Marks, m => m.Label?.Text.EndsWith('…') == true);
        Assert.All(layout.Marks.Where(m => m.InRug), m => Assert.Null(m.Label));
    }

    [Fact]
    public async Task A_story_with_few_marks_gets_a_shorter_picture_and_a_crowded_one_the_full_height()
    {
        var seed = TimelineLayout.Compute(await Stories.SeedPictureAsync(), Measurer);
        var crowded = TimelineLayout.Compute(InventedStory.Picture(60, 4, Stories.SeedToday), Measurer);

        Assert.Equal(ChartGeometry.Width, seed.Width);
        Assert.InRange(seed.Height, ChartGeometry.MinHeight, ChartGeometry.MaxHeight - 1);
        Assert.Equal(ChartGeometry.MaxHeight, crowded.Height);
    }

    [Fact]
    public async Task The_axis_spans_every_mark_and_phase_and_today()
    {
        var picture = await Stories.SeedPictureAsync();
        var layout = TimelineLayout.Compute(picture, Measurer);

        Assert.All(picture.Marks, m => Assert.InRange(m.Period.Start, layout.AxisStart, layout.AxisEnd));
        Assert.All(picture.Marks, m => Assert.InRange(m.Period.End, layout.AxisStart, layout.AxisEnd));
        Assert.InRange(picture.Today, layout.AxisStart, layout.AxisEnd);
        Assert.All(layout.Ticks, t => Assert.InRange(t.X, layout.Plot.Left, layout.Plot.Right));
    }

    [Fact]
    public async Task A_later_clock_moves_the_today_line_right()
    {
        var january = TimelineLayout.Compute(await Stories.SeedPictureAsync(today: new DateOnly(2026, 1, 1)), Measurer);
        var june = TimelineLayout.Compute(await Stories.SeedPictureAsync(today: new DateOnly(2026, 6, 1)), Measurer);

        Assert.True(june.TodayX > january.TodayX + 10, $"{june.TodayX} not right of {january.TodayX}");
        Assert.Contains(june.Texts, t => t.Text == "today, 1 Jun 2026");
    }

    [Fact]
    public void Passed_under_way_and_ahead_differ_in_shape_as_well_as_colour()
    {
        var statuses = Enum.GetValues<MarkStatus>();

        Assert.Equal(statuses.Length, statuses.Select(ChartStyle.Shape).Distinct().Count());
        Assert.Equal(statuses.Length, statuses.Select(ChartStyle.Colour).Distinct().Count());
    }

    [Fact]
    public void Phase_labels_say_the_status_in_words()
    {
        var layout = TimelineLayout.Compute(InventedStory.Picture(10, 6, Stories.SeedToday), Measurer);

        Assert.Contains(layout.Phases, p => p.Label?.Text.StartsWith($"Phase {p.Phase.Number}, done", StringComparison.Ordinal) == true);
        Assert.Contains(layout.Phases, p => p.Label?.Text.StartsWith($"Phase {p.Phase.Number}, under way", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_moved_deadline_stands_at_its_new_date_with_its_old_dates_at_their_columns_before_it()
    {
        var today = new DateOnly(2026, 7, 1);
        var moved = new TimelineMark(new DatePeriod(new DateOnly(2027, 6, 1), DateGranularity.Month), TemporalRole.By, MarkStatus.Ahead, "Suburban routes clear of diesel buses")
        {
            MovedFrom = [new DatePeriod(new DateOnly(2026, 1, 1), DateGranularity.Year), new DatePeriod(new DateOnly(2027, 3, 1), DateGranularity.Month)],
        };
        var other = new TimelineMark(DatePeriod.Day(new DateOnly(2026, 2, 9)), TemporalRole.At, MarkStatus.Passed, "The council votes for the ban");
        var layout = TimelineLayout.Compute(new TimelinePicture("moved", "Timeline", today, [other, moved], []) { Footer = "From 2 sources", AltText = "Moved" }, Measurer);

        var mark = Assert.Single(layout.Marks, m => m.Mark == moved);
        // A deadline stands at the end of its period: the day after it, on the axis.
        Assert.Equal(layout.X(new DateOnly(2027, 7, 1)), mark.AnchorX, 0.01f);
        Assert.Equal([layout.X(new DateOnly(2027, 1, 1)), layout.X(new DateOnly(2027, 4, 1))], mark.FormerX);
        Assert.StartsWith("by Jun 2027, moved: ", mark.Label!.Text);
        Assert.False(mark.Label.Box.Intersects(mark.Graphic), "the label stays clear of the old dates and the arrows");
        Assert.True(mark.Graphic.Left <= mark.FormerX[0] - ChartGeometry.MarkerSize / 2 + 0.01f);
        Assert.Contains(layout.Legend, k => k.Swatch == Swatch.Moved);
    }

    [Fact]
    public void A_delayed_phase_says_so_and_its_label_stays_left_of_its_old_end()
    {
        var layout = TimelineLayout.Compute(InventedStory.Picture(10, 4, Stories.SeedToday), Measurer);

        var delayed = layout.Phases.Where(p => p.Phase.Status == PhaseStatus.Delayed).ToList();
        Assert.NotEmpty(delayed);
        Assert.All(delayed, p =>
        {
            var end = Assert.Single(p.FormerEndX);
            Assert.Equal(layout.X(p.Phase.MovedFrom[0].AddDays(1)), end, 0.01f);
            Assert.StartsWith($"Phase {p.Phase.Number}, delayed", p.Label!.Text);
            Assert.True(p.Label.Box.Right <= end - ChartGeometry.MarkerSize / 2 + 0.01f, $"\"{p.Label.Text}\" runs over the old end");
        });
        Assert.Contains(layout.Legend, k => k.Swatch == Swatch.PhaseDelayed);
    }

    [Fact]
    public void A_cancelled_thing_says_so_in_its_label()
    {
        var today = new DateOnly(2026, 11, 1);
        var cancelled = new TimelineMark(DatePeriod.Day(new DateOnly(2027, 1, 1)), TemporalRole.At, MarkStatus.Ahead, "Surcharge on diesel coaches starts") { Outcome = MarkOutcome.Cancelled };
        var layout = TimelineLayout.Compute(new TimelinePicture("cancelled", "Timeline", today, [cancelled], []) { Footer = "From 1 source", AltText = "Cancelled" }, Measurer);

        Assert.Equal("1 Jan 2027, cancelled: Surcharge on diesel coaches starts", Assert.Single(layout.Marks).Label!.Text);
    }
}
