namespace Bot.Core.Ingest;

/// <summary>Turns a document's raw content into a <see cref="Source"/>: front matter, HTML reduction, normalisation.</summary>
public static class SourceReader
{
    public static readonly IReadOnlySet<string> SupportedExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".html", ".htm" };

    /// <param name="content">The file or pasted text as received.</param>
    /// <param name="fileName">Its name, used to tell HTML from text and as a title of last resort.</param>
    /// <param name="location">Where it came from, shown by /sources.</param>
    public static Source Read(string content, string fileName, string location, string? url = null)
    {
        var front = FrontMatter.Parse(content);
        var body = front.Body;
        string? htmlTitle = null, siteName = null;
        DateOnly? htmlPublished = null;
        if (IsHtml(fileName, body))
        {
            var article = HtmlArticleReader.Read(body, front.Url ?? url);
            body = article.Text;
            htmlTitle = article.Title;
            htmlPublished = article.Published;
            siteName = article.SiteName;
        }

        var text = TextNormalizer.Normalize(body);
        var title = front.Title ?? htmlTitle ?? FirstLineTitle(text) ?? Path.GetFileNameWithoutExtension(fileName);
        var origin = front.SourceName ?? siteName ?? HostOf(front.Url ?? url) ?? Path.GetFileName(fileName);
        return new Source(Source.IdFor(text), TextNormalizer.Normalize(title), front.Published ?? htmlPublished, origin, front.Url ?? url, text)
        {
            Location = location,
        };
    }

    /// <summary>Every supported file below <paramref name="folder"/>, recursively, in a stable order. Unreadable files are reported, not fatal.</summary>
    public static IEnumerable<(string Path, Source? Source, Exception? Error)> ReadFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(f => SupportedExtensions.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            Source? source = null;
            Exception? error = null;
            try
            {
                source = Read(File.ReadAllText(file), file, Path.GetRelativePath(folder, file));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                error = exception;
            }

            yield return (file, source, error);
        }
    }

    private static bool IsHtml(string fileName, string body) =>
        Path.GetExtension(fileName) is ".html" or ".htm"
        || body.AsSpan().TrimStart().StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
        || body.AsSpan().TrimStart().StartsWith("<html", StringComparison.OrdinalIgnoreCase);

    /// <summary>A short first line reads as a headline; a long one is body text and no title.</summary>
    private static string? FirstLineTitle(string text)
    {
        var first = text.Split('\n', 2)[0].Trim().TrimStart('-', '*', '•', '#', ' ').TrimEnd('.');
        return first.Length is > 0 and <= 120 ? first : null;
    }

    private static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;
}
