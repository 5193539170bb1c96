using System.Text;
using Bot.Core.Text;

namespace Bot.Core.Commands;

/// <summary>What a chat text asks of the bot.</summary>
public abstract record ParsedText
{
    private ParsedText() { }

    /// <summary>"/name argument".</summary>
    public sealed record Command(string Name, string Argument) : ParsedText;

    /// <summary>A free question (text ending in "?", or any text in a private chat).</summary>
    public sealed record Question(string Text) : ParsedText;

    /// <summary>Group chatter not addressed to the bot: no reply.</summary>
    public sealed record Ignored : ParsedText;

    /// <summary>Input the bot cannot take; <see cref="Reason"/> is the one-line reply.</summary>
    public sealed record Rejected(string Reason) : ParsedText;
}

/// <summary>Turns raw chat text into a <see cref="ParsedText"/>. Pure; never throws.</summary>
public static class CommandParser
{
    /// <summary>Telegram's own message limit; longer input is not something a person typed as a command.</summary>
    public const int MaxMessageLength = 4096;

    public static ParsedText Parse(string? text, bool isGroup)
    {
        if (text is null)
        {
            return new ParsedText.Ignored();
        }

        if (text.Length > MaxMessageLength)
        {
            return new ParsedText.Rejected($"That message is too long ({text.Length:N0} characters). Please keep it under {MaxMessageLength:N0}.");
        }

        var clean = RemoveControlCharacters(text).Trim();
        if (clean.Length == 0)
        {
            return new ParsedText.Ignored();
        }

        if (clean[0] == '/')
        {
            var end = 1;
            while (end < clean.Length && !char.IsWhiteSpace(clean[end]))
            {
                end++;
            }

            var name = clean[1..end];
            var argument = clean[end..].Trim();
            if (name.Length == 0 || name.Length > 32 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-'))
            {
                return new ParsedText.Rejected($"\"{TextShortener.Shorten(clean[..end], 40)}\" is not a command I know. Send /help for the list.");
            }

            return new ParsedText.Command(name.ToLowerInvariant(), argument);
        }

        if (clean.EndsWith('?') || !isGroup)
        {
            return new ParsedText.Question(clean);
        }

        return new ParsedText.Ignored();
    }

    /// <summary>Keeps line breaks and tabs (as spaces); drops other control and format characters a client may smuggle in.</summary>
    private static string RemoveControlCharacters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\r')
            {
                builder.Append('\n');
            }
            else if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (!char.IsControl(c) && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
