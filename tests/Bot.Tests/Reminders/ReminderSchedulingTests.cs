using Bot.Core.Ingest;
using Bot.Core.Knowledge;
using Bot.Host.Reminders;
using Bot.Host.Scheduling;
using Quartz;


namespace Bot.Tests.Reminders;

/// <summary>
/// Quartz firing, restarts and misfires through the real host. The clock starts just before a planned reminder of the
/// seed (Sunday 4 January 2026, 09:00 UTC: the day before the week of the withdrawal) and runs in real time.
/// </summary>
[Collection(QuartzCollection.Name)]
public sealed class ReminderSchedulingTests : FakeTelegramHostTests
{
    private static readonly DateTimeOffset Due = new(2026, 1, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private static readonly ChatAddress[] Chats = [new(ChatPlatform.Telegram, "1001"), new(ChatPlatform.Telegram, "-1002")];

    [Fact]
    public async Task A_planned_reminder_fires_through_quartz_and_reaches_every_subscribed_chat_once()
    {
        await using var bot = await DeliveryTestHost.StartAsync(Fake, Data.Path, Due - TimeSpan.FromSeconds(1.5), Chats);

        await bot.WaitForOutboxAsync("sent", 2, Wait);

        var sent = Fake.DeliveredMessages;
        Assert.Equal([-1002L, 1001L], sent.Select(m => m.ChatId!.Value).Order());
        Assert.All(sent, m => Assert.Contains("Reminder: tomorrow", m.Text));
        Assert.All(sent, m => Assert.DoesNotContain("Sent late", m.Text));
    }

    [Fact]
    public async Task Triggers_survive_a_restart_between_planning_and_firing_and_are_kept_not_duplicated()
    {
        await using (var first = await DeliveryTestHost.StartAsync(Fake, Data.Path, Due - TimeSpan.FromHours(2), Chats))
        {
            var sync = first.Services.GetRequiredService<ReminderScheduler>().LastSync!;
            Assert.True(sync.Added > 0);
        }

        await using var second = await DeliveryTestHost.StartAsync(Fake, Data.Path, Due - TimeSpan.FromSeconds(1.5), Chats);
        var resync = second.Services.GetRequiredService<ReminderScheduler>().LastSync!;
        await second.WaitForOutboxAsync("sent", 2, Wait);

        // The second host found every trigger in the file and added none: nothing was lost, nothing doubled.
        Assert.Equal(0, resync.Added);
        Assert.Equal(0, resync.Removed);
        Assert.Equal(2, Fake.DeliveredMessages.Count);
    }

    [Fact]
    public async Task A_reminder_missed_while_the_bot_was_down_is_sent_once_marked_late_within_the_grace()
    {
        await using (await DeliveryTestHost.StartAsync(Fake, Data.Path, Due - TimeSpan.FromHours(2), Chats))
        {
        }

        await using var later = await DeliveryTestHost.StartAsync(Fake, Data.Path, Due + TimeSpan.FromHours(1), Chats);
        await later.WaitForOutboxAsync("sent", 2, Wait);

        Assert.All(Fake.DeliveredMessages, m => Assert.Contains("Sent late: the bot was not running when this reminder was due.", m.Text));
        Assert.Equal(2, Fake.DeliveredMessages.Count);
    }

    [Fact]
    public async Task A_reminder_missed_by_more_than_the_grace_is_skipped_and_its_trigger_is_spent()
    {
        await using (await DeliveryTestHost.StartAsync(Fake, Data.Path, Due - TimeSpan.FromHours(2), Chats))
        {
        }

        await using var much = await DeliveryTestHost.StartAsync(Fake, Data.Path, Due + TimeSpan.FromHours(7), Chats);
        var scheduler = await much.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var missed = (await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(BotSchedules.RemindersGroup)))
            .Single(k => ReminderTrigger.FireUtcOf(k.Name) == Due);
        await Eventually.TrueAsync(async () => await scheduler.GetTrigger(missed) is null, Wait, "the missed trigger to fire");

        Assert.Empty(await much.Outbox.CountByStatusAsync(CancellationToken.None));
        Assert.Empty(Fake.SentMessages);
    }

    [Fact]
    public async Task A_new_subscription_adds_triggers_and_an_unsubscription_removes_them_without_touching_the_rest()
    {
        await using var bot = await DeliveryTestHost.StartAsync(Fake, Data.Path, Due - TimeSpan.FromDays(2), [Chats[0]]);
        var scheduler = bot.Services.GetRequiredService<ReminderScheduler>();
        var before = scheduler.LastSync!;

        await bot.Services.GetRequiredService<ISubscriptionStore>().SubscribeAsync(new ReminderSubscription(Chats[1]), CancellationToken.None);
        var same = await scheduler.SyncAsync(CancellationToken.None);
        await bot.Services.GetRequiredService<IChatSettingsStore>().SetTimeZoneAsync(Chats[1], "Asia/Tokyo", CancellationToken.None);
        var tokyo = await scheduler.SyncAsync(CancellationToken.None);
        await bot.Services.GetRequiredService<ISubscriptionStore>().UnsubscribeAsync(new ReminderSubscription(Chats[1]), CancellationToken.None);
        var back = await scheduler.SyncAsync(CancellationToken.None);

        // Same zone: the new chat joins the existing triggers (they look up their chats when they fire).
        Assert.Equal(new ScheduleSync(before.Planned, 0, 0, before.Planned), same);
        // Another zone: its reminders fire at other instants, so they are new triggers; the old ones are kept.
        Assert.Equal(before.Planned, tokyo.Kept);
        Assert.True(tokyo.Added > 0);
        // Gone again: exactly those are removed.
        Assert.Equal(new ScheduleSync(before.Planned, 0, tokyo.Added, before.Planned), back);
    }

    [Fact]
    public async Task A_new_source_with_a_deadline_sends_a_notice_to_covering_chats_and_plans_its_reminders()
    {
        await using var bot = await DeliveryTestHost.StartAsync(Fake, Data.Path, Due - TimeSpan.FromDays(2), Chats);
        var before = bot.Services.GetRequiredService<ReminderScheduler>().LastSync!;

        bot.Services.GetRequiredService<KnowledgeBase>().Add(SourceReader.Read(
            "---\ntitle: Port reopens\npublished: 2026-01-02\n---\nThe port of Valona will reopen by the end of March, the harbour authority said on Friday.\n",
            "port.md",
            "test"));
        await bot.WaitForOutboxAsync("sent", 2, Wait);
        await Eventually.TrueAsync(() => bot.Services.GetRequiredService<ReminderScheduler>().LastSync!.Planned != before.Planned, Wait, "the re-planning after the new source");

        Assert.All(Fake.DeliveredMessages, m => Assert.Contains("New deadline: by", m.Text));
        Assert.All(Fake.DeliveredMessages, m => Assert.Contains("port of Valona will reopen", m.Text));
        Assert.Equal(before.Planned + 3, bot.Services.GetRequiredService<ReminderScheduler>().LastSync!.Planned);
    }
}
