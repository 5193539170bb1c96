namespace Bot.Core.Tests.Ingest.Web;

[Collection(LocalWebSiteCollection.Name)]
public sealed class FeedReaderTests(LocalWebSite site)
{
    [Fact]
    public void An_rss_feed_yields_its_title_and_items_with_identity_link_date_and_plain_text()
    {
        var feed = Parsed(LocalWebSite.Rss);

        AssertFeed(feed, "Example Wire: World", "https://news.example/world", items: 3);
        AssertItem(feed.Items[0], "wire-1001", "Talks resume in Geneva", "https://news.example/world/talks", new DateTimeOffset(2025, 6, 3, 9, 15, 0, TimeSpan.Zero), "Delegations met again on Tuesday.");

        var port = feed.Items[1];
        Assert.Equal("https://news.example/world/port", port.Identity);
        Assert.Equal(new DateTimeOffset(2025, 6, 2, 8, 0, 0, TimeSpan.Zero), port.Published);
        Assert.Equal("Cargo ships return by the end of June.\n\nFerries follow two weeks later.", port.Text);

        var note = feed.Items[2];
        Assert.Equal("sha256:" + note.ContentHash, note.Identity);
        Assert.Equal("A short note without a title, link or id.", note.Title);
        Assert.Equal("A short note without a title, link or id.", note.Text);
        Assert.Null(note.Link);
        Assert.Null(note.Published);
    }

    [Fact]
    public void An_atom_feed_yields_entries_with_html_reduced_to_text_and_relative_links_resolved_against_the_feed()
    {
        var feed = Parsed(LocalWebSite.Atom, new Uri("http://feeds.example/valley/atom.xml"));

        AssertFeed(feed, "Valley Post", "https://valley.example/", items: 2);
        AssertItem(feed.Items[0], "tag:valley.example,2025:bridge", "Bridge opens to traffic", "http://feeds.example/2025/07/bridge", new DateTimeOffset(2025, 7, 14, 6, 30, 0, TimeSpan.Zero), "The new river bridge opened on Monday.\n\nThe ferry keeps running until the end of the month.");

        var council = feed.Items[1];
        Assert.Equal(new DateTimeOffset(2025, 7, 13, 18, 0, 0, TimeSpan.Zero), council.Published);
        Assert.Equal("The budget is on the agenda.", council.Text);
    }

    [Fact]
    public void Every_item_is_new_on_the_first_poll()
    {
        var feed = Parsed(LocalWebSite.Rss);

        var states = FeedReader.Compare(feed, new Dictionary<string, string>()).Select(u => u.State);

        Assert.Equal([FeedItemState.New, FeedItemState.New, FeedItemState.New], states);
    }

    [Fact]
    public void Every_item_is_unchanged_when_the_feed_is_polled_again_as_it_was()
    {
        var seen = Seen(Parsed(LocalWebSite.Rss));

        var states = FeedReader.Compare(Parsed(LocalWebSite.Rss), seen).Select(u => u.State);

        Assert.Equal([FeedItemState.Unchanged, FeedItemState.Unchanged, FeedItemState.Unchanged], states);
    }

    [Fact]
    public void An_item_whose_text_changed_under_the_same_identity_is_edited_and_the_others_unchanged()
    {
        var seen = Seen(Parsed(LocalWebSite.Rss));

        var updates = FeedReader.Compare(Parsed(LocalWebSite.EditedRss), seen);

        Assert.Equal([FeedItemState.Edited, FeedItemState.Unchanged, FeedItemState.Unchanged], updates.Select(u => u.State));
        Assert.Equal("wire-1001", updates[0].Item.Identity);
        Assert.Equal("Delegations met again on Wednesday.", updates[0].Item.Text);
    }

    [Fact]
    public void An_item_added_to_a_known_feed_is_new_and_the_rest_unchanged()
    {
        var withoutFirst = Parsed(LocalWebSite.Rss);
        var seen = Seen(withoutFirst with { Items = withoutFirst.Items.Skip(1).ToList() });

        var states = FeedReader.Compare(Parsed(LocalWebSite.Rss), seen).Select(u => u.State);

        Assert.Equal([FeedItemState.New, FeedItemState.Unchanged, FeedItemState.Unchanged], states);
    }

    [Fact]
    public void A_feed_item_becomes_a_source_with_the_feed_as_origin()
    {
        var feed = Parsed(LocalWebSite.Rss);

        var source = FeedReader.ToSource(feed, feed.Items[0]);

        Assert.Equal("Talks resume in Geneva", source.Title);
        Assert.Equal(new DateOnly(2025, 6, 3), source.Published);
        Assert.Equal("Example Wire: World", source.Origin);
        Assert.Equal("https://news.example/world/talks", source.Url);
        Assert.Equal("Delegations met again on Tuesday.", source.Text);
    }

