using System.Diagnostics;
using System.Globalization;
using Bot.Core.Chat;
using Bot.Core.Cluster;
using Bot.Core.Reminders;
using Bot.Fakes.Telegram;
using Bot.Tests.Cluster;
using Bot.Tests.Reminders;
using Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Benchmarks;

/// <summary>
/// Two instances on one PostgreSQL 15 (the tests' throw-away cluster) against the fake Telegram API:
/// <c>cluster-broadcast</c> times one reminder to N chats with both instances running and the fake enforcing Telegram's
/// 30 messages/s per bot; <c>cluster-failover</c> kills the polling instance (SIGKILL, real processes) and times the
/// first answer by the other. Single timed runs, like <see cref="ReminderBroadcastBenchmarks"/>.
/// </summary>
public static class ClusterBenchmarks
{
    /// <summary>`dotnet run -c Release --project tests/Bot.Benchmarks -- cluster-broadcast [--chats N]`.</summary>
    public static async Task BroadcastAsync(string[] args)
    {
        var chats = Argument(args, "--chats", 10_000);
        var limits = FakeTelegramLimits.Telegram;
        var connectionString = await (await PostgresCluster.StartedAsync()).CreateDatabaseAsync();
        using var folderA = new TempFolder("bot-benchmarks");
        using var folderB = new TempFolder("bot-benchmarks");
        await using var fake = await FakeTelegramBotApi.StartAsync();
        fake.EnforcedLimits = limits;
        var clock = new ReminderBroadcastBenchmarks.ClockStartedLater(ReminderBroadcastBenchmarks.Due - TimeSpan.FromSeconds(2));
        var postgres = new Dictionary<string, string?> { ["Bot:Storage:Provider"] = "Postgres", ["Bot:Storage:ConnectionString"] = connectionString };
        using var a = ReminderBroadcastBenchmarks.Build(fake, folderA.Path, clock, postgres);
        using var b = ReminderBroadcastBenchmarks.Build(fake, folderB.Path, clock, postgres);
        Console.WriteLine($"// Subscribing {chats:N0} Telegram chats on PostgreSQL ...");
        // Before the hosts start, so the planning leader's start-up plan has them; the clock waits until both are up.
        await a.Services.GetRequiredService<ISubscriptionStore>().SubscribeAllAsync(
            [.. Enumerable.Range(1, chats).Select(i => new ReminderSubscription(new ChatAddress(ChatPlatform.Telegram, i.ToString(CultureInfo.InvariantCulture))))],
            CancellationToken.None);
        await Task.WhenAll(a.StartAsync(), b.StartAsync());
        clock.Start();
        var elapsed = Stopwatch.StartNew();
        Console.WriteLine($"// Broadcasting one reminder from two instances at {limits.MessagesPerSecond} messages/s per bot (about {chats / (double)limits.MessagesPerSecond / 60:F1} minutes) ...");
        while (fake.DeliveredMessages.Count < chats && elapsed.Elapsed < TimeSpan.FromSeconds((chats / (double)limits.MessagesPerSecond * 2) + 60))
        {
            await Task.Delay(1000);
        }

        await Task.WhenAll(a.StopAsync(), b.StopAsync());
        var delivered = fake.DeliveredMessages.OrderBy(m => m.At).ToList();
        if (delivered.Count < 2)
        {
            Console.WriteLine($"// FAILED: the cluster broadcast to {chats:N0} chats delivered {delivered.Count}; no rate to report.");
            Environment.ExitCode = 1;
            return;
        }

        var repeated = delivered.GroupBy(m => m.ChatId).Count(g => g.Count() > 1);
        var span = delivered[^1].At - delivered[0].At;
        Console.WriteLine($"// Reminder broadcast to {chats:N0} chats from two instances on PostgreSQL, fake enforcing {limits.MessagesPerSecond}/s per bot:");
        Console.WriteLine($"//   delivered {delivered.Count:N0} to {delivered.Select(m => m.ChatId).Distinct().Count():N0} chats, {repeated} chats more than once");
        Console.WriteLine($"//   first to last delivery {span.TotalSeconds:F1} s; counting the opening window {delivered.Count / (span.TotalSeconds + 1):F2} messages/s = {delivered.Count / (span.TotalSeconds + 1) / limits.MessagesPerSecond:F3} of the limit (target >= 0.9)");
        Console.WriteLine($"//   429 answers: {fake.LimitViolations} (target 0)");
    }

    /// <summary>`dotnet run -c Release --project tests/Bot.Benchmarks -- cluster-failover [--rounds N]`.</summary>
    public static async Task FailoverAsync(string[] args)
    {
        var rounds = Argument(args, "--rounds", 5);
        var connectionString = await (await PostgresCluster.StartedAsync()).CreateDatabaseAsync();
        using var data = new TempFolder("bot-benchmarks");
        await using var fake = await FakeTelegramBotApi.StartAsync();
        var environment = new Dictionary<string, string>
        {
            ["Bot__Storage__Provider"] = "Postgres",
            ["Bot__Storage__ConnectionString"] = connectionString,
        };
        var bots = new List<BotProcess>();
        var times = new List<double>();
        var chat = 0L;
        try
        {
            bots.Add(BotProcess.Start(fake, data.Path, RepositoryPaths.Seeds, DateTimeOffset.UtcNow, environment));
            bots.Add(BotProcess.Start(fake, data.Path, RepositoryPaths.Seeds, DateTimeOffset.UtcNow, environment));
            await WaitAsync(() => fake.Requests("getMe").Count >= 2, "both instances");
            for (var round = 0; round < rounds; round++)
            {
                // A warm leader: it has answered and stored its offset.
                var id = fake.EnqueueMessage(++chat, "/topics", fromId: chat);
                await WaitAsync(() => fake.ConfirmedOffset > id, "the leader's answer");
                var leader = await LeaderAsync(connectionString, LeadershipRoles.TelegramPoller(fake.BotId), bots);
                await leader.KillAsync();
                var killed = Stopwatch.StartNew();
                var probe = ++chat;
                fake.EnqueueMessage(probe, "/topics", fromId: probe);
                await WaitAsync(() => fake.SentMessages.Any(m => m.ChatId == probe), "the other instance's answer");
                times.Add(killed.Elapsed.TotalSeconds);
                Console.WriteLine($"// round {round + 1}: leader killed to first answer by the other instance {killed.Elapsed.TotalSeconds:F2} s");
                bots.Remove(leader);
                await leader.DisposeAsync();
                // The next round starts once the replacement is up and trying for the lead, so it times a failover, not a start.
                var identified = fake.Requests("getMe").Count;
                bots.Add(BotProcess.Start(fake, data.Path, RepositoryPaths.Seeds, DateTimeOffset.UtcNow, environment));
                await WaitAsync(() => fake.Requests("getMe").Count > identified, "the replacement instance");
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
        finally
        {
            foreach (var bot in bots)
            {
                await bot.DisposeAsync();
            }
        }

        times.Sort();
        Console.WriteLine($"// Poller failover over {times.Count} rounds: median {times[times.Count / 2]:F2} s, max {times[^1]:F2} s (target < 5 s)");
    }

    private static int Argument(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(fallback);

    private static async Task WaitAsync(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(90))
            {
                throw new TimeoutException($"Waited 90 s for {what}");
            }

            await Task.Delay(10);
        }
    }

    private static async Task<BotProcess> LeaderAsync(string connectionString, string role, List<BotProcess> bots)
    {
        var pid = await ClusterLeaders.ProcessIdAsync(connectionString, role);
        return bots.Single(b => b.Id == pid);
    }
}
