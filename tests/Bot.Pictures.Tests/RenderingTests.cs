using System.Globalization;
using Bot.Fakes.Stories;
using Bot.Pictures.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SkiaSharp;

namespace Bot.Pictures.Tests;

/// <summary>The drawn PNG, read back pixel by pixel.</summary>
public sealed class RenderingTests
{
    private static readonly ChartTextMeasurer Measurer = ChartTextMeasurer.Instance;

    private static (TimelineLayout Layout, byte[] Png) Draw(TimelinePicture picture)
    {
        var layout = TimelineLayout.Compute(picture, Measurer);
        return (layout, TimelinePainter.Paint(layout));
    }

    [Fact]
    public async Task The_seed_draws_as_a_valid_png_of_the_layouts_size()
    {
        var renderer = new ScottPlotPictureRenderer(NullLogger<ScottPlotPictureRenderer>.Instance);
        var picture = await Stories.SeedPictureAsync();

        var rendered = renderer.TryRender(picture)!;

        var layout = TimelineLayout.Compute(picture, Measurer);
        Assert.Equal((layout.Width, layout.Height), PngImage.Size(rendered.Png));
        Assert.Equal((layout.Width, layout.Height), (rendered.Width, rendered.Height));
        Assert.Equal("timeline.png", rendered.FileName);
        Assert.Equal(picture.AltText, rendered.AltText);
        using var bitmap = PngImage.Decode(rendered.Png);
        Assert.Equal(layout.Width, bitmap.Width);
    }

    [Fact]
    public void An_invented_story_of_60_events_and_4_phases_draws_at_the_full_size()
    {
        var (_, png) = Draw(InventedStory.Picture(60, 4, Stories.SeedToday));

        Assert.Equal((ChartGeometry.Width, ChartGeometry.MaxHeight), PngImage.Size(png));
    }

    [Theory]
    [InlineData("2026-01-01")]
    [InlineData("2026-06-01")]
    public async Task The_today_line_is_drawn_at_the_column_of_the_pinned_date(string today)
    {
        var (layout, png) = Draw(await Stories.SeedPictureAsync(today: DateOnly.Parse(today, CultureInfo.InvariantCulture)));
        using var bitmap = PngImage.Decode(png);

        // The column the axis puts the middle of today in, computed from the axis, not taken from the layout's answer.
        var days = layout.AxisEnd.DayNumber - layout.AxisStart.DayNumber;
        var expected = layout.Plot.Left + (DateOnly.Parse(today, CultureInfo.InvariantCulture).DayNumber - layout.AxisStart.DayNumber + 0.5f) * layout.Plot.Width / days;
        var column = Enumerable.Range(0, bitmap.Width).MaxBy(x => TodayPixels(bitmap, layout, x));

        Assert.InRange(column, expected - 1.5f, expected + 1.5f);
        Assert.True(TodayPixels(bitmap, layout, column) > 0.6 * layout.Plot.Height, "the today line runs down the plot");
        Assert.True(TodayPixels(bitmap, layout, column + 40) < 0.1 * layout.Plot.Height, "nothing else is drawn in the today colour");
    }

    [Fact]
    public void In_greyscale_a_passed_mark_is_filled_and_an_ahead_mark_is_hollow()
    {
        var today = new DateOnly(2026, 1, 1);
        TimelinePicture One(MarkStatus status, DateOnly day) => new("one", "One mark", today, [new TimelineMark(Core.Analysis.Time.DatePeriod.Day(day), Core.Analysis.Time.TemporalRole.At, status, "A thing")], [])
        {
            Footer = "From 1 source",
            AltText = "One mark",
        };

        var passed = Draw(One(MarkStatus.Passed, today.AddDays(-30)));
        var ahead = Draw(One(MarkStatus.Ahead, today.AddDays(30)));

        Assert.True(CentreLuminance(passed) < 160, "a passed mark's centre is inked");
        Assert.True(CentreLuminance(ahead) > 200, "an ahead mark's centre is hollow");
    }

    [Fact]
    public void An_empty_story_draws_a_nothing_dated_yet_picture_without_an_axis()
    {
        var renderer = new ScottPlotPictureRenderer(NullLogger<ScottPlotPictureRenderer>.Instance);
        var empty = Stories.Empty(Stories.SeedToday);

        var rendered = renderer.TryRender(empty);

        Assert.NotNull(rendered);
        PngImage.Size(rendered.Png);
        var layout = TimelineLayout.Compute(empty, Measurer);
        Assert.Contains(layout.Texts, t => t.Text.StartsWith("Nothing dated yet", StringComparison.Ordinal));
        Assert.Empty(layout.Ticks);
    }

