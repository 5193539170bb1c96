using System.IO.Pipelines;

namespace Bot.Telegram.Client;

/// <summary>
/// A download that writes into a stream (Telegram.Bot's <c>DownloadFile</c>) as a stream to read while it arrives.
/// Only the pipe's small window is buffered, so the reader's own cap (<c>CappedStream</c>, the source size limit) is
/// what bounds a document, whatever size Telegram reported; disposing the stream early cancels the download.
/// </summary>
internal sealed class StreamedDownload : Stream
{
    private readonly Pipe _pipe = new();
    private readonly CancellationTokenSource _stop;
    private readonly Stream _body;
    private readonly Lock _gate = new();
    private bool _finished;

    private StreamedDownload(Func<Stream, CancellationToken, Task> download, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _body = _pipe.Reader.AsStream();
        _ = WriteAsync(download);
    }

    public static Stream Start(Func<Stream, CancellationToken, Task> download, CancellationToken cancellationToken) =>
        new StreamedDownload(download, cancellationToken);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => _body.Read(buffer, offset, count);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => _body.ReadAsync(buffer, cancellationToken);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => _body.ReadAsync(buffer, offset, count, cancellationToken);

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
            // The reader is done (whole, or stopped at its cap): the rest of the file is not fetched.
            lock (_gate)
            {
                if (!_finished)
                {
                    _stop.Cancel();
                }
            }

            _body.Dispose();
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
