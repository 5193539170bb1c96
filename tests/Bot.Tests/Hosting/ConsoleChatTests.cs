using Bot.Host.Console;

namespace Bot.Tests.Hosting;

/// <summary>The console chat on the real host, built from an empty builder so no stray appsettings.json can interfere.</summary>
public sealed class ConsoleChatTests : IDisposable
{
    private readonly TempFolder _data = new("bot-console-tests");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_scripted_console_session_gets_one_answer_per_line_and_quits_on_quit()
    {
        var text = await BotTestHost.RunConsoleSessionAsync(_data.Path, "/status ain al asad\n\nhow many US soldiers are in Iraq?\n/quit\n/help\n", BotTestHost.At("2026-01-01T00:00:00Z"));

        Assert.Contains("Ain al-Asad: status on 1 January 2026", text);
        Assert.Contains("There are presently 2,500 US soldiers in Iraq.", text);
        Assert.DoesNotContain("Commands", text); // /help came after /quit
    }

    [Fact]
    public async Task End_of_input_leaves_the_console_chat_like_ctrl_d()
    {
        var text = await BotTestHost.RunConsoleSessionAsync(_data.Path, "/sources");

        Assert.Contains("Sources (1)", text);
    }

    [Theory]
    [InlineData("Bot:Telegram:Token", false)]
    [InlineData("Bot:Discord:Token", false)]
    [InlineData(null, true)]
    public void The_console_chat_is_on_only_when_no_chat_platform_token_is_configured(string? tokenKey, bool on)
    {
        var builder = TestHostBuilder.OnDataFolder(_data.Path, tokenKey is null ? [] : [new(tokenKey, "123456:secret")]);

        builder.AddConsoleChat();

        Assert.Equal(on, builder.Services.Any(d => d.ImplementationType == typeof(ConsoleChat)));
    }

    [Fact]
    public async Task The_console_operator_is_a_moderator_and_may_add_and_remove_sources()
    {
        var text = await BotTestHost.RunConsoleSessionAsync(
            _data.Path, "/addsource published=2026-01-10 Base handed over to Iraqi forces on Saturday.\n/removesource abcdef\n/quit\n", BotTestHost.At("2026-01-12T00:00:00Z"));

        Assert.Contains("Added source [", text);
        Assert.Contains("No source has the id \u201cabcdef\u201d", text);
        Assert.DoesNotContain("only this chat's moderators", text);
    }
}
