using System.Text;
using Bot.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Core.Tests.Ingest.Web;

[CollectionDefinition(Name)]
public sealed class LocalWebSiteCollection : ICollectionFixture<LocalWebSite>
{
    public const string Name = "Local web site";
}

/// <summary>
/// A small web site on 127.0.0.1 (a port the system picks) with every kind of page the fetcher meets: articles,
/// feeds, redirects, huge and binary bodies, malformed markup, conditional GET. It stops itself after a few
/// minutes even if a test run hangs, so nothing is left listening.
/// </summary>
public sealed class LocalWebSite : IAsyncLifetime
{
    public static readonly DateTimeOffset LastModified = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan StartStopTimeout = TimeSpan.FromSeconds(10);

    private WebApplication? app;
    private CancellationTokenSource? selfStop;

    public int Port { get; private set; }

    /// <summary>The longest the endless endpoint writes if nobody hangs up on it.</summary>
    public const long EndlessLimit = 100L * 1024 * 1024;

    private readonly TaskCompletionSource<long> endlessWritten = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many bytes the endless endpoint wrote before the client hung up (or <see cref="EndlessLimit"/>).</summary>
    public Task<long> EndlessBytesWritten => endlessWritten.Task;

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> liveFeeds = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> liveFetches = new(StringComparer.Ordinal);

    /// <summary>Serves <paramref name="xml"/> at <c>/live/{name}.rss</c> from now on, with an ETag that changes with the content.</summary>
    public string SetLiveFeed(string name, string xml)
    {
        liveFeeds[name] = xml;
        return Url($"/live/{name}.rss");
    }

    /// <summary>How many times <c>/live/{name}.rss</c> sent its body (a 304 does not count).</summary>
    public int LiveFeedBodiesSent(string name) => liveFetches.GetValueOrDefault(name);

    public async Task InitializeAsync()
    {
        using (var timeout = new CancellationTokenSource(StartStopTimeout))
        {
            app = await LoopbackServer.StartAsync(HandleAsync, cancellationToken: timeout.Token);
        }

        Port = app.BaseAddress().Port;

        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        selfStop = new CancellationTokenSource(Lifetime);
        selfStop.Token.Register(lifetime.StopApplication);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            using var timeout = new CancellationTokenSource(StartStopTimeout);
            await app.StopAsync(timeout.Token);
            await app.DisposeAsync();
        }

