using Bot.Core.Answers;
using Bot.Core.Text;
using Bot.Discord.Api;

namespace Bot.Discord.Rendering;

/// <summary>
/// Turns an <see cref="Answer"/> into Discord messages: the headline as an embed title, the items as its
/// description, each quote as a field named after its source, the sources' dates in the footer, and the
/// buttons as components. Everything stays inside Discord's limits; what does not fit one message continues
/// in the next (sent as follow-ups). A problem is a short ephemeral text, seen only by the person who asked.
/// </summary>
internal static class DiscordMessageRenderer
{
    public const int MaxContent = 2000;
    public const int MaxTitle = 256;
    public const int MaxDescription = 4096;
    public const int MaxFields = 25;
    public const int MaxFieldName = 256;
    public const int MaxFieldValue = 1024;
    public const int MaxFooter = 2048;
    public const int MaxEmbedsTotal = 6000;
    public const int MaxEmbedsPerMessage = 10;
    public const int MaxButtonsPerRow = 5;
    public const int MaxRows = 5;
    public const int MaxButtonLabel = 80;
    public const int MaxCustomId = 100;

    public static IReadOnlyList<OutgoingMessage> Render(Answer answer)
    {
        if (answer.Kind == AnswerKind.Problem && answer.Items.Count == 0 && answer.Note is null)
        {
            var text = DiscordMarkdown.Truncate(DiscordMarkdown.Escape(answer.Headline), MaxContent);
            return [new OutgoingMessage(text, null, Buttons(answer), Ephemeral: true)];
        }

        var embeds = Embeds(answer);
        var messages = Pack(embeds);
        var ephemeral = answer.Kind == AnswerKind.Problem;
        return [.. messages.Select((embedsOfOne, index) => new OutgoingMessage(
            null,
            embedsOfOne,
            index == messages.Count - 1 ? Buttons(answer) : null,
            ephemeral))];
    }

    /// <summary>Discord's longest attachment description (its alt text).</summary>
    public const int MaxAttachmentDescription = 1024;

    /// <summary>
    /// A chart as its own message after the answer: one embed showing the attached PNG, its alt text as the
    /// attachment's description. The answer goes first, so the chart never holds it up.
    /// </summary>
    public static OutgoingMessage Picture(RenderedPicture picture) =>
        new(null, [new MessageEmbed(null, null, null, null) { Image = "attachment://" + picture.FileName }], null)
        {
            File = new OutgoingFile(picture.FileName, picture.Png, "image/png", TextShortener.Shorten(picture.AltText, MaxAttachmentDescription)),
        };

    /// <summary>The characters Discord counts toward an embed's share of the 6,000 limit.</summary>
    public static int Size(MessageEmbed embed) =>
        (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Length ?? 0)
        + (embed.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);

    private static List<MessageEmbed> Embeds(Answer answer)
    {
        var title = DiscordMarkdown.Truncate(DiscordMarkdown.Escape(answer.Headline), MaxTitle);
        var lines = answer.Items.Select(i => "• " + DiscordMarkdown.Escape(i.Text)).ToList();
        if (answer.Note is { } note)
        {
            lines.Add("");
            lines.Add("*" + DiscordMarkdown.Escape(note) + "*");
        }

        var embeds = new List<MessageEmbed>();
        var descriptions = lines.Count == 0 ? [] : SplitEscaped(string.Join('\n', lines), MaxDescription);
        for (var i = 0; i < Math.Max(1, descriptions.Count); i++)
        {
            embeds.Add(new MessageEmbed(i == 0 ? title : null, descriptions.Count > 0 ? descriptions[i] : null, null, null));
        }

        var dates = answer.Quotes.Select(q => q.Source).Distinct().Select(Date).Distinct().ToList();
        var footer = dates.Count == 0
            ? null
            : DiscordMarkdown.Truncate((dates.Count == 1 ? "Source date: " : "Source dates: ") + string.Join(", ", dates), MaxFooter);

        // Quotes fill the last embed while it has room (leaving room for the footer), then further embeds.
        var budget = MaxEmbedsTotal - (footer?.Length ?? 0);
        foreach (var field in answer.Quotes.Select(Field))
        {
            var last = embeds[^1];
            var fieldsSoFar = last.Fields ?? [];
            if (fieldsSoFar.Count < MaxFields && Size(last) + field.Name.Length + field.Value.Length <= budget)
            {
                embeds[^1] = last with { Fields = [.. fieldsSoFar, field] };
            }
            else
            {
                embeds.Add(new MessageEmbed(null, null, [field], null));
            }
        }

        if (footer is not null)
        {
            embeds[^1] = embeds[^1] with { Footer = footer };
        }

        return embeds;
    }

    private static List<string> SplitEscaped(string text, int max) =>
        [.. MessageSplitter.Split(text, max).Select(chunk => DiscordMarkdown.Truncate(chunk, max))];

    private static MessageEmbedField Field(Quote quote)
    {
        var name = DiscordMarkdown.Truncate(DiscordMarkdown.Escape(quote.Source.Cite()), MaxFieldName);
        var link = quote.Source.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? $"\n[source](<{uri.AbsoluteUri.Replace(">", "%3E", StringComparison.Ordinal)}>)"
            : "";
        var quoted = DiscordMarkdown.Truncate(DiscordMarkdown.Escape(quote.Quoted), MaxFieldValue - link.Length);
        return new MessageEmbedField(name, quoted + link);
    }

    private static string Date(SourceReference source) =>
        source.Published is { } p ? p.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) : "undated";

    private static List<IReadOnlyList<MessageEmbed>> Pack(List<MessageEmbed> embeds)
    {
        var messages = new List<IReadOnlyList<MessageEmbed>>();
        var current = new List<MessageEmbed>();
        var size = 0;
        foreach (var embed in embeds)
        {
            var embedSize = Size(embed);
            if (current.Count > 0 && (current.Count == MaxEmbedsPerMessage || size + embedSize > MaxEmbedsTotal))
            {
                messages.Add(current);
                current = [];
                size = 0;
            }

            current.Add(embed);
            size += embedSize;
        }

        messages.Add(current);
        return messages;
    }

    private static IReadOnlyList<IReadOnlyList<MessageButton>>? Buttons(Answer answer)
    {
        var buttons = answer.Buttons
            .Where(b => b.Command.Length is > 0 and <= MaxCustomId)
            .DistinctBy(b => b.Command)
            .Take(MaxButtonsPerRow * MaxRows)
            .Select(b => new MessageButton(TextShortener.Shorten(b.Label, MaxButtonLabel), b.Command))
            .ToList();
        return buttons.Count == 0 ? null : [.. buttons.Chunk(MaxButtonsPerRow)];
    }
}
