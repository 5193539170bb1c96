namespace Bot.Core.Tests.Ingest.Web;

[Collection(LocalWebSiteCollection.Name)]
public sealed class UrlSourceReaderTests(LocalWebSite site) : IDisposable
{
    /// <summary>A fetcher that may reach the local site (private addresses allowed), read through.</summary>
    private readonly SafeHttpFetcher local = Fetchers.Create(Fetchers.Local());

    public void Dispose() => local.Dispose();

    private Task<UrlReadResult> ReadAsync(string path) => new UrlSourceReader(local).ReadAsync(site.Url(path));

    /// <summary>The source the page at <paramref name="path"/> becomes; fails if it is not read as an article.</summary>
    private async Task<Source> ArticleAsync(string path) => Assert.IsType<UrlReadResult.Article>(await ReadAsync(path)).Source;

    [Fact]
    public async Task An_article_page_becomes_a_source_with_title_date_site_name_and_url()
    {
        var source = await ArticleAsync("/article");

        Assert.Equal("Port reopens after storm", source.Title);
        Assert.Equal(new DateOnly(2025, 6, 2), source.Published);
        Assert.Equal("Example Wire", source.Origin);
        Assert.Equal(site.Url("/article"), source.Url);
        Assert.Equal(site.Url("/article"), source.Location);
        Assert.Contains("the port of Valona will reopen to cargo ships by the end of June", source.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home | World", source.Text, StringComparison.Ordinal);
        Assert.Equal(Source.IdFor(source.Text), source.Id);
    }

    [Fact]
    public async Task A_redirected_page_is_recorded_under_the_url_it_ended_on()
    {
        var source = await ArticleAsync("/hop/2");

        Assert.Equal(site.Url("/article"), source.Url);
    }

    [Fact]
    public async Task The_published_date_comes_from_json_ld_when_the_page_has_no_date_meta_tag()
    {
        var source = await ArticleAsync("/bridge");

        Assert.Equal("Bridge opens to traffic", source.Title);
        Assert.Equal(new DateOnly(2025, 7, 14), source.Published);
    }

    [Fact]
    public async Task A_markdown_page_is_read_as_text_with_its_heading_as_title_and_the_host_as_origin()
    {
        var source = await ArticleAsync("/notes.md");

        Assert.Equal("Ferry timetable", source.Title);
        Assert.Null(source.Published);
        Assert.Equal("127.0.0.1", source.Origin);
        Assert.Equal(site.Url("/notes.md"), source.Url);
        Assert.Equal("# Ferry timetable\n\nThe ferry runs every *hour* until 30 June 2025.", source.Text);
    }

    [Fact]
    public async Task Malformed_html_still_yields_its_text()
    {
        var source = await ArticleAsync("/malformed.html");

        Assert.Equal("Half a page", source.Title);
        Assert.Contains("The storm closed the port on Friday", source.Text, StringComparison.Ordinal);
        Assert.Contains("Repairs began at once", source.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feed.rss")]
    [InlineData("/feed.atom")]
    [InlineData("/feed.xml")]
    public async Task A_feed_given_as_a_page_is_recognised_as_a_feed(string path)
    {
        Assert.Equal(new UrlReadResult.Feed(new Uri(site.Url(path))), await ReadAsync(path));
    }

    [Fact]
    public async Task A_refused_fetch_is_unusable_with_the_fetchers_reason()
    {
        Assert.Equal(
            new UrlReadResult.Unusable("That address serves image/png, not a page or feed I can read."),
            await ReadAsync("/image.png"));
    }

    [Fact]
    public async Task An_internal_address_is_unusable_when_private_addresses_are_not_allowed()
    {
        using var fetcher = Fetchers.Create(Fetchers.Shipped());

        Assert.Equal(
            new UrlReadResult.Unusable(SafeHttpFetcher.InternalAddressReason),
            await new UrlSourceReader(fetcher).ReadAsync(site.Url("/article")));
    }

    [Fact]
    public async Task The_same_page_read_twice_gets_the_same_source_id()
    {
        var first = await ArticleAsync("/article");
        var second = await ArticleAsync("/hop/1");

        Assert.Equal(first.Id, second.Id);
    }
}
