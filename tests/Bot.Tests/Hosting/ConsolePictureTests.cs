namespace Bot.Tests.Hosting;

/// <summary>The console's way of sending a chart: a PNG file, its path printed after the answer.</summary>
public sealed class ConsolePictureTests : IDisposable
{
    private readonly TempFolder _pictures = new("bot-pictures");
    private readonly TempFolder _data = new("bot-data");

    public void Dispose()
    {
        _pictures.Dispose();
        _data.Dispose();
    }

    [Fact]
    public async Task The_console_chat_prints_the_charts_path_after_the_timeline()
    {
        var output = await BotTestHost.RunConsoleSessionAsync(
            _data.Path, "/timeline\n/quit\n", BotTestHost.At("2026-01-01T00:00:00Z"), [new("Bot:Pictures:OutputDirectory", _pictures.Path)]);

        Assert.Contains($"Picture: {Path.Combine(_pictures.Path, "timeline.png")}", output);
        Assert.True(File.Exists(Path.Combine(_pictures.Path, "timeline.png")));
    }

    [Theory]
    [InlineData("/timeline", "timeline.png")]
    [InlineData("/phases", "phases.png")]
    [InlineData("/timeline ain al asad", "timeline-ain-al-asad.png")]
    public async Task Ask_writes_the_chart_to_a_png_file_and_prints_its_path_after_the_answer(string text, string file)
    {
        var (code, output) = await AskAsync(text);

        Assert.Equal(0, code);
        var path = Path.Combine(_pictures.Path, file);
        Assert.EndsWith($"\nPicture: {path}\n", output.ReplaceLineEndings("\n"));
        var png = await File.ReadAllBytesAsync(path);
        Assert.Equal(0x89, png[0]);
        Assert.Equal("PNG", System.Text.Encoding.ASCII.GetString(png, 1, 3));
    }

    [Fact]
    public async Task No_pictures_answers_with_the_text_alone()
    {
        var (code, output) = await AskAsync("/timeline", "--no-pictures");

        Assert.Equal(0, code);
        Assert.StartsWith("Timeline (as of 1 January 2026)", output);
        Assert.DoesNotContain("Picture:", output);
        Assert.Empty(Directory.GetFiles(_pictures.Path));
    }

    [Fact]
    public async Task An_answer_without_a_chart_prints_no_picture_line()
    {
        var (_, output) = await AskAsync("/next");

        Assert.DoesNotContain("Picture:", output);
        Assert.Empty(Directory.GetFiles(_pictures.Path));
    }

    /// <summary>`Bot ask` on the seeds on 1 January 2026, its charts written to this test's folder.</summary>
    private async Task<(int Code, string Output)> AskAsync(string text, params string[] options)
    {
        var output = new StringWriter();
        var code = await BotProgram.RunAsync(
            ["ask", text, "--seeds", RepositoryPaths.Seeds, "--now", "2026-01-01", .. options, $"--Bot:Pictures:OutputDirectory={_pictures.Path}"], output, new StringWriter());
        return (code, output.ToString());
    }
}
