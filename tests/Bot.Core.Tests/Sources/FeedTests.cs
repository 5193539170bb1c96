using Bot.Core.Tests.Ingest.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Tests.Sources;

[Collection(LocalWebSiteCollection.Name)]
public sealed class FeedTests(LocalWebSite site)
{
    private const string ExtraItem = """
            <item>
              <title>Ceasefire holds</title>
              <link>https://news.example/world/ceasefire</link>
              <guid isPermaLink="false">wire-1002</guid>
              <pubDate>Wed, 04 Jun 2025 10:00:00 GMT</pubDate>
              <description>The ceasefire held through Wednesday night.</description>
            </item>
          </channel>
        """;

    private static string Name() => Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Addfeed_follows_the_feed_and_adds_each_item_at_once()
    {
        using var bot = new SourceBot();
        var url = site.SetLiveFeed(Name(), LocalWebSite.Rss);

        var answer = await bot.SendAsync($"/addfeed {url}");

        Assert.Equal(AnswerKind.Information, answer.Kind);
        Assert.Matches(@"^Following feed \[f[0-9a-f]{7}\] Example Wire: World: 3 items added now", answer.Headline);
        Assert.Equal(4, bot.Knowledge.Current.Sources.Count);
        Assert.Contains(bot.Knowledge.Current.Sources, s => s.Title == "Talks resume in Geneva" && s.Origin == "Example Wire: World" && s.Published == new DateOnly(2025, 6, 3));
        Assert.Contains("Example Wire: World", await bot.TextAsync("/feeds"));
    }

    [Fact]
    public async Task Polling_an_unchanged_feed_costs_a_304_and_adds_nothing()
    {
        using var bot = new SourceBot();
        var name = Name();
        await bot.SendAsync($"/addfeed {site.SetLiveFeed(name, LocalWebSite.Rss)}");

        var report = Assert.Single(await Poller(bot).PollAllAsync(CancellationToken.None));

        Assert.True(report.NotModified);
        Assert.Equal(1, site.LiveFeedBodiesSent(name));
        Assert.Equal(4, bot.Knowledge.Current.Sources.Count);
        Assert.NotNull(Assert.Single(await Feeds(bot).ListAsync(CancellationToken.None)).LastPolledAt);
    }

    [Fact]
    public async Task A_new_item_is_ingested_once_and_the_others_are_left_alone()
    {
        using var bot = new SourceBot();
        var name = Name();
        await bot.SendAsync($"/addfeed {site.SetLiveFeed(name, LocalWebSite.Rss)}");
        site.SetLiveFeed(name, LocalWebSite.Rss.Replace("  </channel>", ExtraItem, StringComparison.Ordinal));

        var first = Assert.Single(await Poller(bot).PollAllAsync(CancellationToken.None));
        var second = Assert.Single(await Poller(bot).PollAllAsync(CancellationToken.None));

        Assert.Equal((1, 0, 3), (first.Added, first.Replaced, first.Unchanged));
        Assert.True(second.NotModified);
        Assert.Single(bot.Knowledge.Current.Sources, s => s.Title == "Ceasefire holds");
        Assert.Equal(5, bot.Knowledge.Current.Sources.Count);
    }

    [Fact]
    public async Task An_edited_item_replaces_its_source_and_the_log_says_so()
    {
        using var bot = new SourceBot();
        var name = Name();
        await bot.SendAsync($"/addfeed {site.SetLiveFeed(name, LocalWebSite.Rss)}");
        var before = bot.Knowledge.Current.Sources.Single(s => s.Title == "Talks resume in Geneva");
        site.SetLiveFeed(name, LocalWebSite.EditedRss);

        var report = Assert.Single(await Poller(bot).PollAllAsync(CancellationToken.None));

        Assert.Equal((0, 1, 2), (report.Added, report.Replaced, report.Unchanged));
        var after = bot.Knowledge.Current.Sources.Single(s => s.Title == "Talks resume in Geneva");
        Assert.NotEqual(before.Id, after.Id);
        Assert.Contains("Wednesday", after.Text);
        Assert.DoesNotContain(bot.Knowledge.Current.Sources, s => s.Id == before.Id);
        var replaced = (await bot.AuditAsync())[^1];
        Assert.Equal((AuditActions.ReplaceSource, after.Id), (replaced.Action, replaced.Subject));
        Assert.Contains($"replaces {before.Id}", replaced.Detail);
        Assert.Equal(Actor.Feed(Assert.Single(await Feeds(bot).ListAsync(CancellationToken.None)).Id), replaced.Actor);
    }

