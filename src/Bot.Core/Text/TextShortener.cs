namespace Bot.Core.Text;

/// <summary>
/// The one way a text is cut to a length: at most <c>max</c> characters, ending with "…", never splitting a
/// surrogate pair and never leaving a space before the ellipsis. Platforms' limits and replies that echo what a
/// person typed both use it.
/// </summary>
public static class TextShortener
{
    public const string Ellipsis = "…";

    /// <summary>The text itself when it fits in <paramref name="max"/> characters; otherwise its head and "…", <paramref name="max"/> characters at most.</summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - Ellipsis.Length;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut].TrimEnd() + Ellipsis;
    }
}
