namespace Bot.Core.Ingest.Web;

/// <summary>How URLs and feeds are fetched for ingestion (section <c>Bot:Sources</c>).</summary>
public sealed class SourceFetchOptions
{
    public const string Section = "Bot:Sources";

    /// <summary>A response body larger than this many bytes (after decompression) is refused.</summary>
    public long MaxBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>The whole fetch, every redirect and the body included, must finish within this time.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Lets the fetcher reach loopback, private and link-local addresses. Only for tests and local development:
    /// on a server it would let any chat user make the bot read its own network (server-side request forgery).
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>How often each RSS/Atom feed is polled.</summary>
    public TimeSpan FeedInterval { get; set; } = TimeSpan.FromMinutes(15);

    public string UserAgent { get; set; } = "NewsBriefingBot/1.0 (+source fetcher)";
}
