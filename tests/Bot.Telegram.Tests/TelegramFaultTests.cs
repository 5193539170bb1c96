using System.Text.Json.Nodes;
using Bot.Core.Chat;
using Bot.Telegram.Interactions;
using Bot.Testing.Stores;
using Microsoft.Extensions.Hosting;

namespace Bot.Telegram.Tests;

/// <summary>What Telegram's refusals and outages do to the transport: it waits, backs off, records, and keeps going.</summary>
public sealed class TelegramFaultTests : FakeTelegramTests
{
    [Fact]
    public async Task A_429_on_getUpdates_is_waited_out_for_retry_after_without_hammering()
    {
        Fake.FailNext("getUpdates", FakeTelegramFault.TooManyRequests(1));
        Fake.EnqueueMessage(chatId: 42, "/topic patience");
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage, logs: Logs);

        await Fake.WaitForAsync("sendMessage", 1, Wait);
        var polls = Fake.Requests("getUpdates");
        var gap = polls[1].At - polls[0].At;
        Assert.True(gap >= TimeSpan.FromSeconds(0.95), $"the second poll came {gap.TotalMilliseconds:F0} ms after the 429; retry_after was 1 s");
        Assert.Contains(Logs.Lines, l => l.Contains("slow down", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_429_on_a_reply_is_waited_out_and_the_reply_sent_once()
    {
        Fake.FailNext("sendMessage", FakeTelegramFault.TooManyRequests(1));
        Fake.EnqueueMessage(chatId: 42, "/topic patience");
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);

        var attempts = await Fake.WaitForAsync("sendMessage", 2, Wait);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(0.95), "the retry waited retry_after");
        await Fake.WaitForAsync("getUpdates", Fake.Requests("getUpdates").Count + 1, Wait);
        Assert.Equal(2, Fake.SentMessages.Count);
    }

    [Fact]
    public async Task Server_errors_on_getUpdates_are_retried_with_backoff_until_Telegram_recovers()
    {
        Fake.FailNext("getUpdates", FakeTelegramFault.ServerError(), times: 3);
        Fake.EnqueueMessage(chatId: 42, "/topic recovered");
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage, logs: Logs);

        var reply = (await Fake.WaitForAsync("sendMessage", 1, Wait)).Single();
        Assert.Equal("<b>Topic recovered</b>", reply.Text);
        var polls = Fake.Requests("getUpdates").Take(4).ToList();
        var gaps = polls.Zip(polls.Skip(1), (a, b) => b.At - a.At).ToList();
        Assert.All(gaps, g => Assert.True(g >= TimeSpan.FromMilliseconds(35), $"a retry came after only {g.TotalMilliseconds:F0} ms"));
        Assert.Equal(3, Logs.Lines.Count(l => l.Contains("Polling Telegram failed", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_server_error_on_a_reply_is_retried()
    {
        Fake.FailNext("sendMessage", FakeTelegramFault.ServerError(), times: 2);
        Fake.EnqueueMessage(chatId: 42, "/topic again");
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);

        var attempts = await Fake.WaitForAsync("sendMessage", 3, Wait);
        Assert.All(attempts, a => Assert.Equal("<b>Topic again</b>", a.Text));
    }

    [Fact]
    public async Task A_reply_that_times_out_is_sent_again_and_polling_goes_on()
    {
        var hang = TimeSpan.FromSeconds(5);
        Fake.FailNext("sendMessage", FakeTelegramFault.Hanging(hang));
        Fake.EnqueueMessage(chatId: 42, "/topic slow");
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage, new Dictionary<string, string?> { ["Bot:Telegram:RequestTimeout"] = "00:00:00.300" }, Logs);

        var attempts = await Fake.WaitForAsync("sendMessage", 2, Wait);
        Fake.EnqueueMessage(chatId: 42, "/topic next");
        await Fake.WaitForAsync("sendMessage", 3, Wait);

        // The fake stamps a request when it arrives, and a cold client's first send can spend most of its 300 ms before
        // it arrives, so the gap the fake sees says only that the bot gave up on the hanging call instead of waiting it
        // out; the bot's own warning says that the attempt was cut off and retried.
        Assert.True(attempts[1].At - attempts[0].At < hang, "the bot waited for the hanging call instead of timing it out");
        Assert.Contains(Logs.Lines, l => l.Contains("Sending to Telegram:42 failed", StringComparison.Ordinal) && l.Contains("attempt 2 of", StringComparison.Ordinal));
        Assert.Equal("<b>Topic slow</b>", attempts[1].Body["text"]!.GetValue<string>());
        Assert.Equal("<b>Topic next</b>", Fake.SentMessages[2].Text);
    }

    [Fact]
    public async Task A_403_marks_the_chat_inactive_without_retrying_and_a_new_message_reactivates_it()
    {
        Fake.FailNext("sendMessage", FakeTelegramFault.BotBlocked());
        Fake.EnqueueMessage(chatId: 42, "/topic blocked");
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);
        var directory = (InMemoryChatSettingsStore)bot.Services.GetRequiredService<IChatDirectory>();

        await Fake.WaitForAsync("sendMessage", 1, Wait);
        await Fake.WaitForAsync("getUpdates", Fake.Requests("getUpdates").Count + 1, Wait);
        Assert.Single(Fake.SentMessages);
        var record = await directory.GetAsync(TelegramUpdateMapper.Address(42), CancellationToken.None);
        Assert.False(record.Active);
        Assert.Contains("blocked", directory.Inactive[record.Chat]);

        Fake.EnqueueMessage(chatId: 42, "/topic unblocked");
        await Fake.WaitForAsync("sendMessage", 2, Wait);
        Assert.True((await directory.GetAsync(TelegramUpdateMapper.Address(42), CancellationToken.None)).Active);
    }

