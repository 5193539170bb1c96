using Bot.Core.Reminders;
using Bot.Fakes.Telegram;
using Bot.Host.Storage.Sqlite;


namespace Bot.Tests.Reminders;

/// <summary>The outbox dispatcher against the fake Telegram API: exactly once across a kill, within the limits, and its failure paths.</summary>
[Collection(QuartzCollection.Name)]
public sealed class ReminderDispatchTests : FakeTelegramHostTests
{
    private static readonly DateTimeOffset Due = new(2026, 1, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Quiet = new(2026, 2, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_broadcast_to_1000_chats_killed_midway_and_restarted_reminds_every_chat_exactly_once()
    {
        var chats = Enumerable.Range(1, 1000).Select(i => new ChatAddress(ChatPlatform.Telegram, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var first = await DeliveryTestHost.StartAsync(Fake, Data.Path, Due - TimeSpan.FromSeconds(1.5), chats);
        await Eventually.TrueAsync(() => Fake.DeliveredMessages.Count >= 300, Wait);
        await first.DisposeAsync();
        var afterKill = Fake.DeliveredMessages.Count;

        // A dispatcher that died holding leases: these rows were claimed and never sent nor recorded.
        var orphaned = await SqliteOutboxFile.Open(Data.Path).ClaimAsync(ChatPlatform.Telegram, 10, DateTimeOffset.UtcNow, TimeSpan.FromHours(1), CancellationToken.None);

        await using var second = await DeliveryTestHost.StartAsync(Fake, Data.Path, Due + TimeSpan.FromSeconds(5), chats);
        // The trigger firing again (a recovered job, a second instance) must not queue anything twice.
        var plan = await second.Services.GetRequiredService<ReminderPlanSource>().PlanAsync(Due - TimeSpan.FromMinutes(1), CancellationToken.None);
        var trigger = plan.Triggers.First(t => t.FireUtc == Due);
        await second.Services.GetRequiredService<ReminderDelivery>().FireAsync(trigger.Key, Due, CancellationToken.None);
        await second.WaitForOutboxAsync("sent", 1000, Wait);

        Assert.InRange(afterKill, 300, 999);
        Assert.Equal(10, orphaned.Count);
        var perChat = Fake.DeliveredMessages.GroupBy(m => m.ChatId).ToDictionary(g => g.Key!.Value, g => g.Count());
        Assert.Equal(1000, perChat.Count);
        Assert.All(perChat, p => Assert.Equal(1, p.Value));
        Assert.Equal(1000, (await second.Outbox.CountByStatusAsync(CancellationToken.None)).Values.Sum());
    }

    [Fact]
    public async Task The_dispatcher_keeps_within_the_overall_per_chat_and_per_group_limits_with_no_429()
    {
        Fake.EnforcedLimits = new FakeTelegramLimits(300, TimeSpan.FromSeconds(1), 20);
        await using var bot = await DeliveryTestHost.StartAsync(Fake, Data.Path, Quiet);
        var messages = new List<OutboxMessage>();
        messages.AddRange(Enumerable.Range(1, 400).Select(i => Message("broadcast", i)));
        messages.AddRange(Enumerable.Range(1, 3).SelectMany(round => Enumerable.Range(1, 3).Select(chat => Message($"round-{round}", 5000 + chat))));
        messages.AddRange(Enumerable.Range(1, 2).SelectMany(round => Enumerable.Range(1, 5).Select(group => Message($"group-{round}", -100 - group))));

        await bot.Services.GetRequiredService<IReminderOutbox>().EnqueueAsync(messages, CancellationToken.None);
        await bot.WaitForOutboxAsync("sent", messages.Count, Wait);

        Assert.Equal(0, Fake.LimitViolations);
        Assert.Equal(messages.Count, Fake.DeliveredMessages.Count);
        foreach (var chat in Fake.DeliveredMessages.GroupBy(m => m.ChatId).Where(g => g.Count() > 1))
        {
            var times = chat.Select(m => m.At).Order().ToList();
            Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(1), $"chat {chat.Key}: {pair.Second - pair.First}"));
        }
    }

    [Fact]
    public async Task A_429_pauses_the_whole_dispatcher_for_retry_after_and_the_message_is_sent_later()
    {
        await using var bot = await DeliveryTestHost.StartAsync(Fake, Data.Path, Quiet);
        Fake.FailNext("sendMessage", FakeTelegramFault.TooManyRequests(1));

        await bot.Services.GetRequiredService<IReminderOutbox>().EnqueueAsync([.. Enumerable.Range(1, 5).Select(i => Message("paced", i))], CancellationToken.None);
        await bot.WaitForOutboxAsync("sent", 5, Wait);

        var requests = Fake.SentMessages.OrderBy(m => m.At).ToList();
        Assert.Equal(6, requests.Count);
        // Not only the refused message waited: no chat got anything until retry_after had passed.
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(0.95), $"gap {requests[1].At - requests[0].At}");
        Assert.Equal(5, Fake.DeliveredMessages.Select(m => m.ChatId).Distinct().Count());
    }

    [Fact]
    public async Task A_blocked_chat_is_marked_inactive_and_skipped_a_refused_message_is_not_retried_and_a_server_error_is_retried()
    {
        await using var bot = await DeliveryTestHost.StartAsync(Fake, Data.Path, Quiet);
        var outbox = bot.Services.GetRequiredService<IReminderOutbox>();

        Fake.FailNext("sendMessage", FakeTelegramFault.BotBlocked());
        await outbox.EnqueueAsync([Message("first", 7), Message("second", 7), Message("first", 8)], CancellationToken.None);
        await bot.WaitForOutboxAsync("failed", 2, Wait);
        await bot.WaitForOutboxAsync("sent", 1, Wait);
        Fake.FailNext("sendMessage", new FakeTelegramFault(400, "Bad Request: message is too long"));
        await outbox.EnqueueAsync([Message("refused", 9)], CancellationToken.None);
        await bot.WaitForOutboxAsync("failed", 3, Wait);
        Fake.FailNext("sendMessage", FakeTelegramFault.ServerError(), times: 2);
        await outbox.EnqueueAsync([Message("flaky", 10)], CancellationToken.None);
        await bot.WaitForOutboxAsync("sent", 2, Wait);

        var directory = (SqlChatDirectory)bot.Services.GetRequiredService<IChatDirectory>();
        Assert.False((await directory.FindAsync(new ChatAddress(ChatPlatform.Telegram, "7"), CancellationToken.None))!.Active);
        Assert.Single(Fake.SentMessages, m => m.ChatId == 7);
        Assert.Single(Fake.SentMessages, m => m.ChatId == 9);
        Assert.Equal(3, Fake.SentMessages.Count(m => m.ChatId == 10));
        Assert.Equal([8L, 10L], Fake.DeliveredMessages.Select(m => m.ChatId!.Value).Order());
    }

    private static OutboxMessage Message(string id, long chat) =>
        new(id, new ChatAddress(ChatPlatform.Telegram, chat.ToString(System.Globalization.CultureInfo.InvariantCulture)), Answer.Short($"Notice {id}"), DateTimeOffset.UnixEpoch);

}
