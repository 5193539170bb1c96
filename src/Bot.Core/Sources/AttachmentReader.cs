using System.Text;
using Bot.Core.Chat;
using Bot.Core.IO;
using Bot.Core.Ingest;
using Bot.Core.Text;

namespace Bot.Core.Sources;

/// <summary>Reads a chat attachment as a text document, refusing what is not one: a wrong kind, too large, binary.</summary>
public static class AttachmentReader
{
    /// <returns>The text, or null and a one-line reason for the person who sent it.</returns>
    public static async Task<(string? Text, string? Problem)> ReadAsync(ChatAttachment attachment, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        if (!SourceReader.SupportedExtensions.Contains(Path.GetExtension(attachment.FileName)))
        {
            return (null, $"I read .txt, .md and .html files; {TextShortener.Shorten(attachment.FileName, 40)} is none of those.");
        }

        var tooLarge = $"That file is larger than {maxBytes / 1024:N0} KB, more than I read.";
        if (attachment.Size > maxBytes)
        {
            return (null, tooLarge);
        }

        byte[]? bytes;
        await using (var stream = await attachment.OpenAsync(cancellationToken))
        {
            // The reported size may be missing or wrong: the cap holds while reading.
            bytes = await CappedStream.ReadAsync(stream, maxBytes, cancellationToken);
        }

        if (bytes is null)
        {
            return (null, tooLarge);
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return (null, "That file is binary, not text; send a .txt, .md or .html document.");
        }

        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
            return (text.TrimStart('\uFEFF'), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "That file is not UTF-8 text; please save it as UTF-8 and send it again.");
        }
    }
}
