using System.Globalization;
using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Bot.Core.Text;

namespace Bot.Core.Ingest.Web;

/// <summary>An RSS 2.0 or Atom feed reduced to what ingestion needs.</summary>
public sealed record Feed(string Title, Uri? Link, IReadOnlyList<FeedItem> Items);

/// <param name="Identity">What makes an item "the same item" across polls: its GUID or id, else its link, else a hash of its content.</param>
/// <param name="Text">The item's content (or summary) as plain text.</param>
/// <param name="ContentHash">Changes when the title or text changes, so an edited item can be told from an unchanged one.</param>
public sealed record FeedItem(string Identity, string Title, Uri? Link, DateTimeOffset? Published, string Text, string ContentHash);

public abstract record FeedParseResult
{
    private FeedParseResult()
    {
    }

    public sealed record Parsed(Feed Feed) : FeedParseResult;

    public sealed record Malformed(string Reason) : FeedParseResult;
}

public enum FeedItemState
{
    New,
    Unchanged,
    Edited,
}

public sealed record FeedItemUpdate(FeedItem Item, FeedItemState State);

/// <summary>What polling a feed came to.</summary>
public abstract record FeedReadResult
{
    private FeedReadResult()
    {
    }

    /// <param name="Validators">To send with the next poll, so an unchanged feed costs a 304.</param>
    public sealed record Read(Feed Feed, Uri FinalUrl, CacheValidators Validators) : FeedReadResult;

    public sealed record NotModified : FeedReadResult;

    public sealed record Unusable(string Reason) : FeedReadResult;
}

/// <summary>
/// Fetches and parses RSS 2.0 and Atom feeds. The XML comes from strangers, so the reader prohibits DTDs and
/// resolves nothing external: no XXE, no entity expansion bombs.
/// </summary>
public sealed class FeedReader(SafeHttpFetcher fetcher)
{
    public const string MalformedReason = "That address doesn't serve a well-formed RSS or Atom feed.";

    private const string ContentModuleNamespace = "http://purl.org/rss/1.0/modules/content/";

    public async Task<FeedReadResult> ReadAsync(string url, CacheValidators? validators = null, CancellationToken cancellationToken = default)
    {
        switch (await fetcher.FetchAsync(url, validators, cancellationToken))
        {
            case FetchResult.Fetched page:
                return Parse(page.Content, page.FinalUrl) switch
                {
                    FeedParseResult.Parsed parsed => new FeedReadResult.Read(parsed.Feed, page.FinalUrl, new CacheValidators(page.ETag, page.LastModified)),
                    FeedParseResult.Malformed malformed => new FeedReadResult.Unusable(malformed.Reason),
                    _ => new FeedReadResult.Unusable(MalformedReason),
                };
            case FetchResult.NotModified:
                return new FeedReadResult.NotModified();
            case FetchResult.Refused refused:
                return new FeedReadResult.Unusable(refused.Reason);
            case FetchResult.Failed failed:
                return new FeedReadResult.Unusable(failed.Reason);
            default:
                return new FeedReadResult.Unusable(MalformedReason);
        }
    }

