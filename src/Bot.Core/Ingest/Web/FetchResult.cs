namespace Bot.Core.Ingest.Web;

/// <summary>What fetching a URL came to. Reasons are written for the person who gave the URL.</summary>
public abstract record FetchResult
{
    private FetchResult()
    {
    }

    /// <param name="Content">The body decoded to text.</param>
    /// <param name="FinalUrl">Where the last redirect led, without any user name or password.</param>
    /// <param name="ContentType">The media type, lower case and without parameters (<c>text/html</c>).</param>
    public sealed record Fetched(string Content, Uri FinalUrl, string ContentType, string? ETag, DateTimeOffset? LastModified) : FetchResult;

    /// <summary>The server says the copy we already have, named by the validators we sent, is current.</summary>
    public sealed record NotModified(Uri FinalUrl) : FetchResult;

    /// <summary>We chose not to fetch or not to keep it: a private address, a binary file, too large.</summary>
    public sealed record Refused(string Reason) : FetchResult;

    /// <summary>We tried and the site or the network let us down: not found, timed out, unreachable.</summary>
    public sealed record Failed(string Reason) : FetchResult;
}

/// <summary>What we kept from an earlier fetch, sent back so that an unchanged resource costs a 304 and no body.</summary>
public sealed record CacheValidators(string? ETag, DateTimeOffset? LastModified);
