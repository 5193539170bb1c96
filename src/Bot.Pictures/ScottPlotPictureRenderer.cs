using Bot.Core.Answers;
using Bot.Pictures.Layout;
using Microsoft.Extensions.Logging;

namespace Bot.Pictures;

/// <summary>
/// Lays out and draws a picture request as a PNG. It fails soft: whatever goes wrong (a missing native library, no
/// fonts), the answer's text goes out alone, and the cause is logged once rather than on every answer.
/// </summary>
public sealed partial class ScottPlotPictureRenderer(ILogger<ScottPlotPictureRenderer> logger) : IPictureRenderer
{
    private int failures;

    public RenderedPicture? TryRender(TimelinePicture picture)
    {
        try
        {
            var layout = TimelineLayout.Compute(picture, ChartTextMeasurer.Instance);
            var png = TimelinePainter.Paint(layout);
            return new RenderedPicture(png, picture.Name + ".png", picture.AltText, layout.Width, layout.Height);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (Interlocked.Increment(ref failures) == 1)
            {
                LogFailed(e, picture.Name);
            }

            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pictures are off: drawing {Name} failed; answers go as text alone (logged once)")]
    private partial void LogFailed(Exception exception, string name);
}
