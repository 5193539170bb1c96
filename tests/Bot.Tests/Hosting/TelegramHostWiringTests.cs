using Bot.Host.Console;

namespace Bot.Tests.Hosting;

/// <summary>The real host's wiring: with a token, AddBot and AddChatTransports serve Telegram instead of the console.</summary>
public sealed class TelegramHostWiringTests : FakeTelegramHostTests
{
    [Fact]
    public async Task With_a_token_the_host_serves_Telegram_from_its_data_folder_and_opens_no_console_chat()
    {
        var builder = TestHostBuilder.OnDataFolder(Data.Path, new Dictionary<string, string?>
        {
            ["Bot:Telegram:Token"] = Fake.Token,
            ["Bot:Telegram:ApiBaseUrl"] = Fake.BaseUrl,
            ["Bot:Storage:DataDirectory"] = "data",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddBot(new BotCommandLine(BotMode.Serve, null, null, null)).AddChatTransports();
        Fake.EnqueueMessage(chatId: 42, "/help");

        using var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await host.StartAsync(timeout.Token);
        var reply = (await Fake.WaitForAsync("sendMessage", 1, TimeSpan.FromSeconds(10))).Single();
        await host.StopAsync(timeout.Token);

        Assert.StartsWith("<b>Commands</b>", reply.Text);
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s is ConsoleChat);
        Assert.True(File.Exists(Path.Combine(Data.Path, "data", "bot.db")));
    }
}
