using System.Text;

namespace Bot.Core.Answers;

/// <summary>Renders an answer as plain text: the console, the `ask` command line, and any platform without markup.</summary>
public static class PlainTextRenderer
{
    public static string Render(Answer answer)
    {
        var text = new StringBuilder();
        text.Append(answer.Headline);
        foreach (var item in answer.Items)
        {
            text.Append('\n').Append("• ").Append(item.Text);
            if (item.Quote is { } quote)
            {
                text.Append('\n').Append("  ").Append(QuoteText(quote.Sentence)).Append(" — ").Append(quote.Source.Cite());
            }
        }

        if (answer.Note is { } note)
        {
            text.Append("\n\n").Append(note);
        }

        if (answer.Buttons.Count > 0)
        {
            text.Append("\n\nTry: ").AppendJoin("  ·  ", answer.Buttons.Select(b => b.Command));
        }

        return text.ToString();
    }

    /// <summary>Wraps a sentence in quotation marks, unless it already opens with one (a quoted speaker).</summary>
    public static string QuoteText(string sentence) =>
        sentence.Length > 0 && sentence[0] is '“' or '"' or '‘' ? sentence : $"“{sentence}”";
}
