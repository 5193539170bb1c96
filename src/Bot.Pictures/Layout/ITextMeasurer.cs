namespace Bot.Pictures.Layout;

/// <summary>How wide a text is drawn, in pixels: the layout places labels by the same font the painter draws them in.</summary>
public interface ITextMeasurer
{
    float Width(string text, TextStyle style);
}

/// <summary>A kind of text on the chart; the painter maps each to a font size, weight and colour.</summary>
public enum TextStyle
{
    Title,
    Legend,
    Label,
    PhaseLabel,
    Tick,
    Footer,
    Today,
    Message,
}
