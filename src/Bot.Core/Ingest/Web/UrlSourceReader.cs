namespace Bot.Core.Ingest.Web;

/// <summary>What a URL given to /addsource came to.</summary>
public abstract record UrlReadResult
{
    private UrlReadResult()
    {
    }

    public sealed record Article(Source Source) : UrlReadResult;

    /// <summary>The address serves an RSS or Atom feed: it belongs to /addfeed, not /addsource.</summary>
    public sealed record Feed(Uri Url) : UrlReadResult;

    /// <summary>Refused, failed, or nothing readable; the reason is for the person who gave the URL.</summary>
    public sealed record Unusable(string Reason) : UrlReadResult;
}

/// <summary>Fetches a page safely and reads it into a <see cref="Source"/> the way a file of the same kind is read.</summary>
public sealed class UrlSourceReader(SafeHttpFetcher fetcher)
{
    public async Task<UrlReadResult> ReadAsync(string url, CancellationToken cancellationToken = default) =>
        await fetcher.FetchAsync(url, cancellationToken: cancellationToken) switch
        {
            FetchResult.Fetched page => FromPage(page),
            FetchResult.Refused refused => new UrlReadResult.Unusable(refused.Reason),
            FetchResult.Failed failed => new UrlReadResult.Unusable(failed.Reason),
            var other => new UrlReadResult.Unusable($"Unexpected answer from the site ({other.GetType().Name})."),
        };

    /// <summary>
    /// HTML goes through SmartReader for its article text, title, date and site name; text and Markdown are read as
    /// they are. Either way the final URL (after redirects) is the source's URL and its location.
    /// </summary>
    public static UrlReadResult FromPage(FetchResult.Fetched page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (IsFeed(page))
        {
            return new UrlReadResult.Feed(page.FinalUrl);
        }

        var url = page.FinalUrl.AbsoluteUri;
        var source = SourceReader.Read(page.Content, FileNameFor(page), url, url);
        return source.Text.Length == 0
            ? new UrlReadResult.Unusable("I found no readable text at that address.")
            : new UrlReadResult.Article(source);
    }

    /// <summary>
    /// Feeds announce themselves by media type, but many are served as plain XML; then the root element decides.
    /// XHTML is XML too, so <c>html</c> roots stay pages.
    /// </summary>
    internal static bool IsFeed(FetchResult.Fetched page) => page.ContentType switch
    {
        "application/rss+xml" or "application/atom+xml" => true,
        "application/xml" or "text/xml" => FeedReader.LooksLikeFeed(page.Content),
        _ => false,
    };

    /// <summary>SourceReader tells HTML from text by the name; the last path segment also serves as a title of last resort.</summary>
    private static string FileNameFor(FetchResult.Fetched page)
    {
        var extension = page.ContentType switch
        {
            "text/html" or "application/xhtml+xml" => ".html",
            "text/markdown" => ".md",
            _ => ".txt",
        };
        var segment = page.FinalUrl.Segments.LastOrDefault()?.Trim('/') ?? "";
        var stem = Path.GetFileNameWithoutExtension(Uri.UnescapeDataString(segment));
        return (stem.Length > 0 ? stem : page.FinalUrl.Host) + extension;
    }
}
