using Bot.Core.Ingest;
using Bot.Core.Sources;
using Bot.Telegram;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Storage;

/// <summary>Every store of one provider on one database, as one process of the bot would have them.</summary>
public sealed record StoreSet(
    IStorageMigrations Migrations,
    IChatDirectory Chats,
    Func<ChatAddress, Task<ChatRecord?>> FindChat,
    ITelegramOffsetStore Offsets,
    ISubscriptionStore Subscriptions,
    IChatSettingsStore Settings,
    ISourceStore Sources,
    IFeedStore Feeds,
    IAuditLog Audit,
    IReminderOutbox Outbox,
    Func<Task<IReadOnlyDictionary<string, int>>> CountOutbox);

/// <summary>
/// What every storage provider promises behind the core's store interfaces. Each provider runs the same tests
/// (<see cref="SqliteStoreContractTests"/>, <see cref="PostgresStoreContractTests"/>) on a fresh database.
/// </summary>
public abstract class StoreContractTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Actor Moderator = new(ChatPlatform.Telegram, "-100", "7", "Dana");

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    /// <summary>A new process's handle on this test's database, with the provider's schema history unless told otherwise.</summary>
    protected abstract StorageDatabase OpenDatabase(IReadOnlyList<Migration>? migrations = null);

    /// <summary>The stores a new process of the bot would open on this test's database, for a story (default: "seeds").</summary>
    protected StoreSet Open(StoryKey? story = null)
    {
        var database = OpenDatabase();
        var chats = new SqlChatDirectory(database, Time);
        var outbox = new SqlReminderOutbox(database);
        return new StoreSet(
            database,
            chats,
            chat => chats.FindAsync(chat, CancellationToken.None),
            new SqlTelegramOffsetStore(database, Time),
            new SqlSubscriptionStore(database, Time),
            new SqlChatSettingsStore(database, Time),
            new SqlSourceStore(database, Time, story),
            new SqlFeedStore(database, story),
            new SqlAuditLog(database),
            outbox,
            () => outbox.CountByStatusAsync(CancellationToken.None));
    }

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task A_database_newer_than_the_build_is_refused_with_a_clear_message()
    {
        Migration[] newer = [new(1, "one", "SELECT 1;"), new(2, "two", "SELECT 1;")];
        await OpenDatabase(newer).EnsureMigratedAsync();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => OpenDatabase([newer[0]]).EnsureMigratedAsync());

        Assert.Contains("schema version 2, newer than this build knows (1)", failure.Message);
    }

    [Fact]
    public async Task The_chat_directory_records_marks_inactive_and_reactivates_a_chat()
    {
        var stores = Open();
        var chat = new ChatAddress(ChatPlatform.Telegram, "42");

        Assert.Null(await stores.FindChat(chat));
        await stores.Chats.RecordActiveAsync(chat, None);
        Assert.True((await stores.FindChat(chat))!.Active);

        await stores.Chats.MarkInactiveAsync(chat, "Forbidden: bot was blocked by the user", None);
        var inactive = await stores.FindChat(chat);
        Assert.False(inactive!.Active);
        Assert.Equal("Forbidden: bot was blocked by the user", inactive.InactiveReason);

        await stores.Chats.RecordActiveAsync(chat, None);
        var active = await stores.FindChat(chat);
        Assert.True(active!.Active);
        Assert.Null(active.InactiveReason);
    }

    [Fact]
    public async Task Moving_a_chat_keeps_its_time_zone_under_the_new_id_and_retires_the_old_one()
    {
        var stores = Open();
        var group = new ChatAddress(ChatPlatform.Telegram, "-555");
        var supergroup = new ChatAddress(ChatPlatform.Telegram, "-100555");
        await stores.Chats.RecordActiveAsync(group, None);
        await stores.Settings.SetTimeZoneAsync(group, "Europe/Berlin", None);

        await stores.Chats.MoveAsync(group, supergroup, None);

        var moved = await stores.FindChat(supergroup);
        Assert.True(moved!.Active);
        Assert.Equal("Europe/Berlin", moved.TimeZone);
        var old = await stores.FindChat(group);
        Assert.False(old!.Active);
        Assert.Equal("moved to -100555", old.InactiveReason);
    }

    [Fact]
    public async Task Moving_a_chat_the_bot_never_saw_creates_the_new_one()
    {
        var stores = Open();

        await stores.Chats.MoveAsync(new ChatAddress(ChatPlatform.Telegram, "-1"), new ChatAddress(ChatPlatform.Telegram, "-1001"), None);

        Assert.True((await stores.FindChat(new ChatAddress(ChatPlatform.Telegram, "-1001")))!.Active);
    }

    [Fact]
    public async Task The_same_chat_id_on_two_platforms_is_two_chats()
    {
        var stores = Open();
        await stores.Chats.RecordActiveAsync(new ChatAddress(ChatPlatform.Telegram, "1"), None);
        await stores.Chats.MarkInactiveAsync(new ChatAddress(ChatPlatform.Discord, "1"), "kicked", None);

        Assert.True((await stores.FindChat(new ChatAddress(ChatPlatform.Telegram, "1")))!.Active);
        Assert.False((await stores.FindChat(new ChatAddress(ChatPlatform.Discord, "1")))!.Active);
    }

    [Fact]
    public async Task Chat_settings_default_to_active_with_no_zone_and_follow_the_directory_in_the_order_asked()
    {
        var stores = Open();
        var berlin = new ChatAddress(ChatPlatform.Telegram, "1");
        var gone = new ChatAddress(ChatPlatform.Discord, "2");
        var unknown = new ChatAddress(ChatPlatform.Telegram, "3");
        await stores.Settings.SetTimeZoneAsync(berlin, "Europe/Berlin", None);
        await stores.Chats.MarkInactiveAsync(gone, "kicked", None);

        var settings = await stores.Settings.GetManyAsync([unknown, gone, berlin], None);

        Assert.Equal(
            [new ChatSettings(unknown, null, true), new ChatSettings(gone, null, false), new ChatSettings(berlin, "Europe/Berlin", true)],
            settings);
        Assert.Empty(await stores.Settings.GetManyAsync([], None));
    }

    [Fact]
    public async Task The_telegram_offset_is_kept_per_bot_and_never_moves_backwards()
    {
        var store = Open().Offsets;

        Assert.Null(await store.GetLastUpdateIdAsync(1, None));
        await store.SaveLastUpdateIdAsync(1, 100, None);
        await store.SaveLastUpdateIdAsync(1, 101, None);
        await store.SaveLastUpdateIdAsync(1, 99, None);
        await store.SaveLastUpdateIdAsync(2, 5, None);

        Assert.Equal(101, await Open().Offsets.GetLastUpdateIdAsync(1, None));
        Assert.Equal(5, await store.GetLastUpdateIdAsync(2, None));
    }

    [Fact]
    public async Task A_subscription_is_kept_once_per_chat_and_topic_and_every_deadline_is_its_own_subscription()
    {
        var store = Open().Subscriptions;
        var chat = new ChatAddress(ChatPlatform.Telegram, "1");
        var other = new ChatAddress(ChatPlatform.Discord, "9");

        Assert.True(await store.SubscribeAsync(new ReminderSubscription(chat, "ceasefire"), None));
        Assert.False(await store.SubscribeAsync(new ReminderSubscription(chat, "ceasefire"), None));
        Assert.True(await store.SubscribeAsync(new ReminderSubscription(chat), None));
        Assert.Equal(1, await store.SubscribeAllAsync([new ReminderSubscription(chat), new ReminderSubscription(other, "vote")], None));

        Assert.Equal([new ReminderSubscription(chat), new ReminderSubscription(chat, "ceasefire")], await Open().Subscriptions.ListAsync(chat, None));
        Assert.Equal(3, (await store.ListAsync(None)).Count);

        Assert.True(await store.UnsubscribeAsync(new ReminderSubscription(chat, "ceasefire"), None));
        Assert.False(await store.UnsubscribeAsync(new ReminderSubscription(chat, "ceasefire"), None));
        Assert.Equal([new ReminderSubscription(chat)], await store.ListAsync(chat, None));
    }

    [Fact]
    public async Task Added_sources_are_listed_in_order_a_removal_is_remembered_and_adding_the_text_again_restores_it()
    {
        var store = Open().Sources;
        var first = Stored("a1", "First report", new DateOnly(2026, 1, 2), feedId: null, at: Time.GetUtcNow());
        var second = Stored("b2", "Second report", null, feedId: "f1", at: Time.GetUtcNow().AddMinutes(1));

        await store.AddAsync(second, None);
        await store.AddAsync(first, None);
        Assert.Equal([first, second], await Open().Sources.ListAsync(None));

        await store.RemoveAsync("a1", None);
        await store.RemoveAsync("seed-only", None);
        Assert.Equal([second], await store.ListAsync(None));
        Assert.Equal(new HashSet<string> { "a1", "seed-only" }, await store.RemovedIdsAsync(None));

        await store.AddAsync(first, None);
        Assert.Equal(new HashSet<string> { "seed-only" }, await store.RemovedIdsAsync(None));
        Assert.Contains(first, await store.ListAsync(None));
    }

    [Fact]
    public async Task A_removed_added_source_keeps_its_text_and_is_listed_again_once_restored()
    {
        var store = Open().Sources;
        var added = Stored("a1", "First report", new DateOnly(2026, 1, 2), feedId: null, at: Time.GetUtcNow());
        await store.AddAsync(added, None);
        await store.RemoveAsync("a1", None);
        await store.RemoveAsync("seed-only", None);

        var reopened = Open().Sources;
        Assert.Equal(added, await reopened.UnremoveAsync("a1", None));
        Assert.Null(await reopened.UnremoveAsync("a1", None));
        Assert.Null(await reopened.UnremoveAsync("seed-only", None));
        Assert.Null(await reopened.UnremoveAsync("never-seen", None));
        Assert.Equal([added], await Open().Sources.ListAsync(None));
        Assert.Empty(await Open().Sources.RemovedIdsAsync(None));
    }

    [Fact]
    public async Task Sources_removals_and_feeds_of_one_story_never_show_in_another_on_the_same_database()
    {
        var other = new StoryKey("stories/other");
        var source = Stored("a1", "First report", null, feedId: null, at: Time.GetUtcNow());
        var feed = new FeedSubscription("f1", "https://news.example/rss", "Example news", Moderator, Time.GetUtcNow());
        await Open().Sources.AddAsync(source, None);
        await Open().Sources.RemoveAsync("seed-1", None);
        await Open().Feeds.AddAsync(feed, None);

        var elsewhere = Open(other);
        Assert.Empty(await elsewhere.Sources.ListAsync(None));
        Assert.Empty(await elsewhere.Sources.RemovedIdsAsync(None));
        Assert.Null(await elsewhere.Sources.UnremoveAsync("a1", None));
        Assert.Empty(await elsewhere.Feeds.ListAsync(None));

        var sameIdElsewhere = Stored("a1", "Another story's report", null, feedId: null, at: Time.GetUtcNow());
        await elsewhere.Sources.AddAsync(sameIdElsewhere, None);
        await elsewhere.Sources.RemoveAsync("a1", None);
        Assert.Equal([source], await Open().Sources.ListAsync(None));
        Assert.Equal(new HashSet<string> { "seed-1" }, await Open().Sources.RemovedIdsAsync(None));
        Assert.Equal([feed], await Open().Feeds.ListAsync(None));
    }

    [Fact]
    public async Task A_feed_is_added_once_keeps_its_poll_state_and_seen_items_and_takes_them_when_removed()
    {
        var store = Open().Feeds;
        var feed = new FeedSubscription("f1", "https://news.example/rss", "Example news", Moderator, Time.GetUtcNow());
        var item = new SeenFeedItem("guid-1", "hash-1", "s1");

        Assert.True(await store.AddAsync(feed, None));
        Assert.False(await store.AddAsync(feed with { Title = "Again" }, None));
        var modified = new DateTimeOffset(2026, 1, 4, 12, 0, 0, TimeSpan.Zero);
        await store.RecordPollAsync("f1", "\"etag-1\"", modified, Time.GetUtcNow().AddMinutes(5), None);
        await store.RecordItemAsync("f1", item, None);
        await store.RecordItemAsync("f1", item with { ContentHash = "hash-2" }, None);

        var listed = Assert.Single(await Open().Feeds.ListAsync(None));
        Assert.Equal(feed with { ETag = "\"etag-1\"", LastModified = modified, LastPolledAt = Time.GetUtcNow().AddMinutes(5) }, listed);
        Assert.Equal([item with { ContentHash = "hash-2" }], await store.SeenItemsAsync("f1", None));

        Assert.True(await store.RemoveAsync("f1", None));
        Assert.False(await store.RemoveAsync("f1", None));
        await store.RecordItemAsync("f1", item, None);
        Assert.Empty(await store.ListAsync(None));
        Assert.Empty(await store.SeenItemsAsync("f1", None));
    }

    [Fact]
    public async Task The_audit_log_returns_the_latest_entries_oldest_first()
    {
        var log = Open().Audit;
        var entries = Enumerable.Range(1, 5)
            .Select(i => new AuditEntry(Time.GetUtcNow().AddMinutes(i), i == 3 ? Moderator with { Platform = null } : Moderator, "addsource", $"s{i}", $"detail {i}"))
            .ToList();
        foreach (var entry in entries)
        {
            await log.WriteAsync(entry, None);
        }

        Assert.Equal(entries[2..], await Open().Audit.ReadAsync(3, None));
    }

    [Fact]
    public async Task Enqueueing_a_broadcast_twice_writes_each_chat_once()
    {
        var stores = Open();
        var messages = Messages("r1", ChatPlatform.Telegram, 3, Time.GetUtcNow());

        Assert.Equal(3, await stores.Outbox.EnqueueAsync(messages, None));
        Assert.Equal(0, await Open().Outbox.EnqueueAsync(messages, None));
        Assert.Equal(0, await stores.Outbox.EnqueueAsync([], None));

        Assert.Equal(3, (await stores.CountOutbox())["pending"]);
    }

    [Fact]
    public async Task A_claim_leases_due_rows_of_its_platform_oldest_first_and_keeps_their_answer()
    {
        var outbox = Open().Outbox;
        var now = Time.GetUtcNow();
        var answer = new Answer("Reminder: vote on Friday", [new AnswerItem("in 3 days")]) { Note = "Source: Example, 2 Jan" };
        await outbox.EnqueueAsync(
        [
            new OutboxMessage("r1", new ChatAddress(ChatPlatform.Telegram, "later"), answer, now.AddMinutes(1)),
            new OutboxMessage("r1", new ChatAddress(ChatPlatform.Telegram, "second"), answer, now.AddSeconds(-1)),
            new OutboxMessage("r1", new ChatAddress(ChatPlatform.Telegram, "first"), answer, now.AddSeconds(-2)),
            new OutboxMessage("r1", new ChatAddress(ChatPlatform.Discord, "other"), answer, now.AddSeconds(-3)),
        ], None);

        var oldest = Assert.Single(await outbox.ClaimAsync(ChatPlatform.Telegram, 1, now, TimeSpan.FromMinutes(2), None));
        var rest = await outbox.ClaimAsync(ChatPlatform.Telegram, 10, now, TimeSpan.FromMinutes(2), None);

        Assert.Equal("first", oldest.Chat.ChatId);
        Assert.Equal(["second"], rest.Select(e => e.Chat.ChatId));
        Assert.Equal(0, oldest.Attempts);
        Assert.Equal(answer.Headline, oldest.Answer.Headline);
        Assert.Equal(answer.Note, oldest.Answer.Note);
        Assert.Equal("in 3 days", Assert.Single(oldest.Answer.Items).Text);
        Assert.Equal(["later"], (await outbox.ClaimAsync(ChatPlatform.Telegram, 10, now.AddMinutes(1), TimeSpan.FromMinutes(2), None)).Select(e => e.Chat.ChatId));
    }

    [Fact]
    public async Task A_leased_row_is_not_claimed_again_until_its_lease_runs_out()
    {
        var holder = Open().Outbox;
        var other = Open().Outbox;
        var now = Time.GetUtcNow();
        await holder.EnqueueAsync(Messages("r1", ChatPlatform.Telegram, 2, now), None);
        var lease = TimeSpan.FromMinutes(2);

        var taken = await holder.ClaimAsync(ChatPlatform.Telegram, 10, now, lease, None);

        Assert.Equal(2, taken.Count);
        Assert.Empty(await other.ClaimAsync(ChatPlatform.Telegram, 10, now + lease - TimeSpan.FromSeconds(1), lease, None));
        Assert.Equal(taken.Select(e => e.Id), (await other.ClaimAsync(ChatPlatform.Telegram, 10, now + lease, lease, None)).Select(e => e.Id));
    }

    [Fact]
    public async Task Sent_and_failed_rows_are_never_claimed_and_a_row_put_back_comes_due_again_counting_the_attempt()
    {
        var stores = Open();
        var now = Time.GetUtcNow();
        await stores.Outbox.EnqueueAsync(Messages("r1", ChatPlatform.Telegram, 3, now), None);
        var claimed = await stores.Outbox.ClaimAsync(ChatPlatform.Telegram, 10, now, TimeSpan.FromMinutes(2), None);

        await stores.Outbox.MarkSentAsync(claimed[0].Id, now, None);
        await stores.Outbox.MarkFailedAsync(claimed[1].Id, "Forbidden", now, None);
        await stores.Outbox.RetryLaterAsync(claimed[2].Id, now.AddSeconds(30), failed: true, "Bad Gateway", None);

        Assert.Empty(await stores.Outbox.ClaimAsync(ChatPlatform.Telegram, 10, now.AddSeconds(29), TimeSpan.FromMinutes(2), None));
        var again = Assert.Single(await stores.Outbox.ClaimAsync(ChatPlatform.Telegram, 10, now.AddMinutes(10), TimeSpan.FromMinutes(2), None));
        Assert.Equal((claimed[2].Id, 1), (again.Id, again.Attempts));
        Assert.Equal(new Dictionary<string, int> { ["sent"] = 1, ["failed"] = 1, ["sending"] = 1 }, await stores.CountOutbox());
    }

    [Fact]
    public async Task Releasing_its_leases_puts_a_dispatchers_claimed_rows_back_at_once()
    {
        var outbox = Open().Outbox;
        var now = Time.GetUtcNow();
        await outbox.EnqueueAsync(Messages("r1", ChatPlatform.Telegram, 2, now), None);
        await outbox.ClaimAsync(ChatPlatform.Telegram, 10, now, TimeSpan.FromMinutes(2), None);

        Assert.Equal(2, await outbox.ReleaseLeasesAsync(None));

        Assert.Equal(2, (await outbox.ClaimAsync(ChatPlatform.Telegram, 10, now, TimeSpan.FromMinutes(2), None)).Count);
    }

    protected static IReadOnlyList<OutboxMessage> Messages(string deliveryId, ChatPlatform platform, int chats, DateTimeOffset dueAt) =>
        [.. Enumerable.Range(1, chats).Select(i => new OutboxMessage(deliveryId, new ChatAddress(platform, i.ToString(CultureInfo.InvariantCulture)), Answer.Short($"reminder {deliveryId}"), dueAt))];

    private static StoredSource Stored(string id, string title, DateOnly? published, string? feedId, DateTimeOffset at) =>
        new(new Source(id, title, published, "Example Wire", "https://news.example/" + id, $"Text of {title}.") { Location = "chat" }, Moderator, at, feedId);
}
