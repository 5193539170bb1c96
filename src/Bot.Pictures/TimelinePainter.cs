using Bot.Core.Answers;
using Bot.Pictures.Layout;
using ScottPlot;
using SkiaSharp;
using Box = Bot.Pictures.Layout.Box;

namespace Bot.Pictures;

/// <summary>
/// Draws a computed <see cref="TimelineLayout"/> on a ScottPlot plot whose data area is the whole image, in the
/// image's pixels (y downwards), so everything lands exactly where the layout put it. The whole chart is one
/// plottable painted in one pass with the process's fonts and one paint: a plottable per mark and text (over a
/// thousand for 200 marks) made ScottPlot set up paints, fonts and styles anew for each.
/// </summary>
public static class TimelinePainter
{
    public static byte[] Paint(TimelineLayout layout)
    {
        using var plot = new Plot();
        plot.Layout.Fixed(new PixelRect(0, layout.Width, layout.Height, 0));
        plot.HideAxesAndGrid();
        plot.Axes.SetLimits(0, layout.Width, layout.Height, 0);
        plot.FigureBackground.Color = ChartStyle.Background;
        plot.DataBackground.Color = ChartStyle.Background;
        plot.PlottableList.Add(new ChartPlottable(layout));
        return Encode(plot, layout.Width, layout.Height);
    }

