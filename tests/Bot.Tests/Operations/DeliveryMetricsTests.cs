using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Bot.Core.Metrics;

namespace Bot.Tests.Operations;

/// <summary>Reminder and platform metrics as the real delivery path records them, against the fake Telegram API.</summary>
[Collection(QuartzCollection.Name)]
public sealed class DeliveryMetricsTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private static readonly ChatAddress Chat = new(ChatPlatform.Telegram, "4242");

    private readonly TempFolder _folder = new();
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _totals = new();
    private FakeTelegramBotApi _fake = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeTelegramBotApi.StartAsync();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BotMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var key = instrument.Name;
            foreach (var tag in tags)
            {
                key += $"|{tag.Key}={tag.Value}";
            }

            _totals.AddOrUpdate(key, value, (_, total) => total + value);
        });
        _listener.Start();
    }

    public async Task DisposeAsync()
    {
        _listener.Dispose();
        await _fake.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Sent_rejected_rate_limited_and_retried_messages_are_counted_per_platform()
    {
        await using var bot = await DeliveryTestHost.StartAsync(_fake, _folder.Path, DateTimeOffset.Parse("2026-01-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var outbox = bot.Services.GetRequiredService<IReminderOutbox>();

        _fake.FailNext("sendMessage", FakeTelegramFault.TooManyRequests(1));
        await outbox.EnqueueAsync([Message("paced", 1)], CancellationToken.None);
        await bot.WaitForOutboxAsync("sent", 1, Wait);
        _fake.FailNext("sendMessage", new FakeTelegramFault(400, "Bad Request: message is too long"));
        await outbox.EnqueueAsync([Message("refused", 2)], CancellationToken.None);
        await bot.WaitForOutboxAsync("failed", 1, Wait);
        _fake.FailNext("sendMessage", FakeTelegramFault.ServerError());
        await outbox.EnqueueAsync([Message("flaky", 3)], CancellationToken.None);
        await bot.WaitForOutboxAsync("sent", 2, Wait);

        Assert.True(Total("bot.reminders|outcome=sent") >= 2, Dump());
        Assert.True(Total("bot.reminders|outcome=rejected") >= 1, Dump());
        Assert.True(Total("bot.platform.rate_limited|platform=telegram") >= 1, Dump());
        Assert.True(Total("bot.platform.retries|platform=telegram") >= 2, Dump());
    }

    [Fact]
    public async Task Planned_late_and_skipped_reminders_are_counted()
    {
        var start = DateTimeOffset.Parse("2026-01-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        ReminderTrigger trigger;
        await using (var planner = await DeliveryTestHost.StartAsync(_fake, _folder.Path, start, [Chat]))
        {
            var plan = await planner.Services.GetRequiredService<ReminderPlanSource>().PlanAsync(start, CancellationToken.None);
            trigger = plan.Triggers.OrderBy(t => t.FireUtc).First();
        }

        Assert.True(Total("bot.reminders|outcome=planned") >= 1, Dump());

        // Restarted ten minutes after the trigger's time: within the grace, so it goes out marked late.
        await using var late = await DeliveryTestHost.StartAsync(_fake, _folder.Path, trigger.FireUtc + TimeSpan.FromMinutes(10), [Chat]);
        var delivery = late.Services.GetRequiredService<ReminderDelivery>();
        Assert.Equal(FiringResult.QueuedLate, await delivery.FireAsync(trigger.Subject.Key, trigger.FireUtc, CancellationToken.None));
        Assert.Equal(FiringResult.TooLate, await delivery.FireAsync(trigger.Subject.Key, trigger.FireUtc - TimeSpan.FromDays(1), CancellationToken.None));

        Assert.True(Total("bot.reminders|outcome=late") >= 1, Dump());
        Assert.True(Total("bot.reminders|outcome=skipped") >= 1, Dump());
    }

    private long Total(string key) => _totals.GetValueOrDefault(key);

    private string Dump() => string.Join("\n", _totals.Select(t => $"{t.Key} {t.Value}"));

    private static OutboxMessage Message(string id, long chat) =>
        new(id, new ChatAddress(ChatPlatform.Telegram, chat.ToString(System.Globalization.CultureInfo.InvariantCulture)), Answer.Short($"Notice {id}"), DateTimeOffset.UnixEpoch);
}
