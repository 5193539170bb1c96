using System.Globalization;

namespace Bot.Core.Ingest;

/// <summary>
/// The optional header of a document: a first line "---", then "key: value" lines, then "---".
/// Known keys: title, published, source, url. Unknown keys are kept but unused.
/// </summary>
public sealed record FrontMatter(IReadOnlyDictionary<string, string> Fields, string Body)
{
    public string? Title => Get("title");

    public string? SourceName => Get("source");

    public string? Url => Get("url");

    /// <summary>The published date, if present and a real date (ISO, or an unambiguous written form).</summary>
    public DateOnly? Published => ParseDate(Get("published") ?? Get("date"));

    public static FrontMatter Parse(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var trimmed = text.TrimStart('\uFEFF');
        if (!trimmed.StartsWith("---", StringComparison.Ordinal))
        {
            return new FrontMatter(fields, trimmed);
        }

        using var reader = new StringReader(trimmed);
        var first = reader.ReadLine();
        if (first?.Trim() != "---")
        {
            return new FrontMatter(fields, trimmed);
        }

        var consumed = first.Length + 1;
        while (reader.ReadLine() is { } line)
        {
            consumed += line.Length + 1;
            if (line.Trim() == "---")
            {
                return new FrontMatter(fields, trimmed[Math.Min(consumed, trimmed.Length)..]);
            }

            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                fields[line[..colon].Trim()] = line[(colon + 1)..].Trim().Trim('"', '\'');
            }
        }

        // An opening "---" without a closing one is not front matter: keep the whole text.
        return new FrontMatter(new Dictionary<string, string>(), trimmed);
    }

    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ss", "d MMMM yyyy", "MMMM d, yyyy", "d MMM yyyy", "MMM d, yyyy"];
        if (DateTimeOffset.TryParseExact(value.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var exact))
        {
            return DateOnly.FromDateTime(exact.Date);
        }

        return DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var loose)
            ? DateOnly.FromDateTime(loose.Date)
            : null;
    }

    private string? Get(string key) => Fields.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
}