    [Fact]
    public async Task Being_removed_from_a_group_marks_it_inactive_and_a_channel_post_is_answered()
    {
        static JsonObject Member(string status) => new() { ["status"] = status, ["user"] = new JsonObject { ["id"] = 123456, ["is_bot"] = true, ["first_name"] = "Bot" } };
        Fake.Enqueue(_ => new JsonObject
        {
            ["my_chat_member"] = new JsonObject
            {
                ["chat"] = new JsonObject { ["id"] = -100900, ["type"] = "supergroup", ["title"] = "G" },
                ["from"] = new JsonObject { ["id"] = 7, ["is_bot"] = false, ["first_name"] = "Admin" },
                ["date"] = 0,
                ["old_chat_member"] = Member("member"),
                ["new_chat_member"] = Member("kicked"),
            },
        });
        Fake.Enqueue(_ => new JsonObject
        {
            ["channel_post"] = new JsonObject
            {
                ["message_id"] = 3,
                ["date"] = 0,
                ["chat"] = new JsonObject { ["id"] = -100800, ["type"] = "channel", ["title"] = "News" },
                ["sender_chat"] = new JsonObject { ["id"] = -100800, ["type"] = "channel", ["title"] = "News" },
                ["text"] = "/secret",
            },
        });
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);
        var directory = (InMemoryChatSettingsStore)bot.Services.GetRequiredService<IChatDirectory>();

        var reply = (await Fake.WaitForAsync("sendMessage", 1, Wait)).Single();

