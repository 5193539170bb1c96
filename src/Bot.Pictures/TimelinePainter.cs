using Bot.Core.Answers;
using Bot.Pictures.Layout;
using ScottPlot;
using SkiaSharp;
using Box = Bot.Pictures.Layout.Box;

namespace Bot.Pictures;

/// <summary>
/// Draws a computed <see cref="TimelineLayout"/> with ScottPlot. The plot's data area is the whole image and its
/// coordinates are the image's pixels (y downwards), so everything lands exactly where the layout put it.
/// </summary>
public static class TimelinePainter
{
    // DejaVu where it is installed (README and .ci/run install it); otherwise whatever sans face the system has.
    private static readonly Lazy<string> FontName = new(() =>
        Fonts.GetTypeface(ChartStyle.FontFamily, false, false)?.FamilyName == ChartStyle.FontFamily ? ChartStyle.FontFamily : Fonts.Default);

    public static LabelStyle Label(TextStyle style)
    {
        var (size, bold, colour) = ChartStyle.Font(style);
        return new LabelStyle
        {
            FontName = FontName.Value,
            FontSize = size,
            Bold = bold,
            ForeColor = colour,
            Padding = 0,
        };
    }

    public static byte[] Paint(TimelineLayout layout)
    {
        using var plot = new Plot();
        plot.Layout.Fixed(new PixelRect(0, layout.Width, layout.Height, 0));
        plot.HideAxesAndGrid();
        plot.Axes.SetLimits(0, layout.Width, layout.Height, 0);
        plot.FigureBackground.Color = ChartStyle.Background;
        plot.DataBackground.Color = ChartStyle.Background;

        if (!layout.Picture.IsEmpty)
        {
            PaintFrame(plot, layout);
            PaintPhases(plot, layout);
            PaintMarks(plot, layout);
            PaintLegend(plot, layout);
        }

        foreach (var text in layout.Texts.Where(t => t.Style != TextStyle.PhaseLabel))
        {
            PaintText(plot, text, Label(text.Style).ForeColor);
        }

        return Encode(plot, layout.Width, layout.Height);
    }

