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
        DateOnly? published = article.PublicationDate is { } when ? DateOnly.FromDateTime(when) : null;
        return new HtmlArticle(NullIfBlank(article.Title), published, text ?? "", NullIfBlank(article.SiteName));
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
