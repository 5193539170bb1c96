using Bot.Pictures.Layout;
using SkiaSharp;

namespace Bot.Pictures;

/// <summary>
/// One font per kind of text, made once for the process: the layout measures with the very fonts the painter draws
/// with, and no render looks a typeface up again. Fonts are only read once made, so renders on several threads share them.
/// </summary>
public static class ChartFonts
{
    private static readonly Lazy<Dictionary<TextStyle, SKFont>> Fonts = new(Make);

    public static SKFont Of(TextStyle style) => Fonts.Value[style];

    /// <summary>Where the baseline goes for a text whose box (of <see cref="ChartGeometry.TextHeight"/>) starts at <paramref name="top"/>: the glyphs centred in it.</summary>
    public static float Baseline(TextStyle style, float top)
    {
        var metrics = Of(style).Metrics;
        return top + (ChartGeometry.TextHeight(style) - (metrics.Descent - metrics.Ascent)) / 2 - metrics.Ascent;
    }

    private static Dictionary<TextStyle, SKFont> Make()
    {
        // DejaVu where it is installed (README and .ci/run install it); otherwise whatever sans face the system has.
        var family = ScottPlot.Fonts.GetTypeface(ChartStyle.FontFamily, false, false)?.FamilyName == ChartStyle.FontFamily ? ChartStyle.FontFamily : ScottPlot.Fonts.Default;
        return Enum.GetValues<TextStyle>().ToDictionary(style => style, style =>
        {
            var (size, bold, _) = ChartStyle.Font(style);
            return new SKFont(ScottPlot.Fonts.GetTypeface(family, bold, false), size)
            {
                Edging = SKFontEdging.Antialias,
                Subpixel = true,
                Hinting = SKFontHinting.Slight,
            };
        });
    }
}
