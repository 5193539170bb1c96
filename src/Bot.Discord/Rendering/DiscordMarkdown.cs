using System.Text;
using Bot.Core.Text;

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

    /// <summary>
    /// <see cref="TextShortener.Shorten"/> for escaped text: the cut never leaves a lone escape character, which would
    /// escape the ellipsis instead of the character it was written for.
    /// </summary>
    public static string Truncate(string text, int max)
    {
        var shortened = TextShortener.Shorten(text, max);
        if (shortened.Length == text.Length)
        {
            return shortened;
        }

        var head = shortened[..^TextShortener.Ellipsis.Length];
        var trailingBackslashes = head.Length - head.TrimEnd('\\').Length;
        return trailingBackslashes % 2 == 1 ? head[..^1] + TextShortener.Ellipsis : shortened;
    }
}
