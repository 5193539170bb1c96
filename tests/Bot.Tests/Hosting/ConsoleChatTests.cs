using Bot.Host.Console;

namespace Bot.Tests.Hosting;

/// <summary>The console chat on the real host, built from an empty builder so no stray appsettings.json can interfere.</summary>
public sealed class ConsoleChatTests : IDisposable
{
    private readonly TempFolder _data = new("bot-console-tests");

    public void Dispose() => _data.Dispose();

    private HostApplicationBuilder Builder(IDictionary<string, string?> settings) => TestHostBuilder.OnDataFolder(_data.Path, settings);

    [Fact]
    public async Task A_scripted_console_session_gets_one_answer_per_line_and_quits_on_quit()
    {
        var output = new StringWriter();
        var builder = Builder(new Dictionary<string, string?>());
        builder.Services.AddSingleton(new ConsoleChatStreams(new StringReader("/status ain al asad\n\nhow many US soldiers are in Iraq?\n/quit\n/help\n"), output));
        builder.AddBot(new BotCommandLine(BotMode.Serve, null, null, DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        builder.AddChatTransports();
        using var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await host.RunAsync(timeout.Token);

        Assert.False(timeout.IsCancellationRequested, "the session should end at /quit, not at the timeout");
        var text = output.ToString();
        Assert.Contains("Ain al-Asad: status on 1 January 2026", text);
        Assert.Contains("There are presently 2,500 US soldiers in Iraq.", text);
        Assert.DoesNotContain("Commands", text); // /help came after /quit
    }

    [Fact]
    public async Task End_of_input_leaves_the_console_chat_like_ctrl_d()
    {
        var output = new StringWriter();
        var builder = Builder(new Dictionary<string, string?>());
        builder.Services.AddSingleton(new ConsoleChatStreams(new StringReader("/sources"), output));
        builder.AddBot(new BotCommandLine(BotMode.Serve, null, null, null));
        builder.AddChatTransports();
        using var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await host.RunAsync(timeout.Token);

        Assert.False(timeout.IsCancellationRequested);
        Assert.Contains("Sources (1)", output.ToString());
    }

    [Theory]
    [InlineData("Bot:Telegram:Token")]
    [InlineData("Bot:Discord:Token")]
    public void The_console_chat_is_off_when_a_chat_platform_is_configured(string tokenKey)
    {
        var builder = Builder(new Dictionary<string, string?> { [tokenKey] = "123456:secret" });

        builder.AddConsoleChat();

        Assert.DoesNotContain(builder.Services, d => d.ImplementationType == typeof(ConsoleChat));
    }

    [Fact]
    public void The_console_chat_is_on_when_no_token_is_configured()
    {
        var builder = Builder(new Dictionary<string, string?>());

        builder.AddConsoleChat();

        Assert.Contains(builder.Services, d => d.ImplementationType == typeof(ConsoleChat));
    }

    [Fact]
    public async Task The_console_operator_is_a_moderator_and_may_add_and_remove_sources()
    {
        var output = new StringWriter();
        var builder = Builder(new Dictionary<string, string?>());
        builder.Services.AddSingleton(new ConsoleChatStreams(new StringReader("/addsource published=2026-01-10 Base handed over to Iraqi forces on Saturday.\n/removesource abcdef\n/quit\n"), output));
        builder.AddBot(new BotCommandLine(BotMode.Serve, null, null, DateTimeOffset.Parse("2026-01-12T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        builder.AddChatTransports();
        using var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        await host.RunAsync(timeout.Token);

        var text = output.ToString();
        Assert.Contains("Added source [", text);
        Assert.Contains("No source has the id \u201cabcdef\u201d", text);
        Assert.DoesNotContain("only this chat's moderators", text);
    }
}
