using Bot.Pictures;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Telegram.Tests.Support;

/// <summary>
/// The real registrations (commands, Telegram transport) on an empty host with in-memory configuration and
/// in-memory storage, pointed at a <see cref="FakeTelegramBotApi"/>. Retries are shortened so fault tests stay fast.
/// </summary>
public sealed class TelegramTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private TelegramTestHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public static async Task<TelegramTestHost> StartAsync(
        FakeTelegramBotApi fake,
        TelegramTestStorage storage,
        IDictionary<string, string?>? settings = null,
        LogCapture? logs = null,
        StepGate? gate = null)
    {
        var builder = TestHostBuilder.Create(
            fake.BotSettings(pollTimeoutSeconds: 5, new Dictionary<string, string?>
            {
                ["Bot:Telegram:RequestTimeout"] = "00:00:05",
                ["Bot:Telegram:RetryInitialDelay"] = "00:00:00.050",
                ["Bot:Telegram:RetryMaximumDelay"] = "00:00:00.400",
            }),
            settings);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.AddTestCommands(gate);
        builder.Services.AddPictures();
        storage.AddTo(builder.Services);
        builder.AddTelegramTransport();

        var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await host.StartAsync(timeout.Token);
        return new TelegramTestHost(host);
    }

    public async Task StopAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _host.StopAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
