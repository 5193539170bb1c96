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
                text.Append('\n').Append("  ").Append(quote.Quoted).Append(" — ").Append(quote.Source.Cite());
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
}
