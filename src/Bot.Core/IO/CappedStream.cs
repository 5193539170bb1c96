using System.Diagnostics.CodeAnalysis;

namespace Bot.Core.IO;

/// <summary>
/// Reads a stream whole, but never more than a cap: a missing or lying declared size cannot make the bot read
/// more, and the read stops as soon as the cap is passed.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "It reads a Stream with a cap; the name says what it works on, it is not itself a stream.")]
public static class CappedStream
{
    private const int ChunkBytes = 16 * 1024;

    /// <summary>The bytes, or null as soon as there are more than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
