using System.IO.Pipelines;
using Bot.Core.IO;

namespace Bot.Telegram.Client;

/// <summary>
/// A download that writes into a stream (Telegram.Bot's <c>DownloadFile</c>) as a stream to read while it arrives.
/// Only the pipe's small window is buffered, so the reader's own cap (<c>CappedStream</c>, the source size limit) is
/// what bounds a document, whatever size Telegram reported; disposing the stream early cancels the download.
/// </summary>
internal sealed class StreamedDownload : ReadOnlyForwardingStream
{
    private readonly Pipe _pipe;
    private readonly CancellationTokenSource _stop;
    private readonly Lock _gate = new();
    private bool _finished;

    private StreamedDownload(Pipe pipe, Func<Stream, CancellationToken, Task> download, CancellationToken cancellationToken)
        : base(pipe.Reader.AsStream())
    {
        _pipe = pipe;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _ = WriteAsync(download);
    }

    public static Stream Start(Func<Stream, CancellationToken, Task> download, CancellationToken cancellationToken) =>
        new StreamedDownload(new Pipe(), download, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // The reader is done (whole, or stopped at its cap): the rest of the file is not fetched.
            lock (_gate)
            {
                if (!_finished)
                {
                    _stop.Cancel();
                }
            }
        }

        base.Dispose(disposing);
    }

    private async Task WriteAsync(Func<Stream, CancellationToken, Task> download)
    {
        await Task.Yield();
        try
        {
            await download(_pipe.Writer.AsStream(leaveOpen: true), _stop.Token);
            await _pipe.Writer.CompleteAsync();
        }
        catch (Exception exception)
        {
            // A failed download (a 404, a dropped connection) surfaces where the reader reads.
            await _pipe.Writer.CompleteAsync(exception);
        }
        finally
        {
            lock (_gate)
            {
                _finished = true;
                _stop.Dispose();
            }
        }
    }
}
