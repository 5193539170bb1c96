using System.Diagnostics.CodeAnalysis;

namespace Bot.Core.Answers;

/// <summary>
/// A platform-neutral reply: a headline, items (each optionally backed by a quoted source sentence),
/// an optional note, and optional buttons. Renderers turn it into Telegram HTML, Discord embeds or plain text.
/// </summary>
public sealed record Answer(string Headline, IReadOnlyList<AnswerItem> Items)
{
    /// <summary>A closing remark, e.g. that some dates could not be resolved.</summary>
    public string? Note { get; init; }

    /// <summary>Choices offered to the reader; pressing one runs <see cref="AnswerButton.Command"/> in that chat.</summary>
    public IReadOnlyList<AnswerButton> Buttons { get; init; } = [];

    public AnswerKind Kind { get; init; } = AnswerKind.Information;

    /// <summary>
    /// A chart of what the answer lists, sent beside the text where the platform can show one. Composed the first time
    /// it is read (<see cref="WithPicture"/>): a transport that draws no charts never pays for it.
    /// </summary>
    public TimelinePicture? Picture
    {
        get => _picture?.Value;
        init => _picture = value is null ? null : new Lazy<TimelinePicture?>(value);
    }

    private Lazy<TimelinePicture?>? _picture;

    /// <summary>This answer with a chart that <paramref name="compose"/> makes when a transport first asks for it, once.</summary>
    public Answer WithPicture(Func<TimelinePicture?> compose) => this with { _picture = new Lazy<TimelinePicture?>(compose) };

    /// <summary>A one-line reply: an error, a refusal, a usage hint.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Short is the answer's length, not the integer type.")]
    public static Answer Short(string text, AnswerKind kind = AnswerKind.Information) => new(text, []) { Kind = kind };

    /// <summary>Every quote this answer relies on, in order, without repeats.</summary>
    public IEnumerable<Quote> Quotes => Items.Where(i => i.Quote is not null).Select(i => i.Quote!).Distinct();
}

public enum AnswerKind
{
    Information,
    /// <summary>The user asked for something the bot could not do (bad input, unknown topic, refusal).</summary>
    Problem,
}

/// <summary>One line of an answer; <see cref="Quote"/> is the source sentence it relies on, if any.</summary>
public sealed record AnswerItem(string Text, Quote? Quote = null);

/// <summary>A sentence quoted word for word from a source.</summary>
public sealed record Quote(string Sentence, SourceReference Source)
{
    /// <summary>The sentence in quotation marks, unless it already opens with one (a quoted speaker): every renderer shows it so.</summary>
    public string Quoted => Sentence.Length > 0 && Sentence[0] is '“' or '"' or '‘' ? Sentence : $"“{Sentence}”";
}

/// <summary>How an answer names a source: its title, publication date (if known), where it came from, and its link.</summary>
public sealed record SourceReference(string SourceId, string Title, DateOnly? Published, string Origin, string? Url)
{
    /// <summary>"News report, 31 Dec 2025" or "News report, undated".</summary>
    public string Cite() => $"{Title}, {(Published is { } p ? p.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) : "undated")}";
}

/// <summary>A button whose press is handled as if the user typed <see cref="Command"/> (e.g. "/status ain-al-asad").</summary>
public sealed record AnswerButton(string Label, string Command);
