using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Answers;
using Bot.Core.Chat;
using Bot.Core.Ingest;
using Bot.Core.Ingest.Web;
using Bot.Core.Sources;
using Bot.Core.Text;

namespace Bot.Core.Commands.Catalog;

/// <summary>
/// /addsource: a moderator adds a report by URL, pasted text, an attached file, or by replying to a message.
/// Text needs a published date (front matter, the first line, or <c>published=YYYY-MM-DD</c>) because it anchors
/// every relative date in it; without one the text is kept for a few minutes and the moderator is asked for it.
/// </summary>
public sealed partial class AddSourceCommand(
    SourceCatalog catalog,
    UrlSourceReader urls,
    PendingSources pending,
    StoryClock clock,
    IOptions<SourceFetchOptions> fetchOptions) : IChatCommand
{
    public static CommandDescriptor Definition { get; } = new(
        "addsource",
        "Add a source: a URL, pasted text, a .txt/.md/.html file, or reply to a message",
        new CommandArgument("source", "A URL, or the text (first line: title; add published=YYYY-MM-DD)", Required: false) { MaxLength = CommandParser.MaxMessageLength },
        CommandAudience.Moderators)
    {
        AcceptsAttachment = true,
    };

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var message = request.Message;
        var argument = request.Argument;
        DateOnly? published = null;
        if (PublishedOption().Match(argument) is { Success: true } option)
        {
            if (!DateOnly.TryParseExact(option.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Problem($"\u201c{option.Groups["date"].Value}\u201d is not a date I can read; write published=YYYY-MM-DD.");
            }

            published = date;
            argument = argument.Remove(option.Index, option.Length).Trim();
        }

        if (message.Attachment is { } attachment)
        {
            var (text, problem) = await AttachmentReader.ReadAsync(attachment, fetchOptions.Value.MaxBytes, cancellationToken);
            return text is null
                ? Problem(problem!)
                : await AddTextAsync(message, text, attachment.FileName, null, published, cancellationToken);
        }

        // One word is no article: it is a URL, perhaps a broken one, and the fetcher says what is wrong with it.
        if (argument.Length > 0 && !argument.Any(char.IsWhiteSpace))
        {
            return await AddUrlAsync(message, argument, published, cancellationToken);
        }

        if (argument.Length > 0)
        {
            return await AddTextAsync(message, argument, "pasted.txt", "pasted in chat", published, cancellationToken);
        }

        if (message.RepliedText is { Length: > 0 } replied)
        {
            return await AddTextAsync(message, replied, "message.txt", "a chat message", published, cancellationToken);
        }

        if (published is not null && pending.Take(message) is { } draft)
        {
            return await AddAsync(message, draft with { Published = published }, cancellationToken);
        }

        return Answer.Short(
            "Send /addsource with a URL, with the text itself (first line: title), with a .txt/.md/.html file attached, or as a reply to a message.",
            AnswerKind.Problem);
    }

    private async Task<Answer> AddUrlAsync(ChatMessage message, string url, DateOnly? published, CancellationToken cancellationToken)
    {
        if (catalog.FindByUrl(url) is { } known)
        {
            return Duplicate(known);
        }

        switch (await urls.ReadAsync(url, cancellationToken))
        {
            case UrlReadResult.Article article:
                var source = published is null ? article.Source : article.Source with { Published = published };
                return await AddAsync(message, source, cancellationToken);
            case UrlReadResult.Feed:
                return Problem($"That address is an RSS/Atom feed; use /addfeed {url} to follow it.");
            case UrlReadResult.Unusable unusable:
                return Problem(unusable.Reason);
            default:
                return Problem("I couldn't read that address.");
        }
    }

    /// <param name="origin">How to name text that has no name of its own (pasted, a reply); null for a file, whose name serves.</param>
    private async Task<Answer> AddTextAsync(ChatMessage message, string text, string fileName, string? origin, DateOnly? published, CancellationToken cancellationToken)
    {
        var source = SourceReader.Read(text, fileName, $"{origin ?? fileName}, {message.Chat}");
        if (source.Text.Length == 0)
        {
            return Problem("I found no readable text in that.");
        }

        if (origin is not null && source.Origin == fileName)
        {
            source = source with { Origin = $"{origin}, by {message.Sender.DisplayName}" };
        }

        source = source with { Published = published ?? source.Published ?? FirstLineDate(source.Text) };
        if (source.Published is null)
        {
            if (catalog.Find(source.Id) is { } known)
            {
                return Duplicate(known);
            }

            pending.Keep(message, source);
            return Answer.Short(
                $"When was \u201c{TextShortener.Shorten(source.Title, 60)}\u201d published? Send /addsource published=YYYY-MM-DD within {PendingSources.Lifetime.TotalMinutes:0} minutes, or send it again with the date on its first line.",
                AnswerKind.Problem);
        }

        return await AddAsync(message, source, cancellationToken);
    }

    private async Task<Answer> AddAsync(ChatMessage message, Source source, CancellationToken cancellationToken) =>
        await catalog.AddAsync(source, Actor.From(message), cancellationToken) switch
        {
            SourceAddition.Added added => SourceChangeReport.Added(added.Source, added.Change, clock),
            SourceAddition.Duplicate duplicate => Duplicate(duplicate.Existing),
            _ => Problem("That source could not be added."),
        };

    private static Answer Duplicate(Source known) =>
        Answer.Short($"I already have that source: [{known.Id}] {known.Title} ({SourceChangeReport.Published(known)}). Nothing was added.");

    private static Answer Problem(string text) => Answer.Short(text, AnswerKind.Problem);

    /// <summary>A date written in the headline line ("Base handed over, 10 January 2026"), as news copy often starts.</summary>
    internal static DateOnly? FirstLineDate(string text)
    {
        var first = text.Split('\n', 2)[0];
        var match = LeadDate().Match(first);
        return match.Success && DateOnly.TryParseExact(match.Value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy"];

    private static Regex PublishedOption() => PublishedOptionField.Value;
    private static readonly Lazy<Regex> PublishedOptionField = new(() => new Regex(@"(?:^|\s)published=(?<date>\S+)", RegexOptions.CultureInvariant));

    private static Regex LeadDate() => LeadDateField.Value;
    private static readonly Lazy<Regex> LeadDateField = new(() => new Regex(@"\d{4}-\d{2}-\d{2}|\d{1,2} [A-Z][a-z]{2,8} \d{4}|[A-Z][a-z]{2,8} \d{1,2}, \d{4}", RegexOptions.CultureInvariant));
}
