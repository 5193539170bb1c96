using Bot.Core.IO;

namespace Bot.Discord.Client;

/// <summary>
/// Downloads a file a user attached to a slash command. The address comes from the interaction Discord sent (and,
/// over HTTP, signed), so it is Discord's CDN, not a URL a user typed; the reader of the stream applies the size cap.
/// </summary>
internal sealed class DiscordAttachmentDownloader(IHttpClientFactory clients, ILogger<DiscordAttachmentDownloader> logger)
{
    public const string HttpClientName = "discord-attachments";

    public async Task<Stream> OpenAsync(string url, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(HttpClientName);
        var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // The URL carries signed query parameters: log the status only.
            logger.LogWarning("Downloading a Discord attachment failed with {Status}", (int)response.StatusCode);
            response.Dispose();
            throw new HttpRequestException($"Discord's file server answered {(int)response.StatusCode}.");
        }

        return new ResponseStream(response, await response.Content.ReadAsStreamAsync(cancellationToken));
    }

    /// <summary>The body, owning its response, so that disposing the stream releases the connection.</summary>
    private sealed class ResponseStream(HttpResponseMessage response, Stream body) : ReadOnlyForwardingStream(body)
    {
        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                response.Dispose();
            }
        }
    }
}
