using Bot.Core.Reminders;
using Bot.Fakes.Telegram;
using Bot.Host.Knowledge;
using Bot.Host.Reminders;
using Bot.Host.Scheduling;
using Bot.Telegram;

namespace Bot.Tests.Reminders;

/// <summary>
/// The real host wiring for reminders (storage, seed knowledge, commands, Telegram transport, Quartz, scheduler,
/// dispatcher) on one data folder, pointed at a fake Telegram API, with the clock starting at a chosen instant and
/// running in real time. Delivery rates are scaled up (300/s) so tests stay fast.
/// </summary>
public sealed class DeliveryTestHost : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private DeliveryTestHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public SqlReminderOutbox Outbox => Services.GetRequiredService<SqlReminderOutbox>();

    public static async Task<DeliveryTestHost> StartAsync(
        FakeTelegramBotApi fake,
        string dataDirectory,
        DateTimeOffset now,
        IEnumerable<ChatAddress>? subscribers = null,
        IDictionary<string, string?>? settings = null)
    {
        var builder = TestHostBuilder.OnDataFolder(dataDirectory, fake.BotSettings(pollTimeoutSeconds: 1, new Dictionary<string, string?>
        {
            ["Bot:Telegram:RequestTimeout"] = "00:00:05",
            ["Bot:Telegram:MessagesPerSecond"] = "300",
            ["Bot:Delivery:PollInterval"] = "00:00:00.100",
            ["Bot:Delivery:RetryInitialDelay"] = "00:00:00.050",
            ["Bot:Delivery:RetryMaximumDelay"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
        }).Concat(settings ?? new Dictionary<string, string?>()));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Services.AddSingleton<TimeProvider>(new PinnedStartTimeProvider(now));
        builder.AddFeatures();
        builder.AddTelegramTransport();
        builder.AddScheduling();
        builder.AddReminderDelivery();
        var host = builder.Build();

        var store = host.Services.GetRequiredService<ISubscriptionStore>();
        foreach (var chat in subscribers ?? [])
        {
            await store.SubscribeAsync(new ReminderSubscription(chat), CancellationToken.None);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await host.StartAsync(timeout.Token);
        return new DeliveryTestHost(host);
    }

    /// <summary>Waits (bounded) until the outbox has <paramref name="count"/> rows in <paramref name="status"/>.</summary>
    public Task WaitForOutboxAsync(string status, int count, TimeSpan timeout) =>
        Eventually.TrueAsync(
            async () => (await Outbox.CountByStatusAsync(CancellationToken.None)).GetValueOrDefault(status) >= count,
            timeout,
            $"{count} '{status}' rows in the outbox");

    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await _host.StopAsync(timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}

/// <summary>Quartz keeps one scheduler per name in the process: tests that start a scheduler take turns.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class QuartzCollection
{
    public const string Name = "Quartz scheduler";
}
