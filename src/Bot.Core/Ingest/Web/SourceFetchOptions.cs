using System.Globalization;

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

/// <summary>Each problem names the key, the value and what is allowed, so the operator fixes it in one go.</summary>
public sealed class SourceFetchOptionsValidator : IValidateOptions<SourceFetchOptions>
{
    public ValidateOptionsResult Validate(string? name, SourceFetchOptions options)
    {
        var problems = new List<string>();
        const string section = SourceFetchOptions.Section;
        if (options.MaxBytes <= 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{section}:MaxBytes is \"{options.MaxBytes}\": expected a size in bytes above zero, such as 2097152 (2 MB)."));
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            problems.Add($"{section}:Timeout is \"{options.Timeout}\": expected a duration above zero, such as 00:00:15.");
        }

        if (options.MaxRedirects < 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{section}:MaxRedirects is \"{options.MaxRedirects}\": expected 0 or more."));
        }

        if (options.FeedInterval < TimeSpan.FromMinutes(1))
        {
            problems.Add($"{section}:FeedInterval is \"{options.FeedInterval}\": expected at least 00:01:00; feeds are polled politely.");
        }

        if (string.IsNullOrWhiteSpace(options.UserAgent))
        {
            problems.Add($"{section}:UserAgent is empty: expected the name the bot fetches under, such as NewsBriefingBot/1.0.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
