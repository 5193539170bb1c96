using Bot.Pictures.Layout;

namespace Bot.Pictures;

/// <summary>Measures text with the fonts <see cref="TimelinePainter"/> draws it with.</summary>
public sealed class ChartTextMeasurer : ITextMeasurer
{
    public static readonly ChartTextMeasurer Instance = new();

    public float Width(string text, TextStyle style) => ChartFonts.Of(style).MeasureText(text);
}
