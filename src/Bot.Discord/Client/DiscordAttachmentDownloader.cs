using Microsoft.Extensions.Logging;

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
    private sealed class ResponseStream(HttpResponseMessage response, Stream body) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => body.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => body.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => body.ReadAsync(buffer, offset, count, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                body.Dispose();
                response.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