        selfStop?.Dispose();
    }

    public const string ArticleHtml = """
        <!doctype html><html><head><title>Port reopens | Example Wire</title>
        <meta property="og:title" content="Port reopens after storm">
        <meta property="og:site_name" content="Example Wire">
        <meta property="article:published_time" content="2025-06-02T08:00:00Z">
        </head><body><nav>Home | World</nav>
        <article><h1>Port reopens after storm</h1>
        <p>The harbour authority said on Monday that the port of Valona will reopen to cargo ships by the end of June, after repairs to the main quay were completed ahead of schedule.</p>
        <p>Officials said the damage from the storm had been less severe than first feared, and that passenger ferries would follow within two weeks of the cargo traffic.</p>
        <p>The authority thanked the crews who worked through the weekend and said a full report would be published in the autumn.</p>
        </article><footer>Copyright</footer></body></html>
        """;

    public const string JsonLdArticleHtml = """
        <!doctype html><html><head><title>Bridge opens to traffic</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Valley Post"},{"@type":"NewsArticle","headline":"Bridge opens to traffic","datePublished":"2025-07-14T06:30:00+02:00"}]}</script>
        </head><body><article><h1>Bridge opens to traffic</h1>
        <p>The new river bridge opened to traffic on Monday morning, two months later than the council had promised when construction began last spring.</p>
        <p>The council said the delay came from a shortage of steel and that the old ferry would keep running until the end of the month for cyclists and walkers.</p>
        <p>Local shops on both banks said they expected more customers now that the crossing takes five minutes instead of half an hour by ferry.</p>
        </article></body></html>
        """;

    public const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Example Wire: World</title>
            <link>https://news.example/world</link>
            <description>World news</description>
            <item>
              <title>Talks resume in Geneva</title>
              <link>https://news.example/world/talks</link>
              <guid isPermaLink="false">wire-1001</guid>
              <pubDate>Tue, 03 Jun 2025 09:15:00 GMT</pubDate>
              <description>&lt;p&gt;Delegations met again on &lt;b&gt;Tuesday&lt;/b&gt;.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Port reopens after storm</title>
              <link>https://news.example/world/port</link>
              <pubDate>Mon, 02 Jun 2025 08:00:00 +0000</pubDate>
              <description>Cargo ships return by the end of June.</description>
              <content:encoded><![CDATA[<p>Cargo ships return by the end of June.</p><p>Ferries follow two weeks later.</p>]]></content:encoded>
            </item>
            <item>
              <description>A short note without a title, link or id.</description>
            </item>
          </channel>
        </rss>
        """;

    /// <summary>The same feed a poll later: the first item's text was corrected, the rest are as they were.</summary>
    public static readonly string EditedRss = Rss.Replace("met again on &lt;b&gt;Tuesday&lt;/b&gt;.", "met again on &lt;b&gt;Wednesday&lt;/b&gt;.", StringComparison.Ordinal);

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Valley Post</title>
          <link rel="alternate" href="https://valley.example/"/>
          <id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6</id>
          <updated>2025-07-14T06:30:00Z</updated>
          <entry>
            <title type="html">Bridge &lt;em&gt;opens&lt;/em&gt; to traffic</title>
            <link rel="alternate" href="/2025/07/bridge"/>
            <id>tag:valley.example,2025:bridge</id>
            <published>2025-07-14T06:30:00Z</published>
            <updated>2025-07-14T09:00:00Z</updated>
            <content type="html">&lt;p&gt;The new river bridge opened on Monday.&lt;/p&gt;&lt;p&gt;The ferry keeps running until the end of the month.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Council meets on Thursday</title>
            <link href="https://valley.example/2025/07/council"/>
            <id>tag:valley.example,2025:council</id>
            <updated>2025-07-13T18:00:00Z</updated>
            <summary type="text">The budget is on the agenda.</summary>
          </entry>
        </feed>
        """;

    public const string MalformedXml = """<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Unclosed</item></channel>""";

    public const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
        <rss version="2.0"><channel><title>&lol3;</title></channel></rss>
        """;

    public const string ExternalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
        <rss version="2.0"><channel><title>&secret;</title></channel></rss>
        """;

    public const string MalformedHtml = "<html><head><title>Half a page</title><body><p>The storm closed the port on <b>Friday<p>Repairs began at once <div>and continue";

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var path = request.Path.Value ?? "/";
        var aborted = context.RequestAborted;

        if (path.StartsWith("/hop/", StringComparison.Ordinal) && int.TryParse(path["/hop/".Length..], out var hops))
        {
            // Relative Location headers, as many sites send them: the fetcher must resolve them against the current hop.
            Redirect(response, hops > 0 ? $"/hop/{hops - 1}" : "/article");
            return;
        }

        if (path.StartsWith("/live/", StringComparison.Ordinal) && path.EndsWith(".rss", StringComparison.Ordinal))
        {
            var name = path["/live/".Length..^".rss".Length];
            if (!liveFeeds.TryGetValue(name, out var xml))
            {
                response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            if (AnswersNotModified(request, response, $"\"{(uint)string.GetHashCode(xml, StringComparison.Ordinal):x8}\""))
            {
                return;
            }

            liveFetches.AddOrUpdate(name, 1, (_, n) => n + 1);
            await Text(response, "application/rss+xml; charset=utf-8", xml, aborted);
            return;
        }

        if (Pages.TryGetValue(path, out var page))
        {
            await ServeAsync(request, response, page, aborted);
            return;
        }

        if (Redirects.TryGetValue(path, out var location))
        {
            Redirect(response, location);
            return;
        }

        switch (path)
        {
            case "/huge-with-length":
                // Announces 3 MB and then sends nothing: a client that waited for the body instead of refusing on
                // the header would time out rather than be refused.
                response.ContentType = "text/plain";
                response.ContentLength = 3 * 1024 * 1024;
                await response.StartAsync(aborted);
                await response.Body.FlushAsync(aborted);
                await Task.Delay(TimeSpan.FromSeconds(30), aborted).ContinueWith(_ => { }, TaskScheduler.Default);
                context.Abort();
                break;
            case "/endless":
                response.ContentType = "text/html";
                endlessWritten.TrySetResult(await WriteUntilAborted(response, EndlessLimit, aborted));
                break;
            case "/image.png":
                response.ContentType = "image/png";
                await response.Body.WriteAsync(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D }, aborted);
                break;
            case "/no-type":
                await response.Body.WriteAsync("just bytes"u8.ToArray(), aborted);
                break;
            case "/last-modified":
                response.Headers.LastModified = LastModified.ToString("R");
                if (DateTimeOffset.TryParse(request.Headers.IfModifiedSince.ToString(), out var since) && since >= LastModified)
                {
                    response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }

                await Text(response, "text/plain", "The timetable as of June.", aborted);
                break;
            case "/slow":
                await Task.Delay(TimeSpan.FromSeconds(30), aborted).ContinueWith(_ => { }, TaskScheduler.Default);
                break;
            case "/echo-auth":
                var authorization = request.Headers.Authorization.ToString();
                await Text(response, "text/plain", authorization.Length == 0 ? "No credentials were sent." : "Credentials: " + authorization, aborted);
                break;
            default:
                response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    /// <summary>
    /// A page served as it is, in UTF-8 unless it names another encoding, with an ETag where it has one (answered with
    /// 304 when the client sends it back).
    /// </summary>
    private sealed record Page(string ContentType, string Body, string? ETag = null, Encoding? Encoding = null);

    private static readonly Dictionary<string, Page> Pages = new(StringComparer.Ordinal)
    {
        ["/article"] = new("text/html; charset=utf-8", ArticleHtml),
        ["/bridge"] = new("text/html", JsonLdArticleHtml),
        ["/notes.md"] = new("text/markdown; charset=utf-8", "# Ferry timetable\n\nThe ferry runs every *hour* until 30 June 2025.\n"),
        ["/feed.rss"] = new("application/rss+xml; charset=utf-8", Rss, "\"rss-1\""),
        ["/feed-edited.rss"] = new("application/rss+xml; charset=utf-8", EditedRss),
        ["/feed.atom"] = new("application/atom+xml", Atom),
        ["/feed.xml"] = new("application/xml", Rss),
        ["/malformed.xml"] = new("application/rss+xml", MalformedXml),
        ["/lolz.xml"] = new("application/xml", BillionLaughs),
        ["/xxe.xml"] = new("application/xml", ExternalEntity),
        ["/malformed.html"] = new("text/html", MalformedHtml),
        ["/etag"] = new("text/plain", "Version one of the timetable.", "\"v1\""),
        ["/latin1"] = new("text/plain; charset=iso-8859-1", "Caf\u00e9 reopens in S\u00e3o Tom\u00e9.", Encoding: Encoding.Latin1),
        // The charset is declared only in the markup.
        ["/latin1-meta"] = new("text/html", "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9</title></head><body><p>S\u00e3o Tom\u00e9</p></body></html>", Encoding: Encoding.Latin1),
    };

    private static readonly Dictionary<string, string> Redirects = new(StringComparer.Ordinal)
    {
        ["/loop/a"] = "/loop/b",
        ["/loop/b"] = "/loop/a",
        ["/to-metadata"] = "http://169.254.169.254/latest/meta-data/",
        ["/to-private"] = "http://10.0.0.1/admin",
        ["/to-ftp"] = "ftp://files.example/report.txt",
    };

    private static async Task ServeAsync(HttpRequest request, HttpResponse response, Page page, CancellationToken aborted)
    {
        if (page.ETag is not null && AnswersNotModified(request, response, page.ETag))
        {
            return;
        }

        response.ContentType = page.ContentType;
        await response.Body.WriteAsync((page.Encoding ?? Encoding.UTF8).GetBytes(page.Body), aborted);
    }

    /// <summary>Sends the ETag, and answers 304 (true) when the client already holds that version.</summary>
    private static bool AnswersNotModified(HttpRequest request, HttpResponse response, string etag)
    {
        response.Headers.ETag = etag;
        if (request.Headers.IfNoneMatch.ToString() != etag)
        {
            return false;
        }

        response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }

    private static void Redirect(HttpResponse response, string location)
    {
        response.StatusCode = StatusCodes.Status302Found;
        response.Headers.Location = location;
    }

    private static Task Text(HttpResponse response, string contentType, string body, CancellationToken aborted)
    {
        response.ContentType = contentType;
        return response.WriteAsync(body, aborted);
    }

    /// <summary>Writes filler until <paramref name="limit"/> or until the client hangs up; returns how much was written.</summary>
    private static async Task<long> WriteUntilAborted(HttpResponse response, long limit, CancellationToken aborted)
    {
        var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
        long written = 0;
        try
        {
            while (written < limit)
            {
                await response.Body.WriteAsync(chunk, aborted);
                written += chunk.Length;
                // After the client hangs up, Kestrel completes writes as no-ops and signals RequestAborted from the
                // thread pool; on a busy machine this loop could spin to the limit before that arrives. A pause per
                // chunk leaves the signal time to land.
                await Task.Delay(TimeSpan.FromMilliseconds(1), aborted);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            // The client stopped reading, which is what the size cap is for.
        }

        return written;
    }
}