    [Fact]
    public void A_picture_that_cannot_be_drawn_gives_no_picture_and_is_logged_once()
    {
        using var logs = new LogCapture();
        using var factory = new LoggerFactory([logs]);
        var renderer = new ScottPlotPictureRenderer(factory.CreateLogger<ScottPlotPictureRenderer>());
        // A mark on the last representable day: its period cannot be extended past it, so drawing fails.
        var broken = new TimelinePicture("broken", "Timeline", Stories.SeedToday, [new TimelineMark(Core.Analysis.Time.DatePeriod.Day(DateOnly.MaxValue), Core.Analysis.Time.TemporalRole.At, MarkStatus.Ahead, "The end")], [])
        {
            Footer = "From 1 source",
            AltText = "Broken",
        };

        Assert.Null(renderer.TryRender(broken));
        Assert.Null(renderer.TryRender(broken));
        Assert.NotNull(renderer.TryRender(InventedStory.Picture(5, 2, Stories.SeedToday)));

        var warning = Assert.Single(logs.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("ArgumentOutOfRangeException", warning.Text);
    }

    [Fact]
    public void A_moved_deadline_is_drawn_faint_at_its_old_date_with_an_arrow_to_its_new_one()
    {
        var today = new DateOnly(2026, 7, 1);
        var moved = new TimelineMark(new DatePeriod(new DateOnly(2027, 6, 1), DateGranularity.Month), TemporalRole.By, MarkStatus.Ahead, "Suburban routes clear of diesel buses")
        {
            MovedFrom = [new DatePeriod(new DateOnly(2026, 1, 1), DateGranularity.Year)],
        };
        var (layout, png) = Draw(new TimelinePicture("moved", "Timeline", today, [moved], []) { Footer = "From 2 sources", AltText = "Moved" });
        using var bitmap = PngImage.Decode(png);

        var mark = Assert.Single(layout.Marks);
        var (old, y) = ((int)MathF.Round(mark.FormerX[0]), (int)MathF.Round(mark.Y));
        var radius = (int)(ChartGeometry.MarkerSize / 2) - 1;
        var ring = PngImage.Luminance(bitmap.GetPixel(old + radius, y));
        var background = PngImage.Luminance(bitmap.GetPixel(old, y + 40));
        Assert.True(ring < background - 30, $"the old date's ring ({ring}) is drawn on the background ({background})");
        Assert.True(ring > PngImage.Luminance(bitmap.GetPixel((int)MathF.Round(mark.AnchorX) + radius, y)) + 20, "the old date is fainter than the new one");
        // The arrow's shaft: inked all the way between the two marks, on the mark's row.
        var shaft = Enumerable.Range(old + radius + 4, (int)(mark.AnchorX - ChartGeometry.MarkerSize - ChartGeometry.ArrowHead) - old - radius - 4).ToList();
        Assert.All(shaft, x => Assert.True(PngImage.Luminance(bitmap.GetPixel(x, y)) < background - 30, $"no arrow at x={x}"));
    }

    [Fact]
    public void In_greyscale_a_delayed_phase_is_striped_where_an_under_way_one_is_flat()
    {
        var (layout, png) = Draw(InventedStory.Picture(10, 6, Stories.SeedToday));
        using var bitmap = PngImage.Decode(png);

        double Spread(PhaseStatus status)
        {
            var bar = layout.Phases.First(p => p.Phase.Status == status).Bar;
            // Along the lower edge of the bar, below its label, left of any old end.
            var y = (int)(bar.Bottom - 4);
            var values = Enumerable.Range((int)bar.Left + 4, Math.Min(40, (int)bar.Width - 8)).Select(x => PngImage.Luminance(bitmap.GetPixel(x, y))).ToList();
            return values.Max() - values.Min();
        }

        Assert.True(Spread(PhaseStatus.Delayed) > 25, "a delayed phase shows stripes");
        Assert.True(Spread(PhaseStatus.UnderWay) < 5, "an under-way phase is one flat colour");
    }

    private static int TodayPixels(SKBitmap bitmap, TimelineLayout layout, int x)
    {
        if (x < 0 || x >= bitmap.Width)
        {
            return 0;
        }

        var today = ChartStyle.Today;
        var count = 0;
        for (var y = (int)layout.Plot.Top; y < (int)layout.Plot.Bottom; y++)
        {
            var c = bitmap.GetPixel(x, y);
            if (Math.Abs(c.Red - today.Red) < 40 && Math.Abs(c.Green - today.Green) < 40 && Math.Abs(c.Blue - today.Blue) < 40)
            {
                count++;
            }
        }

        return count;
    }

    private static double CentreLuminance((TimelineLayout Layout, byte[] Png) drawn)
    {
        var mark = Assert.Single(drawn.Layout.Marks);
        using var bitmap = PngImage.Decode(drawn.Png);
        return PngImage.Luminance(bitmap.GetPixel((int)MathF.Round(mark.AnchorX), (int)MathF.Round(mark.Y)));
    }
}
