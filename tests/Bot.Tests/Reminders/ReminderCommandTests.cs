using Bot.Core.Reminders;

namespace Bot.Tests.Reminders;

/// <summary>/subscribe, /unsubscribe, /reminders and /timezone against the real SQLite stores and the seed.</summary>
public sealed class ReminderCommandTests : IDisposable
{
    private static readonly DateTimeOffset NewYear = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly ChatAddress Group = new(ChatPlatform.Telegram, "-100123");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Subscribing_to_every_deadline_is_stored_once_and_reminders_lists_them_with_local_times()
    {
        using var bot = new CommandsOnSqlite(_folder.Path, NewYear);

        var first = await bot.SendAsync(Group, "/subscribe");
        var second = await bot.SendAsync(Group, "/subscribe");
        var reminders = await bot.SendAsync(Group, "/reminders");

        Assert.StartsWith("Subscribed: this chat will be reminded of every deadline", first.Headline);
        Assert.StartsWith("This chat is already subscribed", second.Headline);
        Assert.Equal([new ReminderSubscription(Group)], await bot.Services.GetRequiredService<ISubscriptionStore>().ListAsync(CancellationToken.None));
        Assert.Equal("Upcoming reminders (5), in UTC", reminders.Headline);
        Assert.StartsWith("Sun 4 Jan 2026, 09:00: 1 day before week of 5 January 2026", reminders.Items[0].Text);
    }

    [Fact]
    public async Task A_topic_subscription_is_validated_and_an_unknown_topic_offers_the_closest()
    {
        using var bot = new CommandsOnSqlite(_folder.Path, NewYear);

        var known = await bot.SendAsync(Group, "/subscribe ain al asad");
        var unknown = await bot.SendAsync(Group, "/subscribe ain al basra");

        Assert.StartsWith("Subscribed to Ain al-Asad", known.Headline);
        Assert.Equal(AnswerKind.Problem, unknown.Kind);
        Assert.Contains("Did you mean Ain al-Asad", unknown.Headline);
        Assert.Contains(unknown.Buttons, b => b.Command == "/subscribe ain-al-asad");
        Assert.Equal([new ReminderSubscription(Group, "ain-al-asad")], await bot.Services.GetRequiredService<ISubscriptionStore>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Unsubscribing_from_a_topic_keeps_the_rest_and_unsubscribing_with_no_topic_stops_everything()
    {
        using var bot = new CommandsOnSqlite(_folder.Path, NewYear);
        await bot.SendAsync(Group, "/subscribe");
        await bot.SendAsync(Group, "/subscribe ain-al-asad");

        var topic = await bot.SendAsync(Group, "/unsubscribe ain-al-asad");
        var afterTopic = await bot.Services.GetRequiredService<ISubscriptionStore>().ListAsync(Group, CancellationToken.None);
        var all = await bot.SendAsync(Group, "/unsubscribe");
        var reminders = await bot.SendAsync(Group, "/reminders");

        Assert.StartsWith("Stopped following Ain al-Asad. This chat is still subscribed to every deadline", topic.Headline);
        Assert.Equal([new ReminderSubscription(Group)], afterTopic);
        Assert.Equal("Unsubscribed: this chat gets no more reminders.", all.Headline);
        Assert.StartsWith("This chat has no subscriptions", reminders.Headline);
    }

    [Fact]
    public async Task A_time_zone_is_validated_stored_and_moves_the_reminders_to_local_nine_o_clock()
    {
        using var bot = new CommandsOnSqlite(_folder.Path, NewYear);
        await bot.SendAsync(Group, "/subscribe");

        var bad = await bot.SendAsync(Group, "/timezone Mars/Olympus_Mons");
        var good = await bot.SendAsync(Group, "/timezone America/New_York");
        var reminders = await bot.SendAsync(Group, "/reminders");

        Assert.Equal(AnswerKind.Problem, bad.Kind);
        Assert.Contains("is not a time zone I know", bad.Headline);
        Assert.StartsWith("Time zone set to America/New_York", good.Headline);
        Assert.Equal("America/New_York", (await bot.Services.GetRequiredService<IChatSettingsStore>().GetAsync(Group, CancellationToken.None)).TimeZoneId);
        Assert.Equal("Upcoming reminders (5), in America/New_York", reminders.Headline);
        Assert.StartsWith("Sun 4 Jan 2026, 09:00:", reminders.Items[0].Text);
        var plan = await bot.Services.GetRequiredService<ReminderPlanSource>().PlanAsync(NewYear, CancellationToken.None);
        Assert.Equal(new DateTimeOffset(2026, 1, 4, 14, 0, 0, TimeSpan.Zero), plan.Entries[0].FireUtc);
    }

    [Theory]
    [InlineData("/subscribe")]
    [InlineData("/unsubscribe")]
    [InlineData("/timezone Europe/London")]
    public async Task Changing_a_group_s_reminder_settings_is_for_its_moderators(string text)
    {
        using var bot = new CommandsOnSqlite(_folder.Path, NewYear);

        var answer = await bot.SendAsync(Group, text, moderator: false);

        Assert.StartsWith("Sorry, only this chat's moderators may use", answer.Headline);
        Assert.Empty(await bot.Services.GetRequiredService<ISubscriptionStore>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Anyone_may_list_the_reminders()
    {
        using var bot = new CommandsOnSqlite(_folder.Path, NewYear);
        await bot.SendAsync(Group, "/subscribe");

        var answer = await bot.SendAsync(Group, "/reminders", moderator: false);

        Assert.StartsWith("Upcoming reminders", answer.Headline);
    }
}
