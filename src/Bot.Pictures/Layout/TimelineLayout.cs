using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Bot.Core.Analysis.Time;
using Bot.Core.Answers;

namespace Bot.Pictures.Layout;

/// <summary>
/// Where everything of a <see cref="TimelinePicture"/> goes, in pixels, computed before anything is drawn so that
/// it can be tested: the time axis and its ticks, the today line, one row of bars per phase plan, and the marks
/// packed into rows so that no label overlaps another (a label that finds no room is shortened, then dropped;
/// a mark that finds no row goes to a strip along the axis).
/// </summary>
public sealed class TimelineLayout
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    private readonly CachedMeasurer measurer;
    private readonly List<TextPlacement> texts = [];

    /// <summary>Height the mark rows would leave empty at their preferred size.</summary>
    private float spare;

    private TimelineLayout(TimelinePicture picture, ITextMeasurer measurer, int height)
    {
        Picture = picture;
        this.measurer = new CachedMeasurer(measurer);
        Height = height;
        Plot = new Box(ChartGeometry.Margin, ChartGeometry.PlotTop, ChartGeometry.Width - ChartGeometry.Margin, height - ChartGeometry.BottomBand);
    }

    public TimelinePicture Picture { get; }

    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "The width belongs to the layout beside its height; that it is fixed today is the geometry's choice.")]
    public int Width => ChartGeometry.Width;

    public int Height { get; }

    /// <summary>The area the time axis spans and the marks are drawn in.</summary>
    public Box Plot { get; }

    /// <summary>The first day on the axis, and the day after its last.</summary>
    public DateOnly AxisStart { get; private set; }

    public DateOnly AxisEnd { get; private set; }

    /// <summary>Where today's line is drawn: the middle of today.</summary>
    public float TodayX { get; private set; }

    public IReadOnlyList<TickPlacement> Ticks { get; private set; } = [];

    public IReadOnlyList<PhasePlacement> Phases { get; private set; } = [];

    public IReadOnlyList<MarkPlacement> Marks { get; private set; } = [];

    public IReadOnlyList<LegendKey> Legend { get; private set; } = [];

    /// <summary>Every text on the chart: title, legend, ticks, today, phase and mark labels, footer.</summary>
    public IReadOnlyList<TextPlacement> Texts => texts;

    /// <summary>The strip along the axis for marks that found no row; null when every mark has one.</summary>
    public Box? Rug { get; private set; }

    /// <summary>Rows no taller than they need: laid out at the full height first, then again at the height the marks use.</summary>
    public static TimelineLayout Compute(TimelinePicture picture, ITextMeasurer measurer)
    {
        var layout = new TimelineLayout(picture, measurer, picture.IsEmpty ? ChartGeometry.MinHeight : ChartGeometry.MaxHeight);
        layout.Arrange();
        if (layout.spare < 1)
        {
            return layout;
        }

        var fitted = new TimelineLayout(picture, measurer, Math.Max(ChartGeometry.MinHeight, (int)(layout.Height - layout.spare)));
        fitted.Arrange();
        return fitted;
    }


    /// <summary>The left edge of a day on the axis.</summary>
    public float X(DateOnly day) =>
        Plot.Left + (day.DayNumber - AxisStart.DayNumber) * Plot.Width / (AxisEnd.DayNumber - AxisStart.DayNumber);

    private void Arrange()
    {
        var title = Elide(Picture.Title, TextStyle.Title, Plot.Width);
        AddText(Plot.Left, ChartGeometry.TitleTop, title, TextStyle.Title);
        AddText(Plot.Left, Height - ChartGeometry.FooterFromBottom, Elide(Picture.Footer, TextStyle.Footer, Plot.Width), TextStyle.Footer);
        if (Picture.IsEmpty)
        {
            const string nothing = "Nothing dated yet: the sources give no dates to draw.";
            var width = measurer.Width(nothing, TextStyle.Message);
            AddText((ChartGeometry.Width - width) / 2, (Plot.Top + Plot.Bottom - ChartGeometry.TextHeight(TextStyle.Message)) / 2, nothing, TextStyle.Message);
            return;
        }

        ArrangeAxis();
        ArrangeLegend();
        var top = ArrangeToday();
        top = ArrangePhases(top);
        ArrangeMarks(top + (Phases.Count > 0 ? 8 : 0));
    }

    private void ArrangeAxis()
    {
        var days = Picture.Marks.SelectMany(m => new[] { m.Period.Start, m.Period.End })
            .Concat(Picture.PhaseLanes.SelectMany(l => l.Phases).SelectMany(p => p.Start is { } s ? new[] { s, p.End } : [p.End]))
            .Append(Picture.Today)
            .ToList();
        var first = days.Min();
        var last = days.Max().AddDays(1);
        // Room either side so a mark at an end is not cut by the frame, and an open-started phase shows it is open.
        var pad = Math.Max(1, (last.DayNumber - first.DayNumber) / 25);
        AxisStart = first.AddDays(-pad);
        AxisEnd = last.AddDays(pad);
        TodayX = X(Picture.Today) + Plot.Width / (AxisEnd.DayNumber - AxisStart.DayNumber) / 2;

        for (var maxTicks = (int)(Plot.Width / 70); maxTicks >= 2; maxTicks--)
        {
            var (_, _, ticks) = TimeTicks.Choose(AxisStart, AxisEnd.AddDays(-1), maxTicks);
            var placed = ticks.Select(t =>
            {
                var x = X(t.Day);
                var width = measurer.Width(t.Text, TextStyle.Tick);
                var box = Box.At(x - width / 2, Plot.Bottom + ChartGeometry.TickLabelGap, width, ChartGeometry.TextHeight(TextStyle.Tick));
                return new TickPlacement(t, x, new TextPlacement(box, t.Text, TextStyle.Tick));
            }).Where(t => t.Label.Box.Left >= 0 && t.Label.Box.Right <= ChartGeometry.Width).ToList();
            var crowded = placed.Zip(placed.Skip(1)).Any(p => p.First.Label.Box.Right + ChartGeometry.BoxGap * 2 > p.Second.Label.Box.Left);
            if (!crowded || maxTicks == 2)
            {
                Ticks = placed;
                texts.AddRange(placed.Select(t => t.Label));
                return;
            }
        }
    }

    private void ArrangeLegend()
    {
        var keys = new List<(Swatch, string)>();
        if (Picture.Marks.Count > 0)
        {
            keys.AddRange([(Swatch.Passed, "passed"), (Swatch.UnderWay, "under way"), (Swatch.Ahead, "ahead")]);
        }

        keys.Add((Swatch.Today, "today"));
        if (Picture.PhaseLanes.Count > 0)
        {
            keys.AddRange([(Swatch.PhaseDone, "phase done"), (Swatch.PhaseUnderWay, "phase under way"), (Swatch.PhasePlanned, "phase planned")]);
            // The rarer statuses only when drawn, so the common keys keep their room.
            var statuses = Picture.PhaseLanes.SelectMany(l => l.Phases).Select(p => p.Status).ToHashSet();
            keys.AddRange(new[] { (PhaseStatus.Delayed, Swatch.PhaseDelayed, "phase delayed"), (PhaseStatus.Cancelled, Swatch.PhaseCancelled, "phase cancelled") }
                .Where(k => statuses.Contains(k.Item1))
                .Select(k => (k.Item2, k.Item3)));
        }

        if (Picture.Marks.Any(m => m.MovedFrom.Count > 0) || Picture.PhaseLanes.Any(l => l.Phases.Any(p => p.MovedFrom.Count > 0)))
        {
            keys.Add((Swatch.Moved, "moved"));
        }

        var legend = new List<LegendKey>();
        var x = Plot.Left;
        var textTop = ChartGeometry.LegendTop + (ChartGeometry.LegendHeight - ChartGeometry.TextHeight(TextStyle.Legend)) / 2;
        foreach (var (swatch, words) in keys)
        {
            var sampleWidth = swatch switch
            {
                Swatch.Moved => 36f,
                Swatch.PhaseDone or Swatch.PhaseUnderWay or Swatch.PhasePlanned or Swatch.PhaseDelayed or Swatch.PhaseCancelled => 22f,
                _ => ChartGeometry.MarkerSize,
            };
            var sample = Box.At(x, ChartGeometry.LegendTop + (ChartGeometry.LegendHeight - ChartGeometry.MarkerSize) / 2, sampleWidth, ChartGeometry.MarkerSize);
            var width = measurer.Width(words, TextStyle.Legend);
            if (sample.Right + ChartGeometry.LabelGap + width > Plot.Right)
            {
                break;
            }

            var label = new TextPlacement(Box.At(sample.Right + ChartGeometry.LabelGap, textTop, width, ChartGeometry.TextHeight(TextStyle.Legend)), words, TextStyle.Legend);
            texts.Add(label);
            legend.Add(new LegendKey(swatch, sample, label));
            x = label.Box.Right + ChartGeometry.LegendGap;
        }

        Legend = legend;
    }

    /// <summary>The today label at the top of its line; returns where the rows below it begin.</summary>
    private float ArrangeToday()
    {
        var text = "today, " + Picture.Today.ToString("d MMM yyyy", English);
        var width = measurer.Width(text, TextStyle.Today);
        var left = Math.Clamp(TodayX - width / 2, Plot.Left + 2, Plot.Right - 2 - width);
        var top = Plot.Top + (ChartGeometry.TodayRowHeight - ChartGeometry.TextHeight(TextStyle.Today)) / 2;
        AddText(left, top, text, TextStyle.Today);
        return Plot.Top + ChartGeometry.TodayRowHeight;
    }

    private float ArrangePhases(float top)
    {
        var phases = new List<PhasePlacement>();
        // At most half the plot for phases: the marks need the rest.
        var maxLanes = (int)((Plot.Height - ChartGeometry.TodayRowHeight) / 2 / ChartGeometry.PhaseRowHeight);
        foreach (var lane in Picture.PhaseLanes.Take(Math.Max(1, maxLanes)))
        {
            var barTop = top + (ChartGeometry.PhaseRowHeight - ChartGeometry.PhaseBarHeight) / 2;
            var textTop = top + (ChartGeometry.PhaseRowHeight - ChartGeometry.TextHeight(TextStyle.PhaseLabel)) / 2;
            var rowStart = phases.Count;
            foreach (var phase in lane.Phases)
            {
                var left = phase.Start is { } start ? X(start) : phase.FirstReported is { } reported ? X(reported) : Plot.Left;
                var right = Math.Max(X(phase.End.AddDays(1)), left + 2);
                var bar = new Box(left, barTop, right, barTop + ChartGeometry.PhaseBarHeight);
                var formerEnds = phase.MovedFrom.Select(d => X(d.AddDays(1))).ToList();
                // The label stays clear of the old ends drawn inside the bar, and of the arrow after them.
                var labelRight = formerEnds.Where(x => x > bar.Left && x < bar.Right).Select(x => x - ChartGeometry.MarkerSize / 2).DefaultIfEmpty(bar.Right).Min();
                var label = PhaseLabel(phase, bar with { Right = Math.Max(bar.Left, labelRight) }, textTop);
                phases.Add(new PhasePlacement(phase, bar, phase.Start is null, label) { FormerEndX = formerEnds });
            }

            // The plan's name goes before its first bar when there is room for it.
            var firstLeft = phases[rowStart].Bar.Left;
            var subject = Elide(lane.Subject, TextStyle.Label, firstLeft - Plot.Left - 2 * ChartGeometry.LabelGap);
            if (subject.Length > 0)
            {
                var width = measurer.Width(subject, TextStyle.Label);
                AddText(firstLeft - ChartGeometry.LabelGap - width, textTop, subject, TextStyle.Label);
            }

            top += ChartGeometry.PhaseRowHeight;
        }

        Phases = phases;
        return top;
    }

    private TextPlacement? PhaseLabel(PhaseBar phase, Box bar, float textTop)
    {
        var status = phase.Status.Words();
        var room = bar.Width - 2 * ChartGeometry.LabelGap;
        foreach (var text in new[] { $"Phase {phase.Number}, {status}: {phase.Label}", $"Phase {phase.Number}, {status}", $"{phase.Number}, {status}", $"{phase.Number}" })
        {
            var fitted = text == $"{phase.Number}" || measurer.Width(text, TextStyle.PhaseLabel) <= room ? text : Elide(text, TextStyle.PhaseLabel, room, minimum: ChartGeometry.MinLabelWidth * 2);
            var width = measurer.Width(fitted, TextStyle.PhaseLabel);
            if (fitted.Length > 0 && width <= room)
            {
                return AddText(bar.Left + ChartGeometry.LabelGap, textTop, fitted, TextStyle.PhaseLabel);
            }
        }

        return null;
    }

    private void ArrangeMarks(float top)
    {
        var ordered = Picture.Marks
            .Select(m => (Mark: m, Anchor: Anchor(m), Bar: BarOf(m), Former: (IReadOnlyList<float>)[.. m.MovedFrom.Select(p => Anchor(m with { Period = p }))]))
            .OrderBy(m => m.Former.Append(Math.Min(m.Bar.Left, m.Anchor)).Min())
            .ToList();
        var bottom = Plot.Bottom - 4;
        var lanes = Math.Max(1, (int)((bottom - top) / ChartGeometry.MinMarkRow));
        var packed = Pack(ordered, lanes);
        Box? rug = null;
        if (packed.Any(p => p.Lane < 0))
        {
            rug = new Box(Plot.Left, bottom - ChartGeometry.RugHeight, Plot.Right, bottom);
            bottom = rug.Value.Top - 2;
            lanes = Math.Max(1, (int)((bottom - top) / ChartGeometry.MinMarkRow));
            packed = Pack(ordered, lanes);
        }

        var used = Math.Max(1, packed.Select(p => p.Lane).DefaultIfEmpty(0).Max() + 1);
        var row = Math.Clamp((bottom - top) / used, ChartGeometry.MinMarkRow, ChartGeometry.MaxMarkRow);
        spare = Math.Max(0, bottom - top - used * Math.Max(row, ChartGeometry.PreferredMarkRow));
        var textHeight = ChartGeometry.TextHeight(TextStyle.Label);
        var marks = new List<MarkPlacement>();
        foreach (var (mark, anchor, bar, former, lane, left, text) in packed)
        {
            if (lane < 0)
            {
                var rugY = rug!.Value.CenterY;
                // In the strip a mark is its marker alone: bars and moves there would run into each other.
                marks.Add(new MarkPlacement(mark, anchor, rugY, new Box(anchor, rugY, anchor, rugY), null, InRug: true));
                continue;
            }

            var y = top + row * (lane + 0.5f);
            var placedBar = bar with { Top = y - ChartGeometry.SpanBarHeight / 2, Bottom = y + ChartGeometry.SpanBarHeight / 2 };
            var label = text is null ? null : AddText(left, y - textHeight / 2, text, TextStyle.Label);
            marks.Add(new MarkPlacement(mark, anchor, y, placedBar, label, InRug: false) { FormerX = former });
        }

        Marks = marks;
        Rug = rug;
    }

    /// <summary>Where a mark's status marker stands: a deadline at its end, anything else at its start (a day: its middle).</summary>
    private float Anchor(TimelineMark mark) => mark.Kind switch
    {
        MarkKind.Deadline => X(mark.Period.End.AddDays(1)),
        MarkKind.Moment => (X(mark.Period.Start) + X(mark.Period.Start.AddDays(1))) / 2,
        _ => X(mark.Period.Start),
    };

    /// <summary>The period's extent on the axis (its height is set once the row is known).</summary>
    private Box BarOf(TimelineMark mark) => new(X(mark.Period.Start), 0, X(mark.Period.End.AddDays(1)), 0);

    /// <summary>
    /// First fit, in time order: each mark takes the first row where it and its whole label fit (label right of the
    /// mark, else left of it); failing that, the row with the most room for a shortened label; failing that, a row
    /// for the mark alone; failing that, no row (lane -1).
    /// </summary>
    private List<(TimelineMark Mark, float Anchor, Box Bar, IReadOnlyList<float> Former, int Lane, float LabelLeft, string? Text)> Pack(
        List<(TimelineMark Mark, float Anchor, Box Bar, IReadOnlyList<float> Former)> marks, int laneCount)
    {
        var occupied = Enumerable.Range(0, laneCount).Select(_ => new List<(float Left, float Right)>()).ToList();
        var result = new List<(TimelineMark, float, Box, IReadOnlyList<float>, int, float, string?)>(marks.Count);
        foreach (var (mark, anchor, bar, former) in marks)
        {
            // A moved mark covers its old dates and the arrows from them as well.
            var graphicLeft = former.Append(Math.Min(bar.Left, anchor)).Min() - ChartGeometry.MarkerSize / 2;
            var graphicRight = former.Append(Math.Max(bar.Right, anchor)).Max() + ChartGeometry.MarkerSize / 2;
            var text = LabelText(mark);
            var width = measurer.Width(text, TextStyle.Label);
            var rightStart = graphicRight + ChartGeometry.LabelGap;
            var leftEnd = graphicLeft - ChartGeometry.LabelGap;

            bool Free(int lane, float left, float right) =>
                occupied[lane].All(o => right + ChartGeometry.BoxGap <= o.Left || o.Right + ChartGeometry.BoxGap <= left);

            (int Lane, float Left, float Right, string Text)? choice = null;
            for (var lane = 0; lane < laneCount && choice is null; lane++)
            {
                if (rightStart + width <= Plot.Right - 2 && Free(lane, graphicLeft, rightStart + width))
                {
                    choice = (lane, graphicLeft, rightStart + width, text);
                }
                else if (leftEnd - width >= Plot.Left + 2 && Free(lane, leftEnd - width, graphicRight))
                {
                    choice = (lane, leftEnd - width, graphicRight, text);
                }
            }

            if (choice is null)
            {
                // The row with the most room to the right of the mark, up to the next thing in it (or the frame).
                var (roomiest, limit) = Enumerable.Range(0, laneCount)
                    .Where(lane => Free(lane, graphicLeft, graphicRight))
                    .Select(lane => (Lane: lane, Limit: occupied[lane].Where(o => o.Left >= graphicRight).Select(o => o.Left - ChartGeometry.BoxGap).DefaultIfEmpty(Plot.Right - 2).Min()))
                    .DefaultIfEmpty((Lane: -1, Limit: 0f))
                    .MaxBy(l => l.Limit);
                var shortened = roomiest < 0 ? "" : Elide(text, TextStyle.Label, limit - rightStart);
                if (shortened.Length > 0)
                {
                    choice = (roomiest, graphicLeft, rightStart + measurer.Width(shortened, TextStyle.Label), shortened);
                }
            }

            if (choice is { } c)
            {
                occupied[c.Lane].Add((c.Left, c.Right));
                var labelLeft = c.Left < graphicLeft ? c.Left : rightStart;
                result.Add((mark, anchor, bar, former, c.Lane, labelLeft, c.Text));
                continue;
            }

            var bare = Enumerable.Range(0, laneCount).Where(l => Free(l, graphicLeft, graphicRight)).DefaultIfEmpty(-1).First();
            if (bare >= 0)
            {
                occupied[bare].Add((graphicLeft, graphicRight));
            }

            result.Add((mark, anchor, bar, former, bare, 0, null));
        }

        return result;
    }

    /// <summary>"by Sep 2025: Full coalition exit…": the date as the source gave it, then what it is.</summary>
    private static string LabelText(TimelineMark mark)
    {
        var period = mark.Period;
        var date = period.Granularity switch
        {
            DateGranularity.Day => period.Start.ToString("d MMM yyyy", English),
            DateGranularity.Week => "week of " + period.Start.ToString("d MMM yyyy", English),
            DateGranularity.Month => period.Start.ToString("MMM yyyy", English),
            DateGranularity.Year => period.Start.Year.ToString(English),
            // A deadline over a run of days is due at its last one: "by 31 Mar 2028".
            DateGranularity.Span when mark.Role != TemporalRole.At => period.End.ToString("d MMM yyyy", English),
            DateGranularity.Span => $"{period.Start.ToString("d MMM", English)}–{period.End.ToString("d MMM yyyy", English)}",
            _ => period.Describe(),
        };
        // As the text answer words it: "by the end of 2026", "until the end of June 2025", shortened.
        var role = mark.Role switch
        {
            TemporalRole.By => period.Granularity == DateGranularity.Year ? "by end of " : "by ",
            TemporalRole.Until => period.Granularity is DateGranularity.Year or DateGranularity.Month ? "until end of " : "until ",
            _ => "",
        };
        var change = mark.Outcome is { } outcome ? ", " + outcome.Words() : mark.MovedFrom.Count > 0 ? ", moved" : "";
        return $"{role}{date}{change}: {mark.Label}";
    }

    /// <summary>The text cut at a word to fit <paramref name="room"/> pixels with an ellipsis; empty when even a short cut would not fit.</summary>
    private string Elide(string text, TextStyle style, float room, float minimum = ChartGeometry.MinLabelWidth)
    {
        if (measurer.Width(text, style) <= room)
        {
            return text;
        }

        if (room < minimum)
        {
            return "";
        }

        var words = text.Split(' ');
        for (var count = words.Length - 1; count > 0; count--)
        {
            var candidate = string.Join(' ', words.Take(count)).TrimEnd(',', ';', ':', '.', '—', '-') + "…";
            var width = measurer.Width(candidate, style);
            if (width <= room)
            {
                // A cut down to a word or two ("The…") tells the reader nothing: better no label at all.
                return width >= minimum ? candidate : "";
            }
        }

        return "";
    }

    private TextPlacement AddText(float left, float top, string text, TextStyle style)
    {
        var placement = new TextPlacement(Box.At(left, top, measurer.Width(text, style), ChartGeometry.TextHeight(style)), text, style);
        texts.Add(placement);
        return placement;
    }

    /// <summary>Widths remembered for one layout: shortening a label measures the same words many times.</summary>
    private sealed class CachedMeasurer(ITextMeasurer inner) : ITextMeasurer
    {
        private readonly Dictionary<(string, TextStyle), float> widths = [];

        public float Width(string text, TextStyle style)
        {
            if (!widths.TryGetValue((text, style), out var width))
            {
                width = inner.Width(text, style);
                widths[(text, style)] = width;
            }

            return width;
        }
    }
}