    [Theory]
    [InlineData(LocalWebSite.MalformedXml)]
    [InlineData(LocalWebSite.BillionLaughs)]
    [InlineData(LocalWebSite.ExternalEntity)]
    [InlineData("")]
    public void Malformed_xml_and_documents_with_a_dtd_are_a_clear_failure(string xml) =>
        Assert.Equal(new FeedParseResult.Malformed(FeedReader.MalformedReason), FeedReader.Parse(xml));

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><urlset><url><loc>https://news.example/</loc></url></urlset>", "That address serves XML, but not an RSS or Atom feed.")]
    [InlineData("<html><body><p>Not a feed", "That address serves a web page, not an RSS or Atom feed.")]
    public void A_document_that_is_not_a_feed_says_what_it_is(string document, string reason) =>
        Assert.Equal(new FeedParseResult.Malformed(reason), FeedReader.Parse(document));

    [Fact]
    public void An_unreadable_item_date_leaves_that_item_undated_and_the_feed_readable()
    {
        var feed = Parsed(LocalWebSite.Rss.Replace("Tue, 03 Jun 2025 09:15:00 GMT", "sometime on Tuesday", StringComparison.Ordinal));

        Assert.Null(feed.Items[0].Published);
        Assert.Equal(new DateTimeOffset(2025, 6, 2, 8, 0, 0, TimeSpan.Zero), feed.Items[1].Published);
    }

    [Fact]
    public async Task A_feed_is_fetched_and_read_and_polling_again_with_its_etag_is_not_modified()
    {
        using var fetcher = Fetchers.Create(Fetchers.Local());
        var reader = new FeedReader(fetcher);

        var first = Assert.IsType<FeedReadResult.Read>(await reader.ReadAsync(site.Url("/feed.rss")));
        var second = await reader.ReadAsync(site.Url("/feed.rss"), first.Validators);

        Assert.Equal("Example Wire: World", first.Feed.Title);
        Assert.Equal(3, first.Feed.Items.Count);
        Assert.Equal(new CacheValidators("\"rss-1\"", null), first.Validators);
        Assert.IsType<FeedReadResult.NotModified>(second);
    }

    [Fact]
    public async Task An_atom_feed_served_from_the_local_site_resolves_its_relative_links_against_its_address()
    {
        using var fetcher = Fetchers.Create(Fetchers.Local());

        var read = Assert.IsType<FeedReadResult.Read>(await new FeedReader(fetcher).ReadAsync(site.Url("/feed.atom")));

        Assert.Equal(new Uri(site.Url("/2025/07/bridge")), read.Feed.Items[0].Link);
    }

    [Fact]
    public async Task A_malformed_feed_from_the_web_is_unusable_with_a_clear_reason()
    {
        using var fetcher = Fetchers.Create(Fetchers.Local());

        Assert.Equal(new FeedReadResult.Unusable(FeedReader.MalformedReason), await new FeedReader(fetcher).ReadAsync(site.Url("/malformed.xml")));
    }

    [Fact]
    public async Task A_billion_laughs_feed_from_the_web_is_unusable_and_not_expanded()
    {
        using var fetcher = Fetchers.Create(Fetchers.Local());

        Assert.Equal(new FeedReadResult.Unusable(FeedReader.MalformedReason), await new FeedReader(fetcher).ReadAsync(site.Url("/lolz.xml")));
    }

    [Fact]
    public async Task A_feed_on_an_internal_address_is_refused_when_private_addresses_are_not_allowed()
    {
        using var fetcher = Fetchers.Create(Fetchers.Shipped());

        Assert.Equal(new FeedReadResult.Unusable(SafeHttpFetcher.InternalAddressReason), await new FeedReader(fetcher).ReadAsync(site.Url("/feed.rss")));
    }

    private static void AssertFeed(Feed feed, string title, string link, int items)
    {
        Assert.Equal(title, feed.Title);
        Assert.Equal(new Uri(link), feed.Link);
        Assert.Equal(items, feed.Items.Count);
    }

    private static void AssertItem(FeedItem item, string identity, string title, string link, DateTimeOffset published, string text)
    {
        Assert.Equal(identity, item.Identity);
        Assert.Equal(title, item.Title);
        Assert.Equal(new Uri(link), item.Link);
        Assert.Equal(published, item.Published);
        Assert.Equal(text, item.Text);
    }

    private static Feed Parsed(string xml, Uri? url = null) => Assert.IsType<FeedParseResult.Parsed>(FeedReader.Parse(xml, url)).Feed;

    private static Dictionary<string, string> Seen(Feed feed) => feed.Items.ToDictionary(i => i.Identity, i => i.ContentHash);
}
