using System.Text;
using Bot.Core.Answers;
using Bot.Core.Text;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Telegram.Rendering;

/// <summary>
/// Renders an <see cref="Answer"/> as Telegram HTML messages. Every piece of text from a source or a user is
/// escaped; the only tags are ours. Long answers are cut between paragraphs (headline, each item with its quote,
/// the note), so no tag is ever split across two messages.
/// </summary>
internal static class TelegramHtmlRenderer
{
    /// <summary>Telegram's limit for one message. Counting our markup too keeps a safe margin.</summary>
    public const int MaxMessageLength = 4096;

    private const string ParagraphBreak = "\n\n";

    public static IReadOnlyList<string> Render(Answer answer, int maxLength = MaxMessageLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 64);
        var messages = new List<string>();
        var current = new StringBuilder();
        foreach (var piece in Paragraphs(answer).SelectMany(p => Fit(p, maxLength)))
        {
            if (current.Length > 0 && current.Length + ParagraphBreak.Length + piece.Length > maxLength)
            {
                messages.Add(current.ToString());
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append(ParagraphBreak);
            }

            current.Append(piece);
        }

        if (current.Length > 0)
        {
            messages.Add(current.ToString());
        }

        return messages.Count > 0 ? messages : ["(no answer)"];
    }

    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>One row per button, or two per row when the labels are short.</summary>
    public static InlineKeyboardMarkup? Keyboard(IReadOnlyList<AnswerButton> buttons, CallbackDataTable callbacks)
    {
        if (buttons.Count == 0)
        {
            return null;
        }

        var perRow = buttons.All(b => b.Label.Length <= 20) ? 2 : 1;
        var rows = buttons
            .Select(b => InlineKeyboardButton.WithCallbackData(TextShortener.Shorten(b.Label, 64), callbacks.ToCallbackData(b.Command)))
            .Chunk(perRow);
        return new InlineKeyboardMarkup(rows);
    }

    /// <summary>A paragraph as HTML, and the same as plain text for the rare paragraph too long for one message.</summary>
    private sealed record Paragraph(string Html, string Plain);

    private static IEnumerable<Paragraph> Paragraphs(Answer answer)
    {
        if (answer.Headline.Trim().Length > 0)
        {
            yield return new($"<b>{Escape(answer.Headline.Trim())}</b>", answer.Headline.Trim());
        }

        foreach (var item in answer.Items)
        {
            var html = new StringBuilder("• ").Append(Escape(item.Text));
            var plain = new StringBuilder("• ").Append(item.Text);
            if (item.Quote is { } quote)
            {
                html.Append("\n<blockquote>").Append(Escape(quote.Quoted)).Append("\n— ").Append(Cite(quote.Source)).Append("</blockquote>");
                plain.Append('\n').Append(quote.Quoted).Append(" — ").Append(quote.Source.Cite());
            }

            yield return new(html.ToString(), plain.ToString());
        }

        if (answer.Note is { } note && note.Trim().Length > 0)
        {
            yield return new($"<i>{Escape(note.Trim())}</i>", note.Trim());
        }
    }

    private static string Cite(SourceReference source)
    {
        var cite = Escape(source.Cite());
        // Only web links become anchors: a javascript: or file: "URL" from a pasted source stays inert text.
        return source.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? $"<i><a href=\"{Escape(uri.AbsoluteUri).Replace("\"", "&quot;")}\">{cite}</a></i>"
            : $"<i>{cite}</i>";
    }

    /// <summary>A paragraph that alone exceeds the limit loses its markup and is cut as plain text, escaped after cutting.</summary>
    private static IEnumerable<string> Fit(Paragraph paragraph, int maxLength)
    {
        if (paragraph.Html.Length <= maxLength)
        {
            return [paragraph.Html];
        }

        // Escaping can lengthen a piece (& becomes &amp;), so cut shorter until every escaped piece fits.
        for (var limit = maxLength; ; limit = Math.Max(1, limit * 3 / 4))
        {
            var pieces = MessageSplitter.Split(paragraph.Plain, limit).Select(Escape).ToList();
            if (pieces.All(p => p.Length <= maxLength))
            {
                return pieces;
            }
        }
    }
}
