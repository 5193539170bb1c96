using Bot.Host.Reminders;
using Bot.Host.Scheduling;
using Bot.Core.Knowledge;
using Bot.Core.Sources;
using Bot.Host.Storage.Sqlite;

namespace Bot.Tests.Sources;

/// <summary>Added and removed sources, feeds and the audit log on the real host's SQLite file, across a restart.</summary>
public sealed class SourceRestartTests : IDisposable
{
    private static readonly DateTimeOffset ReadAt = BotTestHost.At("2026-01-12T09:00:00Z");

    private readonly TempFolder _data = new("bot-sources-tests");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_new_host_on_the_same_file_keeps_added_sources_feeds_and_removed_seeds()
    {
        string addedId, seedId;
        using (var first = await StartAsync())
        {
            var knowledge = first.Services.GetRequiredService<KnowledgeBase>();
            seedId = Assert.Single(knowledge.Current.Sources).Id;
            Assert.StartsWith("Added source [", (await ConsoleOperator.SendAsync(first, "/addsource " + ConsoleOperator.Handover)).Headline);
            addedId = knowledge.Current.Sources.Single(s => s.Id != seedId).Id;
            Assert.StartsWith("Removed source [", (await ConsoleOperator.SendAsync(first, $"/removesource {seedId}")).Headline);
            await first.Services.GetRequiredService<IFeedStore>().AddAsync(
                new FeedSubscription("fabc", "https://news.example/feed.rss", "Example Wire", Actor.From(ConsoleOperator.Message), DateTimeOffset.UnixEpoch) { }, CancellationToken.None);
        }

        using var second = await StartAsync();
        var restored = second.Services.GetRequiredService<KnowledgeBase>().Current;

        var source = Assert.Single(restored.Sources);
        Assert.Equal(addedId, source.Id);
        Assert.Equal(new DateOnly(2026, 1, 10), source.Published);
        Assert.Contains(restored.Events, e => e.Origin.Source.Id == addedId);
        Assert.Equal("fabc", Assert.Single(await second.Services.GetRequiredService<IFeedStore>().ListAsync(CancellationToken.None)).Id);
        var audit = await second.Services.GetRequiredService<IAuditLog>().ReadAsync(10, CancellationToken.None);
        Assert.Equal([AuditActions.AddSource, AuditActions.RemoveSource], audit.Select(a => a.Action));
        Assert.Equal([addedId, seedId], audit.Select(a => a.Subject));
        Assert.All(audit, a => Assert.Equal(Actor.From(ConsoleOperator.Message), a.Actor));
    }

    [Fact]
    public async Task A_removed_seed_comes_back_when_its_text_is_added_again()
    {
        var seed = Bot.Core.Ingest.SourceReader.ReadFolder(RepositoryPaths.Seeds).Single().Source!;
        using (var first = await StartAsync())
        {
            await ConsoleOperator.SendAsync(first, $"/removesource {seed.Id}");
            await first.Services.GetRequiredService<SourceCatalog>().AddAsync(seed, Actor.From(ConsoleOperator.Message), CancellationToken.None);
        }

        using var second = await StartAsync();

        Assert.Equal(seed.Id, Assert.Single(second.Services.GetRequiredService<KnowledgeBase>().Current.Sources).Id);
    }

    [Fact]
    public async Task Feed_state_and_seen_items_survive_a_restart_and_go_with_their_feed()
    {
        var polledAt = DateTimeOffset.Parse("2026-01-12T09:15:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var modified = DateTimeOffset.Parse("2026-01-12T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        using (var first = await StartAsync())
        {
            var feeds = first.Services.GetRequiredService<IFeedStore>();
            Assert.True(await feeds.AddAsync(new FeedSubscription("f1", "https://news.example/a.rss", "A", Actor.From(ConsoleOperator.Message), polledAt), CancellationToken.None));
            Assert.False(await feeds.AddAsync(new FeedSubscription("f1", "https://news.example/a.rss", "A", Actor.From(ConsoleOperator.Message), polledAt), CancellationToken.None));
            await feeds.AddAsync(new FeedSubscription("f2", "https://news.example/b.rss", "B", Actor.From(ConsoleOperator.Message), polledAt), CancellationToken.None);
            await feeds.RecordPollAsync("f1", "\"v7\"", modified, polledAt, CancellationToken.None);
            await feeds.RecordItemAsync("f1", new SeenFeedItem("guid-1", "hash-1", "s1"), CancellationToken.None);
            await feeds.RecordItemAsync("f1", new SeenFeedItem("guid-1", "hash-2", "s2"), CancellationToken.None);
            await feeds.RecordItemAsync("f2", new SeenFeedItem("guid-9", "hash-9", "s9"), CancellationToken.None);
            await feeds.RecordItemAsync("gone", new SeenFeedItem("guid-0", "hash-0", "s0"), CancellationToken.None);
            Assert.True(await feeds.RemoveAsync("f2", CancellationToken.None));
        }

        using var second = await StartAsync();
        var store = second.Services.GetRequiredService<IFeedStore>();

        var feed = Assert.Single(await store.ListAsync(CancellationToken.None));
        Assert.Equal(("f1", "\"v7\"", modified, polledAt), (feed.Id, feed.ETag, feed.LastModified!.Value, feed.LastPolledAt!.Value));
        Assert.Equal([new SeenFeedItem("guid-1", "hash-2", "s2")], await store.SeenItemsAsync("f1", CancellationToken.None));
        Assert.Empty(await store.SeenItemsAsync("f2", CancellationToken.None));
        Assert.Empty(await store.SeenItemsAsync("gone", CancellationToken.None));
    }

    [Fact]
    public async Task The_running_host_polls_feeds_on_the_configured_interval()
    {
        var builder = BotTestHost.Create(_data.Path, settings: [new("Bot:Sources:FeedInterval", "00:05:00")]);
        builder.AddScheduling();
        builder.AddReminderDelivery();
        using var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.StartAsync(timeout.Token);
        try
        {
            var scheduler = await host.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler(timeout.Token);

            var trigger = Assert.IsAssignableFrom<Quartz.ISimpleTrigger>(await scheduler.GetTrigger(Bot.Host.Scheduling.BotSchedules.FeedPollEveryInterval, timeout.Token));
            Assert.Equal(Bot.Host.Scheduling.BotSchedules.FeedPoll, trigger.JobKey);
            Assert.Equal(TimeSpan.FromMinutes(5), trigger.RepeatInterval);
            Assert.Equal(typeof(Bot.Host.Scheduling.FeedPollJob), (await scheduler.GetJobDetail(trigger.JobKey, timeout.Token))!.JobType.Type);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public void The_host_uses_the_sqlite_stores_not_the_in_memory_defaults()
    {
        using var host = Build();

        Assert.Same(SqliteDialect.Instance, host.Services.GetRequiredService<StorageDatabase>().Dialect);
        Assert.IsType<SqlSourceStore>(host.Services.GetRequiredService<ISourceStore>());
        Assert.IsType<SqlFeedStore>(host.Services.GetRequiredService<IFeedStore>());
        Assert.IsType<SqlAuditLog>(host.Services.GetRequiredService<IAuditLog>());
    }

    private IHost Build() => BotTestHost.Create(_data.Path, ReadAt).Build();

    private Task<IHost> StartAsync() => BotTestHost.LoadedAsync(_data.Path, ReadAt);
}
