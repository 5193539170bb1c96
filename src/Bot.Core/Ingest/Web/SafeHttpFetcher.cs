using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Core.IO;
using Bot.Core.Metrics;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Ingest.Web;

/// <summary>
/// Fetches a URL a chat user gave us, for ingestion, without letting that user reach anything but a public web
/// site: only http and https; every connection goes to an address the <see cref="IAddressPolicy"/> vetted, and to
/// exactly that address, so a second DNS answer cannot swap in a private one (DNS rebinding); redirects are
/// followed by hand so each hop is checked again; the whole fetch has a deadline and the body a size cap, enforced
/// while it streams; only text media types are kept.
/// </summary>
/// <remarks>User-caused problems come back as <see cref="FetchResult.Refused"/> or <see cref="FetchResult.Failed"/>, never as exceptions.</remarks>
public sealed partial class SafeHttpFetcher : IDisposable
{
    public const string InternalAddressReason = "That address points inside the bot's own network, so I won't fetch it.";

    private static readonly HashSet<string> TextMediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/html", "application/xhtml+xml", "text/plain", "text/markdown",
        "application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
    };

    private readonly SourceFetchOptions options;
    private readonly IAddressPolicy policy;
    private readonly TimeProvider time;
    private readonly ILogger<SafeHttpFetcher> logger;
    private readonly HttpClient client;

    static SafeHttpFetcher()
    {
        // Older news sites still declare windows-1252 or similar; without the code pages those would fall back to UTF-8 and garble.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public SafeHttpFetcher(IOptions<SourceFetchOptions> options, IAddressPolicy policy, TimeProvider time, ILogger<SafeHttpFetcher> logger)
    {
        this.options = options.Value;
        this.policy = policy;
        this.time = time;
        this.logger = logger;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            // A proxy would resolve the host itself and bypass the address check.
            UseProxy = false,
            UseCookies = false,
            PreAuthenticate = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = this.options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = ConnectToVettedAddressAsync,
        };
        client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", this.options.UserAgent);
        client.DefaultRequestHeaders.TryAddWithoutValidation(
            "Accept",
            "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.8, text/markdown;q=0.8");
    }

    /// <param name="url">As the user gave it.</param>
    /// <param name="validators">From an earlier <see cref="FetchResult.Fetched"/> of the same URL, for a conditional GET.</param>
    /// <param name="cancellationToken">The caller's own cancellation; it is the one thing that throws.</param>
    public async Task<FetchResult> FetchAsync(string url, CacheValidators? validators = null, CancellationToken cancellationToken = default)
    {
        var result = await FetchOnceAsync(url, validators, cancellationToken);
        BotMetrics.Fetched(result);
        return result;
    }

    private async Task<FetchResult> FetchOnceAsync(string url, CacheValidators? validators, CancellationToken cancellationToken)
    {
        // On Unix "/some/path" parses as an absolute file URI; only a URL with a scheme written out counts.
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var requested) || (requested.IsFile && !url!.Trim().StartsWith("file:", StringComparison.OrdinalIgnoreCase)))
        {
            return new FetchResult.Refused("That doesn't look like a web address.");
        }

        if (!IsWebScheme(requested))
        {
            return new FetchResult.Refused("I only fetch http and https addresses.");
        }

        using var deadline = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var current = WithoutUserInfo(requested);
        var visited = new HashSet<Uri> { current };
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                AddValidators(request, validators);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
                if (IsRedirect(response.StatusCode))
                {
                    var next = NextHop(current, response.Headers.Location, redirects, visited, out var refusal);
                    if (next is null)
                    {
                        LogOutcome(requested, refusal!);
                        return refusal!;
                    }

                    current = next;
                    continue;
                }

                var result = response.StatusCode == HttpStatusCode.NotModified
                    ? new FetchResult.NotModified(current)
                    : await ReadBodyAsync(response, current, linked.Token);
                LogOutcome(requested, result);
                return result;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            return LogOutcome(requested, new FetchResult.Failed($"The site took longer than {FormatSeconds(options.Timeout)} to answer, so I gave up."));
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            return LogOutcome(requested, Explain(exception));
        }
    }

    public void Dispose() => client.Dispose();

    private Uri? NextHop(Uri current, Uri? location, int redirectsSoFar, HashSet<Uri> visited, out FetchResult? refusal)
    {
        refusal = null;
        if (location is null)
        {
            refusal = new FetchResult.Failed("The site sent a redirect without saying where to.");
            return null;
        }

        var next = WithoutUserInfo(location.IsAbsoluteUri ? location : new Uri(current, location));
        if (!IsWebScheme(next))
        {
            refusal = new FetchResult.Refused("The address redirects to something other than a web page, so I stopped there.");
            return null;
        }

        if (!visited.Add(next))
        {
            refusal = new FetchResult.Failed("The address redirects in a loop, so there is no page to fetch.");
            return null;
        }

        if (redirectsSoFar >= options.MaxRedirects)
        {
            refusal = new FetchResult.Refused($"The address redirects more than {options.MaxRedirects} times, so I stopped following it.");
            return null;
        }

        return next;
    }

    private async Task<FetchResult> ReadBodyAsync(HttpResponseMessage response, Uri finalUrl, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var code = (int)response.StatusCode;
            var status = string.IsNullOrWhiteSpace(response.ReasonPhrase) ? $"{code}" : $"{code} {response.ReasonPhrase.Trim()}";
            return new FetchResult.Failed(code is 401 or 403
                ? $"The site refused to show that page ({code}); it may need a login."
                : $"The site answered {status} instead of the page.");
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
        if (mediaType is null)
        {
            return new FetchResult.Refused("The site doesn't say what kind of content that is, so I won't read it.");
        }

        if (!TextMediaTypes.Contains(mediaType))
        {
            return new FetchResult.Refused($"That address serves {mediaType}, not a page or feed I can read.");
        }

        var tooLarge = new FetchResult.Refused($"That page is larger than {FormatSize(options.MaxBytes)}, more than I read.");
        if (response.Content.Headers.ContentLength > options.MaxBytes)
        {
            return tooLarge;
        }

        byte[]? body;
        await using (var stream = await response.Content.ReadAsStreamAsync(cancellationToken))
        {
            // A missing or lying Content-Length cannot make us read more.
            body = await CappedStream.ReadAsync(stream, options.MaxBytes, cancellationToken);
        }

        if (body is null)
        {
            return tooLarge;
        }

        var text = Decode(body, response.Content.Headers.ContentType?.CharSet ?? DeclaredCharset(body, mediaType));
        var lastModified = response.Content.Headers.LastModified;
        return new FetchResult.Fetched(text, finalUrl, mediaType, response.Headers.ETag?.ToString(), lastModified);
    }

    /// <summary>
    /// When the header names no charset, the document may: an HTML meta tag or an XML declaration in its first
    /// kilobyte, both written in ASCII, so a Latin-1 view of those bytes is enough to find it.
    /// </summary>
    private static string? DeclaredCharset(byte[] body, string mediaType)
    {
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 1024));
        var match = mediaType is "text/html" or "application/xhtml+xml" ? MetaCharset().Match(head) : XmlDeclarationEncoding().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<charset>[A-Za-z0-9_.:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""^\s*<\?xml[^>]+encoding\s*=\s*["'](?<charset>[A-Za-z0-9_.:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclarationEncoding();

    private static string Decode(byte[] body, string? charset)
    {
        var encoding = Encoding.UTF8;
        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                encoding = Encoding.GetEncoding(charset.Trim().Trim('"', '\''));
            }
            catch (ArgumentException)
            {
                // An unknown charset name is the site's mistake; UTF-8 is what most such pages turn out to be.
            }
        }

        using var reader = new StreamReader(new MemoryStream(body), encoding, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Resolves the host once, vets every address, and connects to a vetted one by address, so the connection
    /// cannot land anywhere the check did not see.
    /// </summary>
    private async ValueTask<Stream> ConnectToVettedAddressAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var endPoints = addresses.Select(a => new IPEndPoint(a, context.DnsEndPoint.Port)).ToList();

        // A name that resolves to any internal address is refused outright, even if it also has public ones:
        // that mix is how a rebinding attacker hedges, and no honest news site needs it.
        if (endPoints.Count == 0 || !endPoints.TrueForAll(policy.Allows))
        {
            throw new AddressRefusedException();
        }

        SocketException? last = null;
        foreach (var endPoint in endPoints)
        {
            var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(endPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }

    private static FetchResult Explain(Exception exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case AddressRefusedException:
                    return new FetchResult.Refused(InternalAddressReason);
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain }:
                    return new FetchResult.Failed("I couldn't find that site: its name doesn't resolve.");
                case SocketException:
                    return new FetchResult.Failed("I couldn't connect to that site.");
            }
        }

        return exception is HttpRequestException
            ? new FetchResult.Failed("The site's answer was not valid HTTP, so I couldn't read it.")
            : new FetchResult.Failed("The connection to the site broke off before the page arrived.");
    }

    private static void AddValidators(HttpRequestMessage request, CacheValidators? validators)
    {
        if (validators?.ETag is { Length: > 0 } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (validators?.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }
    }

    private static bool IsWebScheme(Uri uri) => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>A user name and password in a URL are never sent on and never kept: a pasted URL is not a login.</summary>
    internal static Uri WithoutUserInfo(Uri uri)
    {
        if (!uri.IsAbsoluteUri || uri.UserInfo.Length == 0)
        {
            return uri;
        }

        return new UriBuilder(uri) { UserName = "", Password = "" }.Uri;
    }

    /// <summary>What the log may show of a URL: no credentials and no query, since query strings carry tokens too.</summary>
    internal static string ForLog(Uri uri) =>
        uri.IsAbsoluteUri ? uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped) : "(relative URL)";

    private FetchResult LogOutcome(Uri requested, FetchResult result)
    {
        switch (result)
        {
            case FetchResult.Refused refused:
                LogRefused(ForLog(requested), refused.Reason);
                break;
            case FetchResult.Failed failed:
                LogFailed(ForLog(requested), failed.Reason);
                break;
            default:
                LogFetched(ForLog(requested), result.GetType().Name);
                break;
        }

        return result;
    }

    private static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MB",
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d:0.#} KB"),
        _ => $"{bytes} bytes",
    };

    private static string FormatSeconds(TimeSpan span) =>
        string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.##} seconds");

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused to fetch {Url}: {Reason}")]
    private partial void LogRefused(string url, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetching {Url} failed: {Reason}")]
    private partial void LogFailed(string url, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Fetched {Url}: {Outcome}")]
    private partial void LogFetched(string url, string outcome);

    /// <summary>Thrown inside the connect callback, where the only way out is an exception; turned back into a refusal above.</summary>
    private sealed class AddressRefusedException() : Exception(InternalAddressReason);
}
