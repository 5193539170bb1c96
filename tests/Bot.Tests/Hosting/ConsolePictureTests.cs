using Bot.Host.Console;
using Microsoft.Extensions.Configuration;

namespace Bot.Tests.Hosting;

/// <summary>The console's way of sending a chart: a PNG file, its path printed after the answer.</summary>
public sealed class ConsolePictureTests : IDisposable
{
    private readonly DirectoryInfo _pictures = Directory.CreateTempSubdirectory("bot-pictures-");
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("bot-data-");

    public void Dispose()
    {
        _pictures.Delete(recursive: true);
        _data.Delete(recursive: true);
    }

    [Fact]
    public async Task The_console_chat_prints_the_charts_path_after_the_timeline()
    {
        var output = new StringWriter();
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = RepositoryPaths.Root });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Knowledge:SeedsPath"] = "seeds",
            ["Bot:Storage:DataDirectory"] = _data.FullName,
            ["Bot:Pictures:OutputDirectory"] = _pictures.FullName,
        });
        builder.Services.AddSingleton(new ConsoleChatStreams(new StringReader("/timeline\n/quit\n"), output));
        builder.AddBot(new BotCommandLine(BotMode.Serve, null, null, DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        builder.AddChatTransports();
        using var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await host.RunAsync(timeout.Token);

        Assert.Contains($"Picture: {Path.Combine(_pictures.FullName, "timeline.png")}", output.ToString());
        Assert.True(File.Exists(Path.Combine(_pictures.FullName, "timeline.png")));
    }

    [Theory]
    [InlineData("/timeline", "timeline.png")]
    [InlineData("/phases", "phases.png")]
    [InlineData("/timeline ain al asad", "timeline-ain-al-asad.png")]
    public async Task Ask_writes_the_chart_to_a_png_file_and_prints_its_path_after_the_answer(string text, string file)
    {
        var output = new StringWriter();

        var code = await BotProgram.RunAsync(["ask", text, "--seeds", RepositoryPaths.Seeds, "--now", "2026-01-01", $"--Bot:Pictures:OutputDirectory={_pictures.FullName}"], output, new StringWriter());

        Assert.Equal(0, code);
        var path = Path.Combine(_pictures.FullName, file);
        Assert.EndsWith($"\nPicture: {path}\n", output.ToString().ReplaceLineEndings("\n"));
        var png = await File.ReadAllBytesAsync(path);
        Assert.Equal(0x89, png[0]);
        Assert.Equal("PNG", System.Text.Encoding.ASCII.GetString(png, 1, 3));
    }

    [Fact]
    public async Task No_pictures_answers_with_the_text_alone()
    {
        var output = new StringWriter();

        var code = await BotProgram.RunAsync(["ask", "/timeline", "--seeds", RepositoryPaths.Seeds, "--now", "2026-01-01", "--no-pictures", $"--Bot:Pictures:OutputDirectory={_pictures.FullName}"], output, new StringWriter());

        Assert.Equal(0, code);
        Assert.StartsWith("Timeline (as of 1 January 2026)", output.ToString());
        Assert.DoesNotContain("Picture:", output.ToString());
        Assert.Empty(_pictures.GetFiles());
    }

    [Fact]
    public async Task An_answer_without_a_chart_prints_no_picture_line()
    {
        var output = new StringWriter();

        await BotProgram.RunAsync(["ask", "/next", "--seeds", RepositoryPaths.Seeds, "--now", "2026-01-01", $"--Bot:Pictures:OutputDirectory={_pictures.FullName}"], output, new StringWriter());

        Assert.DoesNotContain("Picture:", output.ToString());
        Assert.Empty(_pictures.GetFiles());
    }
}