    /// <summary>
    /// PNG with the "up" row filter at zlib level 3: a chart's flat colours and vertical lines compress as well that
    /// way as with every filter tried at level 6 (ScottPlot's export), in a quarter of the time; encoding was most of
    /// the render time.
    /// </summary>
    private static byte[] Encode(Plot plot, int width, int height)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            plot.Render(canvas, width, height);
        }

        using var pixels = bitmap.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, zLibLevel: 3))
            ?? throw new InvalidOperationException("SkiaSharp could not encode the chart as PNG");
        return png.ToArray();
    }

    private static void PaintFrame(Plot plot, TimelineLayout layout)
    {
        var area = layout.Plot;
        Fill(plot, area, ChartStyle.PlotBackground);
        foreach (var tick in layout.Ticks)
        {
            Line(plot, tick.X, area.Top, tick.X, area.Bottom, ChartStyle.Grid, 1);
            Line(plot, tick.X, area.Bottom, tick.X, area.Bottom + ChartGeometry.TickLength, ChartStyle.Muted, 1);
        }

        Line(plot, area.Left, area.Bottom, area.Right, area.Bottom, ChartStyle.Muted, 1.5f);
        if (layout.Rug is { } rug)
        {
            Line(plot, rug.Left, rug.Top - 1, rug.Right, rug.Top - 1, ChartStyle.Grid, 1);
        }

        // The today line goes under the marks, so a mark on today stays readable.
        var x = MathF.Round(layout.TodayX);
        Line(plot, x, area.Top + ChartGeometry.TodayRowHeight, x, area.Bottom, ChartStyle.Today, 2);
    }

    private static void PaintPhases(Plot plot, TimelineLayout layout)
    {
        foreach (var phase in layout.Phases)
        {
            var (fill, line, _) = ChartStyle.Phase(phase.Phase.Status);
            var rectangle = plot.Add.Rectangle(phase.Bar.Left, phase.Bar.Right, phase.Bar.Bottom, phase.Bar.Top);
            rectangle.FillColor = fill;
            rectangle.LineColor = line;
            rectangle.LineWidth = 1.5f;
            if (phase.Label is { } label)
            {
                PaintText(plot, label, ChartStyle.Phase(phase.Phase.Status).Text);
            }

            if (phase.OpenStart)
            {
                // An open start fades in from the frame: the sources do not say when the phase began.
                const int steps = 6;
                var width = Math.Min(48, phase.Bar.Width / 3);
                for (var i = 0; i < steps; i++)
                {
                    var left = phase.Bar.Left + i * width / steps;
                    Fill(plot, new Box(left - 0.5f, phase.Bar.Top - 1, left + width / steps + 0.5f, phase.Bar.Bottom + 1), ChartStyle.PlotBackground.WithAlpha(1 - (i + 0.5) / steps));
                }
            }
        }
    }

    private static void PaintMarks(Plot plot, TimelineLayout layout)
    {
        foreach (var mark in layout.Marks)
        {
            var colour = ChartStyle.Colour(mark.Mark.Status);
            var kind = mark.Mark.Kind;
            if (kind != MarkKind.Moment && mark.Bar.Width >= 1)
            {
                // A deadline's period is drawn faint: the thing may happen at any time in it, up to the flag.
                Fill(plot, mark.Bar, colour.WithAlpha(kind == MarkKind.Deadline ? 0.28 : 0.6));
            }

            if (kind == MarkKind.Deadline && !mark.InRug)
            {
                var top = mark.Y - ChartGeometry.MarkerSize / 2 - ChartGeometry.FlagHeight + 3;
                Line(plot, mark.AnchorX, mark.Y, mark.AnchorX, top, colour, 2);
                var pennant = plot.Add.Polygon([
                    new Coordinates(mark.AnchorX, top),
                    new Coordinates(mark.AnchorX + 9, top + 3.5),
                    new Coordinates(mark.AnchorX, top + 7),
                ]);
                pennant.FillColor = colour;
                pennant.LineWidth = 0;
            }

            var size = mark.InRug ? ChartGeometry.MarkerSize * 0.7f : ChartGeometry.MarkerSize;
            if (mark.Mark.Status == MarkStatus.Ahead)
            {
                // An open marker keeps its hollow centre even over a bar or the today line.
                plot.Add.Marker(mark.AnchorX, mark.Y, MarkerShape.FilledCircle, size, ChartStyle.Background);
            }

            plot.Add.Marker(mark.AnchorX, mark.Y, ChartStyle.Shape(mark.Mark.Status), size, colour).MarkerStyle.LineWidth = 2.5f;
        }
    }

    private static void PaintLegend(Plot plot, TimelineLayout layout)
    {
        foreach (var key in layout.Legend)
        {
            var sample = key.Sample;
            var centre = new Coordinates((sample.Left + sample.Right) / 2, sample.CenterY);
            switch (key.Swatch)
            {
                case Swatch.Passed or Swatch.UnderWay or Swatch.Ahead:
                    var status = key.Swatch switch { Swatch.Passed => MarkStatus.Passed, Swatch.UnderWay => MarkStatus.UnderWay, _ => MarkStatus.Ahead };
                    plot.Add.Marker(centre, ChartStyle.Shape(status), ChartGeometry.MarkerSize, ChartStyle.Colour(status)).MarkerStyle.LineWidth = 2.5f;
                    break;
                case Swatch.Today:
                    Line(plot, (float)centre.X, sample.Top - 3, (float)centre.X, sample.Bottom + 3, ChartStyle.Today, 2);
                    break;
                default:
                    var phase = key.Swatch switch { Swatch.PhaseDone => PhaseStatus.Done, Swatch.PhaseUnderWay => PhaseStatus.UnderWay, _ => PhaseStatus.Planned };
                    var (fill, line, _) = ChartStyle.Phase(phase);
                    var rectangle = plot.Add.Rectangle(sample.Left, sample.Right, sample.Bottom, sample.Top);
                    rectangle.FillColor = fill;
                    rectangle.LineColor = line;
                    rectangle.LineWidth = 1.5f;
                    break;
            }
        }
    }

    private static void PaintText(Plot plot, TextPlacement placement, Color colour)
    {
        var text = plot.Add.Text(placement.Text, placement.Box.Left, placement.Box.Top);
        text.LabelStyle = Label(placement.Style);
        text.LabelStyle.Text = placement.Text;
        text.LabelStyle.Alignment = Alignment.UpperLeft;
        text.LabelStyle.ForeColor = colour;
    }

    private static void Fill(Plot plot, Box box, Color colour)
    {
        var rectangle = plot.Add.Rectangle(box.Left, box.Right, box.Bottom, box.Top);
        rectangle.FillColor = colour;
        rectangle.LineWidth = 0;
    }

    private static void Line(Plot plot, float x1, float y1, float x2, float y2, Color colour, float width)
    {
        var line = plot.Add.Line(x1, y1, x2, y2);
        line.LineColor = colour;
        line.LineWidth = width;
        line.MarkerSize = 0;
    }
}
