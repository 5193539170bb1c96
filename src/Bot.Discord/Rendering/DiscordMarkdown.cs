using System.Text;

namespace Bot.Discord.Rendering;

/// <summary>Discord markdown helpers: source text is shown as written, never as formatting.</summary>
internal static class DiscordMarkdown
{
    // Characters Discord reads as formatting anywhere in a line: bold/italics, underline, strike, code, spoilers,
    // masked links (the brackets suffice), mentions and timestamps ("<"), and the backslash itself.
    // "#", ">" and "-" only matter at a line start.
    private const string InlineSpecials = "\\*_~`|[]<";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var lineStart = true;
        foreach (var c in text)
        {
            if (InlineSpecials.Contains(c) || (lineStart && c is '#' or '>' or '-'))
            {
                builder.Append('\\');
            }

            builder.Append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }

        return builder.ToString();
    }

    /// <summary>Cuts to at most <paramref name="max"/> characters, ending with "…", never after a lone escape or inside a surrogate pair.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        var head = text[..cut];
        var trailingBackslashes = head.Length - head.TrimEnd('\\').Length;
        if (trailingBackslashes % 2 == 1)
        {
            head = head[..^1];
        }

        return head + "…";
    }
}
