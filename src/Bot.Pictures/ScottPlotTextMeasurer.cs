using Bot.Pictures.Layout;
using ScottPlot;

namespace Bot.Pictures;

/// <summary>Measures text with the very font settings <see cref="TimelinePainter"/> draws it with.</summary>
public sealed class ScottPlotTextMeasurer : ITextMeasurer, IDisposable
{
    private readonly Paint paint = Paint.NewDisposablePaint();
    private readonly Dictionary<TextStyle, LabelStyle> styles = Enum.GetValues<TextStyle>().ToDictionary(s => s, TimelinePainter.Label);
    private readonly Lock gate = new();

    public float Width(string text, TextStyle style)
    {
        lock (gate)
        {
            return styles[style].Measure(text, paint).Width;
        }
    }

    public void Dispose() => paint.Dispose();
}
