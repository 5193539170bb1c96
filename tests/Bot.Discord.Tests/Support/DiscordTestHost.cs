using Bot.Discord.Client.Gateway;
using Bot.Pictures;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Bot.Testing.Stores;

namespace Bot.Discord.Tests.Support;

/// <summary>
/// The real host with the real transport registration, pointed at a <see cref="FakeDiscordServer"/>, with the
/// core's dispatcher and a few test commands. In-memory configuration only, so no appsettings.json can interfere.
/// </summary>
public sealed class DiscordTestHost : IAsyncDisposable
{
    public const string Token = "MTAwMDAwMDAwMDAwMDAwMDAx.secret-token-value";

    private DiscordTestHost(IHost host, LogCapture logs)
    {
        Host = host;
        Logs = logs;
    }

    public IHost Host { get; }

    public LogCapture Logs { get; }

    public SlowCommand Slow => Host.Services.GetServices<IChatCommand>().OfType<SlowCommand>().Single();

    public InMemoryChatSettingsStore Directory => (InMemoryChatSettingsStore)Host.Services.GetRequiredService<IChatDirectory>();

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    public static Task<DiscordTestHost> StartAsync(FakeDiscordServer fake, Dictionary<string, string?>? settings = null) =>
        StartAsync(fake.ApiBaseUrl, fake.GatewayUrl.ToString(), settings);

    public static async Task<DiscordTestHost> StartAsync(string apiBaseUrl, string gatewayUrl, Dictionary<string, string?>? settings = null)
    {
        var builder = TestHostBuilder.Create(
            new Dictionary<string, string?>
            {
                ["Bot:Discord:Token"] = Token,
                ["Bot:Discord:ApplicationId"] = FakeDiscordServer.ApplicationId,
                ["Bot:Discord:ApiBaseUrl"] = apiBaseUrl,
                ["Bot:Discord:GatewayUrl"] = gatewayUrl,
                // As late as the options allow (under 3 s), so a loaded machine never defers a quick answer; the defer tests set their own.
                ["Bot:Discord:DeferAfter"] = "00:00:02.900",
                ["Bot:Discord:ReconnectDelay"] = "00:00:00.010",
                ["Bot:Discord:MaxReconnectDelay"] = "00:00:00.200",
                ["Bot:Discord:ModeratorRoleIds:0"] = "777",
            },
            settings);
        var logs = new LogCapture();
        builder.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
        builder.Services.AddSingleton(new GatewayRandomness(() => 0.5));
        builder.Services.AddTestCommands();
        builder.Services.AddPictures();
        builder.AddDiscordTransport();

        var host = builder.Build();
        await host.StartAsync();
        return new DiscordTestHost(host, logs);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Host.StopAsync(timeout.Token);
        Host.Dispose();
    }
}