    /// <param name="xml">The feed document.</param>
    /// <param name="feedUrl">Where it came from, to resolve relative item links.</param>
    public static FeedParseResult Parse(string xml, Uri? feedUrl = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), SafeSettings());
            reader.MoveToContent();
            SyndicationFeedFormatter? formatter = new Rss20FeedFormatter();
            if (!formatter.CanRead(reader))
            {
                formatter = new Atom10FeedFormatter();
                if (!formatter.CanRead(reader))
                {
                    return new FeedParseResult.Malformed(string.Equals(reader.LocalName, "html", StringComparison.OrdinalIgnoreCase)
                        ? "That address serves a web page, not an RSS or Atom feed."
                        : "That address serves XML, but not an RSS or Atom feed.");
                }
            }

            var strict = formatter.DateTimeParser;
            formatter.DateTimeParser = (XmlDateTimeData data, out DateTimeOffset value) => ParseDate(strict, data, out value);
            formatter.ReadFrom(reader);
            return new FeedParseResult.Parsed(ToFeed(formatter.Feed, feedUrl));
        }
        catch (XmlException)
        {
            return new FeedParseResult.Malformed(MalformedReason);
        }
        catch (FormatException)
        {
            return new FeedParseResult.Malformed(MalformedReason);
        }
    }

    /// <summary>Each item of <paramref name="feed"/> against what earlier polls saw (identity to content hash).</summary>
    public static IReadOnlyList<FeedItemUpdate> Compare(Feed feed, IReadOnlyDictionary<string, string> seen)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(seen);
        return feed.Items
            .Select(item => new FeedItemUpdate(item, seen.TryGetValue(item.Identity, out var hash)
                ? hash == item.ContentHash ? FeedItemState.Unchanged : FeedItemState.Edited
                : FeedItemState.New))
            .ToList();
    }

    /// <summary>An item as a source: the feed's title is its origin, the item's link its URL.</summary>
    public static Source ToSource(Feed feed, FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(item);
        var published = item.Published is { } when ? DateOnly.FromDateTime(when.UtcDateTime) : (DateOnly?)null;
        var location = item.Link?.AbsoluteUri ?? feed.Link?.AbsoluteUri ?? feed.Title;
        return new Source(Source.IdFor(item.Text), item.Title, published, feed.Title, item.Link?.AbsoluteUri, item.Text) { Location = location };
    }

    /// <summary>True when the document's root element is an RSS or Atom feed; cheap, for telling a feed from other XML.</summary>
    public static bool LooksLikeFeed(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), SafeSettings());
            reader.MoveToContent();
            return reader.LocalName == "rss" || (reader.LocalName == "feed" && reader.NamespaceURI == "http://www.w3.org/2005/Atom");
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static XmlReaderSettings SafeSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private static Feed ToFeed(SyndicationFeed feed, Uri? feedUrl)
    {
        var feedLink = WebLink(feed.Links.FirstOrDefault(IsAlternate)?.Uri, feed.BaseUri ?? feedUrl);
        var title = Plain(feed.Title?.Text) is { Length: > 0 } t ? t : feedLink?.Host ?? feedUrl?.Host ?? "Feed";
        var items = new List<FeedItem>();
        var identities = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in feed.Items)
        {
            // Relative links resolve against xml:base, else the document's own address (RFC 4287), not the site's link.
            var item = ToItem(entry, entry.BaseUri ?? feed.BaseUri ?? feedUrl ?? feedLink);
            // A feed that lists the same item twice yields it once: the first is the one it puts forward.
            if (identities.Add(item.Identity))
            {
                items.Add(item);
            }
        }

        return new Feed(title, feedLink, items);
    }

    private static FeedItem ToItem(SyndicationItem entry, Uri? baseUrl)
    {
        var link = WebLink(entry.Links.FirstOrDefault(IsAlternate)?.Uri, baseUrl);
        var title = Plain(entry.Title?.Text) ?? "";
        var text = TextOf(entry, link);
        if (title.Length == 0)
        {
            title = TextShortener.Shorten(text.Split('\n', 2)[0], 120);
        }

        DateTimeOffset? published = entry.PublishDate != default ? entry.PublishDate
            : entry.LastUpdatedTime != default ? entry.LastUpdatedTime
            : null;
        var contentHash = Hash(title + "\n" + text);
        var identity = entry.Id?.Trim() is { Length: > 0 } id ? id
            : link?.AbsoluteUri ?? "sha256:" + contentHash;
        return new FeedItem(identity, title, link, published, text, contentHash);
    }

    /// <summary>The fullest text the item offers: RSS content:encoded, then Atom content, then the summary.</summary>
    private static string TextOf(SyndicationItem entry, Uri? link)
    {
        var encoded = entry.ElementExtensions
            .FirstOrDefault(e => e.OuterName == "encoded" && e.OuterNamespace == ContentModuleNamespace);
        if (encoded is not null)
        {
            using var reader = encoded.GetReader();
            return FromMarkup(reader.ReadElementContentAsString(), isHtml: true, link);
        }

        foreach (var content in new[] { entry.Content as TextSyndicationContent, entry.Summary })
        {
            if (content is { Text.Length: > 0 })
            {
                return FromMarkup(content.Text, content.Type is "html" or "xhtml", link);
            }
        }

        return "";
    }

    /// <summary>RSS says nothing about whether a description is HTML, and most are; tags in the text decide.</summary>
    private static string FromMarkup(string text, bool isHtml, Uri? link)
    {
        if (isHtml || LooksLikeHtml(text))
        {
            text = HtmlArticleReader.Read("<html><body>" + text + "</body></html>", link?.AbsoluteUri).Text;
        }

        return TextNormalizer.Normalize(text);
    }

    private static bool LooksLikeHtml(string text)
    {
        var open = text.IndexOf('<', StringComparison.Ordinal);
        return open >= 0 && open + 1 < text.Length && (char.IsLetter(text[open + 1]) || text[open + 1] == '/') && text.IndexOf('>', open) > open;
    }

    private static string? Plain(string? text) =>
        text is null ? null : TextNormalizer.Normalize(LooksLikeHtml(text) ? new AngleSharp.Html.Parser.HtmlParser().ParseDocument(text).Body?.TextContent ?? "" : text).Trim();

    private static bool IsAlternate(SyndicationLink link) => link.RelationshipType is null or "alternate";

    /// <summary>Only http and https links are kept: an item link ends up as a link in chat.</summary>
    private static Uri? WebLink(Uri? link, Uri? baseUrl)
    {
        if (link is null)
        {
            return null;
        }

        if (!link.IsAbsoluteUri)
        {
            if (baseUrl is null)
            {
                return null;
            }

            link = new Uri(baseUrl, link);
        }

        return link.Scheme == Uri.UriSchemeHttp || link.Scheme == Uri.UriSchemeHttps ? SafeHttpFetcher.WithoutUserInfo(link) : null;
    }

    private static string Hash(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..12]);
    }

    /// <summary>
    /// The library's parser first (RFC 822 and RFC 3339 as the formats define them); then a lenient one, since real
    /// feeds write dates every way; an unreadable date makes the item undated rather than the whole feed unreadable.
    /// </summary>
    private static bool ParseDate(TryParseDateTimeCallback strict, XmlDateTimeData data, out DateTimeOffset value)
    {
        try
        {
            if (strict(data, out value))
            {
                return true;
            }
        }
        catch (Exception exception) when (exception is FormatException or XmlException)
        {
            // The strict parser throws on some malformed dates instead of declining; the lenient one below decides.
        }

        if (!DateTimeOffset.TryParse(data.DateTimeString, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            value = default;
        }

        return true;
    }
}
