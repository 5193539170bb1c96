using Bot.Core.Answers;

namespace Bot.Pictures.Layout;

/// <summary>A text where it is drawn. Every label on the chart is one; no two of them intersect.</summary>
public sealed record TextPlacement(Box Box, string Text, TextStyle Style);

/// <summary>
/// A mark where it is drawn: its status marker at <see cref="AnchorX"/> on row <see cref="Y"/>, the bar of its period
/// when the period is longer than a day, and its label (null when no room was left; the text answer has it).
/// </summary>
public sealed record MarkPlacement(TimelineMark Mark, float AnchorX, float Y, Box Bar, TextPlacement? Label, bool InRug)
{
    /// <summary>Where the faint marks of the dates it was moved from stand on its row, oldest first (none in the strip).</summary>
    public IReadOnlyList<float> FormerX { get; init; } = [];

    /// <summary>What the mark itself covers: bar, marker, flag, and its old dates with the arrows from them.</summary>
    public Box Graphic => new(
        FormerX.Append(Math.Min(Bar.Left, AnchorX)).Min() - ChartGeometry.MarkerSize / 2,
        Y - ChartGeometry.MarkerSize / 2,
        FormerX.Append(Math.Max(Bar.Right, AnchorX)).Max() + ChartGeometry.MarkerSize / 2,
        Y + ChartGeometry.MarkerSize / 2);
}

/// <summary>A phase's bar; <see cref="OpenStart"/> when the sources do not say when it began.</summary>
public sealed record PhasePlacement(PhaseBar Phase, Box Bar, bool OpenStart, TextPlacement? Label)
{
    /// <summary>Where the phase's old ends stand, oldest first: a faint mark each, with an arrow to its end.</summary>
    public IReadOnlyList<float> FormerEndX { get; init; } = [];
}

/// <summary>What a legend key shows beside its words.</summary>
public enum Swatch
{
    Passed,
    UnderWay,
    Ahead,
    Today,
    PhaseDone,
    PhaseUnderWay,
    PhasePlanned,
    PhaseDelayed,
    PhaseCancelled,
    Moved,
}

public sealed record LegendKey(Swatch Swatch, Box Sample, TextPlacement Label);

/// <summary>A tick of the time axis at <see cref="X"/>, with its label.</summary>
public sealed record TickPlacement(TimeTick Tick, float X, TextPlacement Label);
