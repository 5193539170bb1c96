using System.Net;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Tests.Ingest.Web;

[Collection(LocalWebSiteCollection.Name)]
public sealed class SafeHttpFetcherTests(LocalWebSite site) : IDisposable
{
    private const string Internal = SafeHttpFetcher.InternalAddressReason;

    /// <summary>A fetcher as the tests of the local site use it: private addresses allowed, every other option as shipped.</summary>
    private readonly SafeHttpFetcher local = Fetchers.Create(Fetchers.Local());

    public void Dispose() => local.Dispose();

    [Theory]
    [InlineData("/article", "/article", "text/html", LocalWebSite.ArticleHtml)]
    // Relative Location headers, resolved hop by hop, end on the article.
    [InlineData("/hop/3", "/article", "text/html", LocalWebSite.ArticleHtml)]
    // The charset the Content-Type header declares decodes the body.
    [InlineData("/latin1", "/latin1", "text/plain", "Caf\u00e9 reopens in S\u00e3o Tom\u00e9.")]
    // Without a charset in the header, the one the html declares is used.
    [InlineData("/latin1-meta", "/latin1-meta", "text/html", "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9</title></head><body><p>S\u00e3o Tom\u00e9</p></body></html>")]
    public async Task A_readable_page_is_fetched_decoded_with_its_final_url_and_media_type(string path, string finalPath, string contentType, string content)
    {
        var fetched = Assert.IsType<FetchResult.Fetched>(await local.FetchAsync(site.Url(path)));

        Assert.Equal(content, fetched.Content);
        Assert.Equal(site.Url(finalPath), fetched.FinalUrl.AbsoluteUri);
        Assert.Equal(contentType, fetched.ContentType);
        Assert.Null(fetched.ETag);
    }

    [Fact]
    public async Task A_chain_of_exactly_max_redirects_is_followed_and_one_more_is_refused()
    {
        using var fetcher = Fetchers.Create(Fetchers.Local(o => o.MaxRedirects = 3));

        Assert.IsType<FetchResult.Fetched>(await fetcher.FetchAsync(site.Url("/hop/2")));
        var refused = Assert.IsType<FetchResult.Refused>(await fetcher.FetchAsync(site.Url("/hop/3")));

        Assert.Equal("The address redirects more than 3 times, so I stopped following it.", refused.Reason);
    }

    [Theory]
    [InlineData("/to-ftp", "The address redirects to something other than a web page, so I stopped there.")]
    // The site announces 3 MB and sends nothing: only a refusal on the header, not a wait for the body, passes.
    [InlineData("/huge-with-length", "That page is larger than 2 MB, more than I read.")]
    [InlineData("/image.png", "That address serves image/png, not a page or feed I can read.")]
    [InlineData("/no-type", "The site doesn't say what kind of content that is, so I won't read it.")]
    public async Task What_is_not_a_readable_page_is_refused_with_the_reason(string path, string reason)
    {
        Assert.Equal(new FetchResult.Refused(reason), await local.FetchAsync(site.Url(path)));
    }

    [Theory]
    [InlineData("/loop/a", "The address redirects in a loop, so there is no page to fetch.")]
    [InlineData("/nothing-here", "The site answered 404 Not Found instead of the page.")]
    public async Task A_page_the_site_cannot_give_fails_with_what_went_wrong(string path, string reason)
    {
        Assert.Equal(new FetchResult.Failed(reason), await local.FetchAsync(site.Url(path)));
    }

    [Fact]
    public async Task A_body_without_a_length_is_read_only_up_to_the_cap_and_then_refused()
    {
        using var fetcher = Fetchers.Create(Fetchers.Local(o => o.MaxBytes = 256 * 1024));

        var refused = Assert.IsType<FetchResult.Refused>(await fetcher.FetchAsync(site.Url("/endless")));

        Assert.Equal("That page is larger than 256 KB, more than I read.", refused.Reason);
        Assert.True(await site.EndlessBytesWritten.WaitAsync(TimeSpan.FromSeconds(10)) < LocalWebSite.EndlessLimit);
    }

    [Fact]
    public async Task A_site_slower_than_the_timeout_fails_with_the_timeout_named()
    {
        using var fetcher = Fetchers.Create(Fetchers.Local(o => o.Timeout = TimeSpan.FromMilliseconds(300)));

        var failed = Assert.IsType<FetchResult.Failed>(await fetcher.FetchAsync(site.Url("/slow")));

        Assert.Equal("The site took longer than 0.3 seconds to answer, so I gave up.", failed.Reason);
    }

    [Fact]
    public async Task An_etag_is_returned_and_sending_it_back_yields_not_modified()
    {
        var first = Assert.IsType<FetchResult.Fetched>(await local.FetchAsync(site.Url("/etag")));
        var second = await local.FetchAsync(site.Url("/etag"), new CacheValidators(first.ETag, first.LastModified));

        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal("Version one of the timetable.", first.Content);
        Assert.Equal(new FetchResult.NotModified(new Uri(site.Url("/etag"))), second);
    }

    [Fact]
    public async Task A_last_modified_date_is_returned_and_sending_it_back_yields_not_modified()
    {
        var first = Assert.IsType<FetchResult.Fetched>(await local.FetchAsync(site.Url("/last-modified")));
        var second = await local.FetchAsync(site.Url("/last-modified"), new CacheValidators(null, first.LastModified));

        Assert.Equal(LocalWebSite.LastModified, first.LastModified);
        Assert.Null(first.ETag);
        Assert.IsType<FetchResult.NotModified>(second);
    }