    /// <summary>
    /// PNG with the "up" row filter at zlib level 1: a chart's flat colours and vertical lines compress about as well
    /// that way as with every filter tried at level 6 (ScottPlot's export), in a fraction of the time. Encoding is still
    /// the larger half of a render (about 10 ms of CPU for 1200×675; level 3 costs 12 % more for a 3 % smaller file).
    /// </summary>
    private static byte[] Encode(Plot plot, int width, int height)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            plot.Render(canvas, width, height);
        }

        using var pixels = bitmap.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, zLibLevel: 1))
            ?? throw new InvalidOperationException("SkiaSharp could not encode the chart as PNG");
        return png.ToArray();
    }

    /// <summary>The whole chart as one plottable.</summary>
    private sealed class ChartPlottable(TimelineLayout layout) : IPlottable
    {
        public bool IsVisible { get; set; } = true;

        public IAxes Axes { get; set; } = new Axes();

        public IEnumerable<LegendItem> LegendItems => [];

        public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

        public void Render(RenderPack rp)
        {
            using var paint = new SKPaint { IsAntialias = true };
            var canvas = new Canvas(rp.Canvas, paint);
            if (!layout.Picture.IsEmpty)
            {
                canvas.Frame(layout);
                canvas.Phases(layout);
                canvas.Marks(layout);
                canvas.Legend(layout);
            }

            foreach (var text in layout.Texts)
            {
                if (text.Style != TextStyle.PhaseLabel)
                {
                    canvas.Text(text, ChartStyle.Font(text.Style).Colour);
                }
            }
        }
    }

    /// <summary>The drawing primitives, on one reused paint.</summary>
    private readonly struct Canvas(SKCanvas canvas, SKPaint paint)
    {
        private const float MarkerLine = 2.5f;

        public void Frame(TimelineLayout layout)
        {
            var area = layout.Plot;
            Fill(area, ChartStyle.PlotBackground);
            foreach (var tick in layout.Ticks)
            {
                Line(tick.X, area.Top, tick.X, area.Bottom, ChartStyle.Grid, 1);
                Line(tick.X, area.Bottom, tick.X, area.Bottom + ChartGeometry.TickLength, ChartStyle.Muted, 1);
            }

            Line(area.Left, area.Bottom, area.Right, area.Bottom, ChartStyle.Muted, 1.5f);
            if (layout.Rug is { } rug)
            {
                Line(rug.Left, rug.Top - 1, rug.Right, rug.Top - 1, ChartStyle.Grid, 1);
            }

            // The today line goes under the marks, so a mark on today stays readable.
            var x = MathF.Round(layout.TodayX);
            Line(x, area.Top + ChartGeometry.TodayRowHeight, x, area.Bottom, ChartStyle.Today, 2);
        }

        public void Phases(TimelineLayout layout)
        {
            foreach (var phase in layout.Phases)
            {
                PhaseBar(phase.Bar, phase.Phase.Status);
                if (phase.OpenStart)
                {
                    // An open start fades in: the sources do not say when the phase began.
                    const int steps = 6;
                    var width = Math.Min(48, phase.Bar.Width / 3);
                    for (var i = 0; i < steps; i++)
                    {
                        var left = phase.Bar.Left + i * width / steps;
                        Fill(new Box(left - 0.5f, phase.Bar.Top - 1, left + width / steps + 0.5f, phase.Bar.Bottom + 1), ChartStyle.PlotBackground.WithAlpha(1 - (i + 0.5) / steps));
                    }
                }

                if (phase.FormerEndX.Count > 0)
                {
                    // Each old end a faint tick across the bar, an arrow along the bar from the old end to the new.
                    var ends = phase.FormerEndX.Append(phase.Bar.Right).ToList();
                    foreach (var x in phase.FormerEndX)
                    {
                        Line(x, phase.Bar.Top - 2, x, phase.Bar.Bottom + 2, ChartStyle.Ink.WithAlpha(0.6), 2);
                    }

                    Arrows(ends, phase.Bar.CenterY, ChartStyle.Ink, 0);
                }

                if (phase.Label is { } label)
                {
                    Text(label, ChartStyle.Phase(phase.Phase.Status).Text);
                }
            }
        }

        public void Marks(TimelineLayout layout)
        {
            foreach (var mark in layout.Marks)
            {
                var colour = ChartStyle.Colour(mark.Mark.Status);
                var kind = mark.Mark.Kind;
                if (mark.FormerX.Count > 0)
                {
                    // The old dates faint, under an arrow from each to the next and on to where the thing stands now.
                    Arrows([.. mark.FormerX, mark.AnchorX], mark.Y, ChartStyle.Muted, ChartGeometry.MarkerSize / 2 + 1);
                    foreach (var x in mark.FormerX)
                    {
                        Marker(x, mark.Y, MarkerShape.FilledCircle, ChartGeometry.MarkerSize, ChartStyle.Background);
                        Marker(x, mark.Y, MarkerShape.OpenCircle, ChartGeometry.MarkerSize, ChartStyle.Former);
                    }
                }

                if (kind != MarkKind.Moment && mark.Bar.Width >= 1)
                {
                    // A deadline's period is drawn faint: the thing may happen at any time in it, up to the flag.
                    Fill(mark.Bar, colour.WithAlpha(kind == MarkKind.Deadline ? 0.28 : 0.6));
                }

                if (kind == MarkKind.Deadline && !mark.InRug)
                {
                    var top = mark.Y - ChartGeometry.MarkerSize / 2 - ChartGeometry.FlagHeight + 3;
                    Line(mark.AnchorX, mark.Y, mark.AnchorX, top, colour, 2);
                    Polygon([new SKPoint(mark.AnchorX, top), new SKPoint(mark.AnchorX + 9, top + 3.5f), new SKPoint(mark.AnchorX, top + 7)], colour);
                }

                var size = mark.InRug ? ChartGeometry.MarkerSize * 0.7f : ChartGeometry.MarkerSize;
                if (mark.Mark.Status == MarkStatus.Ahead)
                {
                    // An open marker keeps its hollow centre even over a bar or the today line.
                    Marker(mark.AnchorX, mark.Y, MarkerShape.FilledCircle, size, ChartStyle.Background);
                }

                Marker(mark.AnchorX, mark.Y, ChartStyle.Shape(mark.Mark.Status), size, colour);
                if (mark.Mark.Outcome is MarkOutcome.Cancelled or MarkOutcome.Missed)
                {
                    Marker(mark.AnchorX, mark.Y, MarkerShape.Eks, size + 4, ChartStyle.Ink);
                }
            }
        }

        public void Legend(TimelineLayout layout)
        {
            foreach (var key in layout.Legend)
            {
                var sample = key.Sample;
                var centre = (sample.Left + sample.Right) / 2;
                switch (key.Swatch)
                {
                    case Swatch.Passed or Swatch.UnderWay or Swatch.Ahead:
                        var status = key.Swatch switch { Swatch.Passed => MarkStatus.Passed, Swatch.UnderWay => MarkStatus.UnderWay, _ => MarkStatus.Ahead };
                        Marker(centre, sample.CenterY, ChartStyle.Shape(status), ChartGeometry.MarkerSize, ChartStyle.Colour(status));
                        break;
                    case Swatch.Today:
                        Line(centre, sample.Top - 3, centre, sample.Bottom + 3, ChartStyle.Today, 2);
                        break;
                    case Swatch.Moved:
                        var (from, to) = (sample.Left + ChartGeometry.MarkerSize / 2, sample.Right - ChartGeometry.MarkerSize / 2);
                        Arrows([from, to], sample.CenterY, ChartStyle.Muted, ChartGeometry.MarkerSize / 2 + 1);
                        Marker(from, sample.CenterY, MarkerShape.OpenCircle, ChartGeometry.MarkerSize, ChartStyle.Former);
                        Marker(to, sample.CenterY, MarkerShape.OpenCircle, ChartGeometry.MarkerSize, ChartStyle.Ahead);
                        break;
                    default:
                        PhaseBar(sample, key.Swatch switch
                        {
                            Swatch.PhaseDone => PhaseStatus.Done,
                            Swatch.PhaseUnderWay => PhaseStatus.UnderWay,
                            Swatch.PhaseDelayed => PhaseStatus.Delayed,
                            Swatch.PhaseCancelled => PhaseStatus.Cancelled,
                            _ => PhaseStatus.Planned,
                        });
                        break;
                }
            }
        }

        public void Text(TextPlacement placement, Color colour)
        {
            paint.Style = SKPaintStyle.Fill;
            paint.Color = colour.ToSKColor();
            canvas.DrawText(placement.Text, placement.Box.Left, ChartFonts.Baseline(placement.Style, placement.Box.Top), SKTextAlign.Left, ChartFonts.Of(placement.Style), paint);
        }

        /// <summary>A phase's bar: filled, outlined, hatched when delayed, dashed when cancelled.</summary>
        private void PhaseBar(Box bar, PhaseStatus status)
        {
            var (fill, line, _) = ChartStyle.Phase(status);
            Fill(bar, fill);
            if (status == PhaseStatus.Delayed)
            {
                // Stripes tell delayed from under way where the colours alone would be the same grey.
                canvas.Save();
                canvas.ClipRect(Rect(bar));
                for (var x = bar.Left - bar.Height; x < bar.Right; x += 7)
                {
                    Line(x, bar.Bottom, x + bar.Height, bar.Top, ChartStyle.Background.WithAlpha(0.55), 2);
                }

                canvas.Restore();
            }

            paint.Style = SKPaintStyle.Stroke;
            paint.StrokeWidth = 1.5f;
            paint.Color = line.ToSKColor();
            using var dash = status == PhaseStatus.Cancelled ? SKPathEffect.CreateDash([5, 4], 0) : null;
            paint.PathEffect = dash;
            canvas.DrawRect(Rect(bar), paint);
            paint.PathEffect = null;
        }

        /// <summary>Arrows from each x to the next along a row, each stopping <paramref name="gap"/> short of its ends.</summary>
        private void Arrows(IReadOnlyList<float> xs, float y, Color colour, float gap)
        {
            for (var i = 0; i + 1 < xs.Count; i++)
            {
                var (from, to) = (xs[i], xs[i + 1]);
                var direction = MathF.Sign(to - from);
                var tip = to - direction * gap;
                var tail = from + direction * gap;
                if (direction == 0 || (tip - tail) * direction < ChartGeometry.ArrowHead)
                {
                    continue;
                }

                Line(tail, y, tip - direction * ChartGeometry.ArrowHead / 2, y, colour, 1.5f);
                Polygon([new SKPoint(tip, y), new SKPoint(tip - direction * ChartGeometry.ArrowHead, y - 4), new SKPoint(tip - direction * ChartGeometry.ArrowHead, y + 4)], colour);
            }
        }

        /// <summary>The few marker shapes the chart uses, drawn straight on the canvas (ScottPlot's marker code costs a paint set-up each).</summary>
        private void Marker(float x, float y, MarkerShape shape, float size, Color colour)
        {
            var radius = size / 2;
            paint.Color = colour.ToSKColor();
            paint.StrokeWidth = MarkerLine;
            switch (shape)
            {
                case MarkerShape.FilledCircle:
                    paint.Style = SKPaintStyle.Fill;
                    canvas.DrawCircle(x, y, radius, paint);
                    break;
                case MarkerShape.OpenCircle:
                    paint.Style = SKPaintStyle.Stroke;
                    canvas.DrawCircle(x, y, radius - MarkerLine / 2, paint);
                    break;
                case MarkerShape.FilledDiamond:
                    Polygon([new SKPoint(x, y - radius), new SKPoint(x + radius, y), new SKPoint(x, y + radius), new SKPoint(x - radius, y)], colour);
                    break;
                case MarkerShape.Eks:
                    paint.Style = SKPaintStyle.Stroke;
                    var arm = radius * 0.75f;
                    canvas.DrawLine(x - arm, y - arm, x + arm, y + arm, paint);
                    canvas.DrawLine(x - arm, y + arm, x + arm, y - arm, paint);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(shape), shape, "the chart draws no such marker");
            }
        }

        private void Fill(Box box, Color colour)
        {
            paint.Style = SKPaintStyle.Fill;
            paint.Color = colour.ToSKColor();
            canvas.DrawRect(Rect(box), paint);
        }

        private void Line(float x1, float y1, float x2, float y2, Color colour, float width)
        {
            paint.Style = SKPaintStyle.Stroke;
            paint.StrokeWidth = width;
            paint.Color = colour.ToSKColor();
            canvas.DrawLine(x1, y1, x2, y2, paint);
        }

        private void Polygon(SKPoint[] points, Color colour)
        {
            using var path = new SKPath();
            path.AddPoly(points, close: true);
            paint.Style = SKPaintStyle.Fill;
            paint.Color = colour.ToSKColor();
            canvas.DrawPath(path, paint);
        }

        private static SKRect Rect(Box box) => new(box.Left, box.Top, box.Right, box.Bottom);
    }
}