        Assert.Equal(-100800, reply.ChatId);
        Assert.Equal("<b>Moderator area</b>", reply.Text);
        var removed = await directory.GetAsync(TelegramUpdateMapper.Address(-100900), CancellationToken.None);
        Assert.False(removed.Active);
        Assert.Equal("bot kicked", directory.Inactive[removed.Chat]);
    }

    [Fact]
    public async Task A_409_conflict_is_logged_with_what_to_do_and_polling_goes_on()
    {
        Fake.FailNext("getUpdates", FakeTelegramFault.Conflict());
        Fake.EnqueueMessage(chatId: 42, "/topic alone");
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage, logs: Logs);

        await Fake.WaitForAsync("sendMessage", 1, Wait);
        var line = Assert.Single(Logs.Lines, l => l.Contains("409 Conflict", StringComparison.Ordinal));
        Assert.Contains("another process is polling with this bot token, or a webhook is set", line);
        Assert.Contains("Stop the other instance", line);
    }

    [Fact]
    public async Task A_refused_token_is_logged_once_with_what_to_check_and_the_transport_stops_calling()
    {
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage, new Dictionary<string, string?> { ["Bot:Telegram:Token"] = "999:wrong" }, Logs);

        await Eventually.TrueAsync(() => Logs.Lines.Any(l => l.Contains("Telegram refused the bot token", StringComparison.Ordinal)), Wait);
        // The poller is the only caller: once its loop has ended, no call can follow.
        var poller = bot.Services.GetServices<IHostedService>().OfType<Bot.Telegram.Receiving.TelegramPollingService>().Single();
        await poller.ExecuteTask!.WaitAsync(Wait);

        Assert.Equal(1, Fake.RejectedCalls);
        Assert.Empty(Fake.Requests());
        Assert.Contains(Logs.Lines, l => l.Contains("Check Bot__Telegram__Token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_chat_sender_reports_a_rate_limit_at_once_instead_of_waiting()
    {
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);
        var sender = bot.Services.GetServices<IChatSender>().Single(s => s.Platform == ChatPlatform.Telegram);
        Fake.FailNext("sendMessage", FakeTelegramFault.TooManyRequests(7));

        var outcome = await sender.SendAsync(TelegramUpdateMapper.Address(42), Answer.Short("Reminder"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.RateLimited, outcome.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), outcome.RetryAfter);
        Assert.Single(Fake.SentMessages);
    }

    [Fact]
    public async Task The_chat_sender_follows_a_group_that_became_a_supergroup()
    {
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);
        var sender = bot.Services.GetServices<IChatSender>().Single(s => s.Platform == ChatPlatform.Telegram);
        var directory = (InMemoryChatSettingsStore)bot.Services.GetRequiredService<IChatDirectory>();
        var group = TelegramUpdateMapper.Address(-555);
        await directory.RecordActiveAsync(group, CancellationToken.None);
        Fake.FailNext("sendMessage", FakeTelegramFault.MigratedTo(-100555));

        var outcome = await sender.SendAsync(group, Answer.Short("Reminder"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Sent, outcome.Status);
        Assert.Equal([-555L, -100555L], Fake.SentMessages.Select(m => m.ChatId!.Value));
        Assert.False((await directory.GetAsync(group, CancellationToken.None)).Active);
        Assert.True((await directory.GetAsync(TelegramUpdateMapper.Address(-100555), CancellationToken.None)).Active);
    }

    [Fact]
    public async Task The_chat_sender_reports_a_blocked_chat_as_unavailable_and_a_server_error_as_transient()
    {
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);
        var sender = bot.Services.GetServices<IChatSender>().Single(s => s.Platform == ChatPlatform.Telegram);

        Fake.FailNext("sendMessage", FakeTelegramFault.BotBlocked());
        var blocked = await sender.SendAsync(TelegramUpdateMapper.Address(42), Answer.Short("Reminder"), CancellationToken.None);
        Fake.FailNext("sendMessage", FakeTelegramFault.ServerError());
        var failed = await sender.SendAsync(TelegramUpdateMapper.Address(43), Answer.Short("Reminder"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.ChatUnavailable, blocked.Status);
        Assert.Equal(DeliveryStatus.TransientFailure, failed.Status);
        Assert.Equal(2, Fake.SentMessages.Count);
    }

    [Fact]
    public async Task The_chat_sender_reports_a_bad_request_as_rejected_so_it_is_not_retried()
    {
        await using var bot = await TelegramTestHost.StartAsync(Fake, Storage);
        var sender = bot.Services.GetServices<IChatSender>().Single(s => s.Platform == ChatPlatform.Telegram);

        Fake.FailNext("sendMessage", new FakeTelegramFault(400, "Bad Request: message text is empty"));
        var outcome = await sender.SendAsync(TelegramUpdateMapper.Address(44), Answer.Short("Reminder"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Rejected, outcome.Status);
        Assert.Contains("message text is empty", outcome.Detail);
        Assert.Single(Fake.SentMessages);
    }
}