    [Fact]
    public async Task A_stale_etag_gets_the_full_page_again()
    {
        var fetched = Assert.IsType<FetchResult.Fetched>(await local.FetchAsync(site.Url("/etag"), new CacheValidators("\"v0\"", null)));

        Assert.Equal("Version one of the timetable.", fetched.Content);
    }

    [Theory]
    [InlineData("ftp://files.example/report.txt", "I only fetch http and https addresses.")]
    [InlineData("file:///etc/passwd", "I only fetch http and https addresses.")]
    [InlineData("javascript:alert(1)", "I only fetch http and https addresses.")]
    [InlineData("not a web address", "That doesn't look like a web address.")]
    [InlineData("/relative/path", "That doesn't look like a web address.")]
    public async Task Anything_but_an_absolute_http_or_https_url_is_refused(string url, string reason)
    {
        using var fetcher = Fetchers.Create(Fetchers.Shipped());

        Assert.Equal(new FetchResult.Refused(reason), await fetcher.FetchAsync(url));
    }

    [Theory]
    [InlineData("http://127.0.0.1:{port}/article")]
    [InlineData("http://[::1]:{port}/article")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://172.16.0.1/")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::ffff:127.0.0.1]:{port}/article")]
    [InlineData("http://0.0.0.0:{port}/article")]
    [InlineData("http://100.64.0.1/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://[fd00::1]/")]
    [InlineData("http://2130706433:{port}/article")]
    [InlineData("http://0x7f.0.0.1:{port}/article")]
    [InlineData("http://localhost:{port}/article")]
    [InlineData("https://localhost:{port}/article")]
    [InlineData("http://user:secret@127.0.0.1:{port}/article")]
    public async Task An_address_inside_the_bots_network_is_refused_when_private_addresses_are_not_allowed(string url)
    {
        using var fetcher = Fetchers.Create(Fetchers.Shipped());

        var result = await fetcher.FetchAsync(url.Replace("{port}", site.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.Equal(new FetchResult.Refused(Internal), result);
    }

    [Fact]
    public async Task The_same_local_page_is_fetched_when_private_addresses_are_allowed()
    {
        Assert.IsType<FetchResult.Fetched>(await local.FetchAsync($"http://localhost:{site.Port}/article"));
    }

    [Fact]
    public async Task A_policy_that_allows_only_the_first_hop_lets_that_hop_through()
    {
        using var fetcher = Fetchers.Create(Fetchers.Shipped(), FirstHopOnly());

        var fetched = Assert.IsType<FetchResult.Fetched>(await fetcher.FetchAsync(site.Url("/article")));

        Assert.Equal(site.Url("/article"), fetched.FinalUrl.AbsoluteUri);
    }

    [Theory]
    [InlineData("/to-metadata")]
    [InlineData("/to-private")]
    public async Task A_redirect_from_an_allowed_address_to_an_internal_one_is_refused(string path)
    {
        using var fetcher = Fetchers.Create(Fetchers.Shipped(), FirstHopOnly());

        Assert.Equal(new FetchResult.Refused(Internal), await fetcher.FetchAsync(site.Url(path)));
    }

    [Fact]
    public async Task A_redirect_to_the_same_host_on_another_port_is_checked_again()
    {
        using var fetcher = Fetchers.Create(Fetchers.Shipped(), new OnlyEndPoint(new IPEndPoint(IPAddress.Loopback, site.Port + 1)));

        Assert.Equal(new FetchResult.Refused(Internal), await fetcher.FetchAsync(site.Url("/hop/1")));
    }

    [Fact]
    public async Task Credentials_in_a_url_are_neither_sent_nor_kept_nor_logged()
    {
        using var logs = new LogCapture();
        using var loggers = LoggerFactory.Create(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var logger = loggers.CreateLogger<SafeHttpFetcher>();
        using var fetcher = Fetchers.Create(Fetchers.Local(), logger: logger);
        using var strict = Fetchers.Create(Fetchers.Shipped(), logger: logger);

        var fetched = Assert.IsType<FetchResult.Fetched>(await fetcher.FetchAsync($"http://editor:hunter2@127.0.0.1:{site.Port}/echo-auth?token=abc123"));
        await fetcher.FetchAsync($"http://editor:hunter2@127.0.0.1:{site.Port}/nothing-here?token=abc123");
        await strict.FetchAsync($"http://editor:hunter2@10.0.0.1/admin?token=abc123");

        Assert.Equal("No credentials were sent.", fetched.Content);
        Assert.Equal($"http://127.0.0.1:{site.Port}/echo-auth?token=abc123", fetched.FinalUrl.AbsoluteUri);
        Assert.Equal(3, logs.Lines.Count);
        Assert.All(logs.Lines, m => Assert.DoesNotContain("hunter2", m, StringComparison.Ordinal));
        Assert.All(logs.Lines, m => Assert.DoesNotContain("abc123", m, StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains($": Fetching http://127.0.0.1:{site.Port}/nothing-here failed: The site answered 404 Not Found instead of the page. [", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_not_reported_as_a_timeout()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => local.FetchAsync(site.Url("/slow"), cancellationToken: cancel.Token));
    }

    private OnlyEndPoint FirstHopOnly() => new(new IPEndPoint(IPAddress.Loopback, site.Port));
}
