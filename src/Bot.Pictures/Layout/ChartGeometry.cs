namespace Bot.Pictures.Layout;

/// <summary>The fixed proportions of the chart, in pixels: one home for every size the layout and the painter share.</summary>
public static class ChartGeometry
{
    public const int Width = 1200;

    /// <summary>16:9 at most, as both platforms preview it; a story with few marks gets a shorter picture, down to this.</summary>
    public const int MaxHeight = 675;
    public const int MinHeight = 300;

    public const float Margin = 28;
    public const float TitleTop = 18;
    public const float TitleHeight = 30;
    public const float LegendTop = 56;
    public const float LegendHeight = 20;
    public const float PlotTop = 88;
    /// <summary>Below the plot: the axis, its tick labels and the footer.</summary>
    public const float BottomBand = 66;
    public const float TodayRowHeight = 24;
    public const float PhaseRowHeight = 32;
    public const float PhaseBarHeight = 24;
    public const float MinMarkRow = 22;
    public const float MaxMarkRow = 36;
    public const float PreferredMarkRow = 32;
    public const float RugHeight = 16;
    public const float TickLength = 6;
    public const float TickLabelGap = 10;
    public const float FooterFromBottom = 30;

    public const float MarkerSize = 12;
    public const float SpanBarHeight = 8;
    public const float FlagHeight = 9;
    public const float LabelGap = 6;
    public const float BoxGap = 10;
    public const float LegendGap = 18;
    public const float ArrowHead = 7;

    /// <summary>Shorter than this a label says too little to be worth drawing; the mark goes unlabelled.</summary>
    public const float MinLabelWidth = 70;

    public static float TextHeight(TextStyle style) => style switch
    {
        TextStyle.Title => 30,
        TextStyle.Message => 28,
        TextStyle.PhaseLabel => 18,
        _ => 18,
    };
}
