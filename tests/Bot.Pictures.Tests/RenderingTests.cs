using System.Globalization;
using Bot.Core.Answers;
using Bot.Fakes.Stories;
using Bot.Pictures.Layout;
using Bot.Pictures.Tests.Support;
using Bot.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SkiaSharp;

namespace Bot.Pictures.Tests;

/// <summary>The drawn PNG, read back pixel by pixel.</summary>
public sealed class RenderingTests
{
    private static readonly ScottPlotTextMeasurer Measurer = new();

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
