using System.Text.Json;
using SmartReader;

namespace Bot.Core.Ingest;

/// <summary>What an HTML page yields: its article text and the metadata a citation needs.</summary>
public sealed record HtmlArticle(string? Title, DateOnly? Published, string Text, string? SiteName);

/// <summary>Reduces an HTML page to its article text with SmartReader (Mozilla Readability's algorithm).</summary>
public static class HtmlArticleReader
{
    public static HtmlArticle Read(string html, string? url = null)
    {
        var uri = Uri.TryCreate(url, UriKind.Absolute, out var parsed) ? parsed : new Uri("https://localhost/");
        var reader = new Reader(uri.ToString(), html);
        var article = reader.GetArticle();
        var text = article.IsReadable ? article.TextContent : StripTags(html);
        DateOnly? published = article.PublicationDate is { } when ? DateOnly.FromDateTime(when) : PublishedFromMetadata(html);
        return new HtmlArticle(NullIfBlank(article.Title), published, text ?? "", NullIfBlank(article.SiteName));
    }

    private static readonly string[] PublishedMetaNames =
    [
        "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "date",
        "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
    ];

    /// <summary>
    /// SmartReader misses many of the ways news sites state their date; a wrong-but-present date would anchor every
    /// relative date wrongly, so only explicit publication fields count: meta tags, JSON-LD <c>datePublished</c>, and
    /// a <c>time</c> element marked as the publication date.
    /// </summary>
    private static DateOnly? PublishedFromMetadata(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        foreach (var name in PublishedMetaNames)
        {
            foreach (var meta in document.QuerySelectorAll("meta"))
            {
                var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && FrontMatter.ParseDate(meta.GetAttribute("content")) is { } date)
                {
                    return date;
                }
            }
        }

        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            if (JsonLdDatePublished(script.TextContent) is { } date)
            {
                return date;
            }
        }

        var time = document.QuerySelector("time[itemprop='datePublished'], time[pubdate]");
        return FrontMatter.ParseDate(time?.GetAttribute("datetime"));
    }

    private static DateOnly? JsonLdDatePublished(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
            return FindDatePublished(parsed.RootElement, depth: 0);
        }
        catch (JsonException)
        {
            // Broken JSON-LD is common and says nothing about the article; the page is read without its date.
            return null;
        }
    }

    /// <summary>The first <c>datePublished</c> in the tree: it may sit at the top, in an array, or in an <c>@graph</c>.</summary>
    private static DateOnly? FindDatePublished(JsonElement element, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("datePublished", out var value) && value.ValueKind == JsonValueKind.String
                    && FrontMatter.ParseDate(value.GetString()) is { } date)
                {
                    return date;
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && FindDatePublished(property.Value, depth + 1) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindDatePublished(item, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>For pages Readability finds nothing in (a bare fragment): the text of the body, paragraphs kept.</summary>
    private static string StripTags(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        foreach (var noise in document.QuerySelectorAll("script, style, noscript, nav, header, footer").ToList())
        {
            noise.Remove();
        }

        var blocks = document.Body?.QuerySelectorAll("p, h1, h2, h3, h4, li, blockquote, pre");
        var texts = (blocks ?? Enumerable.Empty<AngleSharp.Dom.IElement>()).Select(b => b.TextContent.Trim()).Where(t => t.Length > 0).ToList();
        return texts.Count > 0 ? string.Join("\n\n", texts) : document.Body?.TextContent ?? "";
    }
}
