using System.Diagnostics;
using System.Globalization;
using Bot.Core.Chat;
using Bot.Core.Commands;
using Bot.Core.Reminders;
using Bot.Fakes.Telegram;
using Bot.Host.Hosting;
using Bot.Host.Knowledge;
using Bot.Host.Reminders;
using Bot.Host.Scheduling;
using Bot.Host.Storage;
using Bot.Host.Storage.Sqlite;
using Bot.Telegram;
using Bot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Benchmarks;

/// <summary>
/// One reminder broadcast to many subscribed Telegram chats, end to end through the real host: Quartz fires the seed's
/// reminder, the job writes the outbox, the dispatcher sends through the real Telegram client to the fake Bot API, which
/// enforces Telegram's limits (30 messages/s overall) and answers 429 beyond them. Reports the achieved rate as a
/// fraction of the limit and the number of 429s. A single timed run rather than a BenchmarkDotNet job: at 30/s one run
/// of 10,000 chats takes about 5.5 minutes, and repeating it would add nothing.
/// </summary>
public static class ReminderBroadcastBenchmarks
{
    internal static readonly DateTimeOffset Due = new(2026, 1, 4, 9, 0, 0, TimeSpan.Zero);

    /// <summary>`dotnet run -c Release --project tests/Bot.Benchmarks -- reminder-broadcast [--chats N]`.</summary>
    public static async Task RunAsync(string[] args)
    {
        var chats = args.SkipWhile(a => a != "--chats").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(10_000);
        var limits = FakeTelegramLimits.Telegram;
        using var folder = new TempFolder("bot-benchmarks");
        await using var fake = await FakeTelegramBotApi.StartAsync();
        fake.EnforcedLimits = limits;
        Console.WriteLine($"// Subscribing {chats:N0} Telegram chats ...");
        var clock = new ClockStartedLater(Due - TimeSpan.FromSeconds(2));
        using var host = Build(fake, folder.Path, clock);
        // One transaction, and before the clock runs: however long set-up takes, the reminder is still ahead when the host plans.
        var subscriptions = Enumerable.Range(1, chats)
            .Select(i => new ReminderSubscription(new ChatAddress(ChatPlatform.Telegram, i.ToString(CultureInfo.InvariantCulture))))
            .ToList();
        await host.Services.GetRequiredService<ISubscriptionStore>().SubscribeAllAsync(subscriptions, CancellationToken.None);

        // The host plans while it starts; the clock still reads two seconds before the reminder is due until then,
        // however long start-up takes on a loaded machine.
        await host.StartAsync();
        clock.Start();
        var outbox = host.Services.GetRequiredService<SqlReminderOutbox>();
        var elapsed = Stopwatch.StartNew();
        Console.WriteLine($"// Broadcasting one reminder at {limits.MessagesPerSecond} messages/s (about {chats / (double)limits.MessagesPerSecond / 60:F1} minutes) ...");
        while (fake.DeliveredMessages.Count < chats && elapsed.Elapsed < TimeSpan.FromSeconds((chats / (double)limits.MessagesPerSecond * 2) + 60))
        {
            await Task.Delay(1000);
        }

        await host.StopAsync();
        var delivered = fake.DeliveredMessages.OrderBy(m => m.At).ToList();
        var counts = await outbox.CountByStatusAsync(CancellationToken.None);
        var outboxSummary = string.Join(", ", counts.Select(c => $"{c.Key} {c.Value:N0}"));
        if (delivered.Count < 2)
        {
            // A rate needs two deliveries; fewer means the broadcast did not happen, which is the figure to report.
            Console.WriteLine($"// FAILED: reminder broadcast to {chats:N0} Telegram chats delivered {delivered.Count} (outbox: {outboxSummary}); no rate to report.");
            Environment.ExitCode = 1;
            return;
        }

        var perChat = delivered.GroupBy(m => m.ChatId).Max(g => g.Count());
        var span = delivered[^1].At - delivered[0].At;
        var rate = (delivered.Count - 1) / span.TotalSeconds;
        Console.WriteLine($"// Reminder broadcast to {chats:N0} Telegram chats against a fake enforcing {limits.MessagesPerSecond}/s:");
        Console.WriteLine($"//   delivered {delivered.Count:N0} (outbox: {outboxSummary}), at most {perChat} per chat");
        Console.WriteLine($"//   first to last delivery {span.TotalSeconds:F1} s: {rate:F2} messages/s = {rate / limits.MessagesPerSecond:F3} of the limit (target >= 0.9)");
        // The first second may carry a full window at once, so (n-1)/span flatters short runs; n/(span + 1 s) never does.
        Console.WriteLine($"//   counting the opening window: {delivered.Count / (span.TotalSeconds + 1):F2} messages/s = {delivered.Count / (span.TotalSeconds + 1) / limits.MessagesPerSecond:F3} of the limit");
        Console.WriteLine($"//   429 answers: {fake.LimitViolations} (target 0)");
    }

    internal static IHost Build(FakeTelegramBotApi fake, string folder, TimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = TestHostBuilder.OnDataFolder(folder, fake.BotSettings(pollTimeoutSeconds: 1, settings));
        builder.Services.AddSingleton(clock);
        builder.AddFeatures();
        builder.AddTelegramTransport();
        builder.AddScheduling();
        builder.AddReminderDelivery();
        return builder.Build();
    }

    /// <summary>
    /// Reads a fixed instant until <see cref="Start"/>, then moves on with real time: set-up takes what it takes, and the
    /// broadcast still begins two seconds before the reminder is due.
    /// </summary>
    internal sealed class ClockStartedLater(DateTimeOffset start) : TimeProvider
    {
        // Zero until started; read from the host's threads, so written and read whole.
        private long _startedAt;

        public void Start() => Interlocked.Exchange(ref _startedAt, TimeProvider.System.GetTimestamp());

        public override DateTimeOffset GetUtcNow() =>
            Interlocked.Read(ref _startedAt) is var startedAt and not 0 ? start + TimeProvider.System.GetElapsedTime(startedAt) : start;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
