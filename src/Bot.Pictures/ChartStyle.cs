using Bot.Core.Answers;
using Bot.Pictures.Layout;
using ScottPlot;

namespace Bot.Pictures;

/// <summary>
/// The chart's look, in one place. Status is told by colour and by shape, so it reads in greyscale and for
/// colour-blind readers: passed is a filled circle in grey, under way a filled diamond in orange, ahead an open
/// circle in blue (the Okabe–Ito colours); phases by fill, by pattern (a delayed phase is hatched, a cancelled one
/// only outlined, dashed) and by the words in the bar; a moved date by a faint open circle at the old date and an
/// arrow to the new one; a cancelled or missed date by a cross over its marker and the word in its label.
/// </summary>
public static class ChartStyle
{
    public const string FontFamily = "DejaVu Sans";

    public static readonly Color Background = Color.FromHex("#FFFFFF");
    public static readonly Color PlotBackground = Color.FromHex("#F6F8FA");
    public static readonly Color Grid = Color.FromHex("#E1E5EA");
    public static readonly Color Ink = Color.FromHex("#1F2933");
    public static readonly Color Muted = Color.FromHex("#5F6B7A");
    public static readonly Color Today = Color.FromHex("#D55E00");
    public static readonly Color Passed = Color.FromHex("#6B7785");
    public static readonly Color UnderWay = Color.FromHex("#E69F00");
    public static readonly Color Ahead = Color.FromHex("#0072B2");
    public static readonly Color Delayed = Color.FromHex("#CC79A7");
    public static readonly Color Former = Color.FromHex("#5F6B7A").WithAlpha(0.55);

    public static MarkerShape Shape(MarkStatus status) => status switch
    {
        MarkStatus.Passed => MarkerShape.FilledCircle,
        MarkStatus.UnderWay => MarkerShape.FilledDiamond,
        _ => MarkerShape.OpenCircle,
    };

    public static Color Colour(MarkStatus status) => status switch
    {
        MarkStatus.Passed => Passed,
        MarkStatus.UnderWay => UnderWay,
        _ => Ahead,
    };

    /// <summary>A phase's fill (white when planned or cancelled: only its outline is drawn), its outline and its words.</summary>
    public static (Color Fill, Color Line, Color Text) Phase(PhaseStatus status) => status switch
    {
        PhaseStatus.Done => (Color.FromHex("#7B8794"), Color.FromHex("#616E7C"), Color.FromHex("#FFFFFF")),
        PhaseStatus.UnderWay => (UnderWay, Color.FromHex("#B77F00"), Ink),
        PhaseStatus.Delayed => (Delayed, Color.FromHex("#9E4F7C"), Ink),
        PhaseStatus.Cancelled => (Color.FromHex("#FFFFFF"), Muted, Muted),
        _ => (Color.FromHex("#FFFFFF"), Ahead, Ahead),
    };

    public static (float Size, bool Bold, Color Colour) Font(TextStyle style) => style switch
    {
        TextStyle.Title => (22, true, Ink),
        TextStyle.Message => (20, false, Muted),
        TextStyle.PhaseLabel => (13, true, Ink),
        TextStyle.Today => (13, true, Today),
        TextStyle.Footer => (13, false, Muted),
        _ => (14, false, Ink),
    };
}
