using System.Diagnostics;
using Bot.Fakes.Telegram;
using Bot.Host.Storage.Sqlite;
using Bot.Tests.Hosting;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Bot.Tests.Reminders;

/// <summary>
/// The crash the in-process dispatch test can only imitate: the built bot runs as its own process, is killed with
/// SIGKILL (no shutdown hook, no lease released, whatever was in flight cut off) halfway through a broadcast, and is
/// started again on the same data folder. Only the fake Telegram API, in this process, counts what arrived.
/// </summary>
[Collection(QuartzCollection.Name)]
public sealed class ProcessKillTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int ChatCount = 1000;

    // The seed says "by Saturday 10 January 2026"; its 7-day reminder is due 3 January at 09:00 in the chats' zone
    // (the default, UTC). The 1-day and same-day ones lie days ahead and never fire during the test.
    internal static readonly DateTimeOffset Due = new(2026, 1, 3, 9, 0, 0, TimeSpan.Zero);

    internal const string Seed = """
        ---
        title: Valona port reopening
        published: 2026-01-01
        source: Harbour authority statement
        ---
        The port of Valona will reopen by Saturday 10 January 2026, the harbour authority said on Thursday.
        """;

    // Bounds a whole phase (a process start included), not a timing claim: a run normally needs a few seconds.
    private static readonly TimeSpan PhaseTimeout = TimeSpan.FromSeconds(90);

    // 200/s instead of Telegram's 30: the broadcast takes about 5 s, long enough to be killed in its middle.
    private static readonly Dictionary<string, string> Fast = new() { ["Bot__Telegram__MessagesPerSecond"] = "200" };

    private readonly TempFolder _data = new();
    private readonly TempFolder _seeds = new();
    private FakeTelegramBotApi _fake = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeTelegramBotApi.StartAsync();
        await File.WriteAllTextAsync(Path.Combine(_seeds.Path, "2026-01-01-valona-port.md"), Seed);
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        _data.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task A_bot_killed_mid_broadcast_to_1000_chats_reminds_every_chat_once_after_a_restart()
    {
        var chats = Enumerable.Range(1, ChatCount).Select(i => new ChatAddress(ChatPlatform.Telegram, i.ToString(CultureInfo.InvariantCulture))).ToList();

        // The real host and stores subscribe the chats and put the triggers into Quartz's tables an hour ahead, as a bot
        // that has been running for a while would have. The child then finds its trigger stored however slowly it
        // starts: a reminder planned only by the child would be lost if its start-up took longer than the margin.
        await using (var planner = await DeliveryTestHost.StartAsync(_fake, _data.Path, Due - TimeSpan.FromHours(1), chats, new Dictionary<string, string?>
        {
            ["Bot:Knowledge:SeedsPath"] = _seeds.Path,
        }))
        {
            var plan = await planner.Services.GetRequiredService<ReminderPlanSource>().PlanAsync(Due - TimeSpan.FromHours(1), CancellationToken.None);
            var trigger = Assert.Single(plan.Triggers, t => t.FireUtc == Due);
            Assert.Equal(ChatCount, plan.Entries.Count(e => e.Key == trigger.Key && e.FireUtc == Due));
        }

        Assert.Empty(_fake.SentMessages);
        var started = Stopwatch.StartNew();
        await using (var first = BotProcess.Start(_fake, _data.Path, _seeds.Path, Due - TimeSpan.FromSeconds(2), Fast))
        {
            await first.WaitUntilAsync(() => Task.FromResult(_fake.DeliveredMessages.Count >= ChatCount * 4 / 10), PhaseTimeout, "40% of the broadcast before the kill");
            await first.KillAsync();
        }

        var beforeRestart = _fake.DeliveredMessages.Select(m => m.ChatId).Distinct().Count();

        // The clock goes on from where the killed process left it: the restart comes after the reminder's time, so the
        // spent trigger is not planned again and everything left must come from the outbox the dead process wrote.
        await using (var second = BotProcess.Start(_fake, _data.Path, _seeds.Path, Due - TimeSpan.FromSeconds(2) + started.Elapsed, Fast))
        {
            var outbox = SqliteOutboxFile.Open(_data.Path);
            await second.WaitUntilAsync(
                async () => (await outbox.CountByStatusAsync(CancellationToken.None)).GetValueOrDefault("sent") >= ChatCount,
                PhaseTimeout,
                "every outbox row recorded as sent after the restart");
            await second.KillAsync();
            Assert.Equal(new Dictionary<string, int> { ["sent"] = ChatCount }, await outbox.CountByStatusAsync(CancellationToken.None));
        }

        output.WriteLine($"{beforeRestart} chats reached before the kill; {_fake.DeliveredMessages.Count} messages in all");
        Assert.InRange(beforeRestart, ChatCount * 4 / 10, ChatCount - 1);
        var delivered = _fake.DeliveredMessages;
        var perChat = delivered.GroupBy(m => m.ChatId!.Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enumerable.Range(1, ChatCount).Select(i => (long)i), perChat.Keys.Order());
        // The one repeat the design allows: the message the kill caught between Telegram accepting it and the row being
        // marked sent. Anything more would be a burst of repeats, not a crash's unavoidable edge.
        Assert.True(perChat.Count(p => p.Value > 1) <= 1, $"repeated to {string.Join(", ", perChat.Where(p => p.Value > 1).Select(p => $"{p.Key} x{p.Value}"))}");
        Assert.All(perChat, p => Assert.InRange(p.Value, 1, 2));
        Assert.All(delivered, m => Assert.StartsWith("<b>Reminder: in 7 days — by Saturday 10 January 2026</b>", m.Text));
        Assert.All(delivered, m => Assert.Contains("The port of Valona will reopen by Saturday 10 January 2026", m.Text));
        Assert.All(delivered, m => Assert.DoesNotContain("Sent late", m.Text));
    }

}
