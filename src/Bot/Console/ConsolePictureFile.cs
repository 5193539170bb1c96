using Bot.Core.Answers;

namespace Bot.Host.Console;

/// <summary>
/// The console's way of sending a picture: the PNG written to a file, its path printed after the text. A terminal
/// shows no images, and a file is what a script or a README needs.
/// </summary>
public sealed partial class ConsolePictureFile(IPictureRenderer renderer, IOptions<PicturesOptions> options, ILogger<ConsolePictureFile> logger)
{
    /// <summary>"Picture: /tmp/bot-pictures/timeline.png", or null when the answer has no picture or it could not be drawn or written.</summary>
    public string? Write(Answer answer)
    {
        if (renderer.TryRender(answer) is not { } rendered)
        {
            return null;
        }

        var folder = options.Value.OutputDirectory is { Length: > 0 } configured ? configured : Path.Combine(Path.GetTempPath(), "bot-pictures");
        var path = Path.GetFullPath(Path.Combine(folder, rendered.FileName));
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(path, rendered.Png);
            return $"Picture: {path}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogNotWritten(path, e.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The picture could not be written to {Path}: {Reason}")]
    private partial void LogNotWritten(string path, string reason);
}
