namespace Bot.Core.Answers;

/// <summary>Cuts long text into platform-sized messages at the most natural boundary available.</summary>
public static class MessageSplitter
{
    /// <summary>
    /// Splits at paragraph breaks where possible, then at line breaks, then at spaces, and only as a last resort
    /// inside a word. Every chunk is at most <paramref name="maxLength"/> characters and none is empty.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var chunks = new List<string>();
        var rest = text.AsSpan().Trim();
        while (rest.Length > maxLength)
        {
            var window = rest[..(maxLength + 1)];
            var cut = LastBoundary(window, "\n\n");
            if (cut <= 0)
            {
                cut = LastBoundary(window, "\n");
            }

            if (cut <= 0)
            {
                cut = LastBoundary(window, " ");
            }

            if (cut <= 0)
            {
                cut = char.IsHighSurrogate(rest[maxLength - 1]) ? maxLength - 1 : maxLength;
            }

            var chunk = rest[..cut].TrimEnd();
            if (chunk.Length > 0)
            {
                chunks.Add(chunk.ToString());
            }

            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            chunks.Add(rest.ToString());
        }

        return chunks;
    }

    private static int LastBoundary(ReadOnlySpan<char> window, string separator)
    {
        var at = window.LastIndexOf(separator);
        return at;
    }
}