    [Fact]
    public async Task The_same_feed_added_twice_is_followed_once()
    {
        using var bot = new SourceBot();
        var url = site.SetLiveFeed(Name(), LocalWebSite.Rss);
        await bot.SendAsync($"/addfeed {url}");

        var again = await bot.SendAsync($"/addfeed {url}");

        Assert.StartsWith("I already follow that feed: [f", again.Headline);
        Assert.Single(await Feeds(bot).ListAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("/malformed.xml", "That address doesn't serve a well-formed RSS or Atom feed.")]
    [InlineData("/lolz.xml", "That address doesn't serve a well-formed RSS or Atom feed.")]
    [InlineData("/image.png", "That address serves image/png, not a page or feed I can read.")]
    public async Task Malformed_or_foreign_content_is_refused_as_a_feed_in_one_line(string path, string reason)
    {
        using var bot = new SourceBot();

        var answer = await bot.SendAsync($"/addfeed {site.Url(path)}");

        Assert.Equal(AnswerKind.Problem, answer.Kind);
        Assert.Equal(reason, answer.Headline);
        Assert.Empty(await Feeds(bot).ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Removefeed_stops_following_keeps_its_items_and_is_audited()
    {
        using var bot = new SourceBot();
        await bot.SendAsync($"/addfeed {site.SetLiveFeed(Name(), LocalWebSite.Rss)}");
        var id = Assert.Single(await Feeds(bot).ListAsync(CancellationToken.None)).Id;

        var answer = await bot.SendAsync($"/removefeed {id}");
        var unknown = await bot.SendAsync($"/removefeed {id}");

        Assert.StartsWith($"Stopped following feed [{id}] Example Wire: World.", answer.Headline);
        Assert.Equal($"No feed has the id \u201c{id}\u201d. Send /feeds for the ids.", unknown.Headline);
        Assert.Equal(4, bot.Knowledge.Current.Sources.Count);
        var log = await bot.AuditAsync();
        Assert.Equal(AuditActions.AddFeed, log[0].Action);
        Assert.Equal(3, log.Count(e => e.Action == AuditActions.AddSource && e.Actor == Actor.Feed(id)));
        Assert.Equal((AuditActions.RemoveFeed, id, "42"), (log[^1].Action, log[^1].Subject, log[^1].Actor.UserId));
    }

    [Fact]
    public async Task A_feed_that_fails_is_reported_and_the_next_feed_is_still_polled()
    {
        using var bot = new SourceBot();
        var broken = Name();
        var working = Name();
        await bot.SendAsync($"/addfeed {site.SetLiveFeed(broken, LocalWebSite.Rss)}");
        await bot.SendAsync($"/addfeed {site.SetLiveFeed(working, LocalWebSite.Atom)}");
        site.SetLiveFeed(broken, LocalWebSite.MalformedXml);
        site.SetLiveFeed(working, LocalWebSite.Atom.Replace("Council meets on Thursday", "Council meets on Friday", StringComparison.Ordinal));

        var reports = await Poller(bot).PollAllAsync(CancellationToken.None);

        Assert.Equal("That address doesn't serve a well-formed RSS or Atom feed.", reports[0].Problem);
        Assert.Equal(1, reports[1].Replaced);
    }

    private static FeedPoller Poller(SourceBot bot) => bot.Services.GetRequiredService<FeedPoller>();

    private static IFeedStore Feeds(SourceBot bot) => bot.Services.GetRequiredService<IFeedStore>();
}
