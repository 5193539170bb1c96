using Bot.Core.Commands;
using Bot.Core.Ingest.Web;
using Bot.Core.Sources;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Tests.Support;

/// <summary>An answer whose source text is full of HTML metacharacters.</summary>
public sealed class QuoteCommand : IChatCommand
{
    public static readonly SourceReference Source = new("s1", "Wire <i>report</i> & co", new DateOnly(2025, 12, 31), "test", "https://example.org/a?b=1&c=2");

    public CommandDescriptor Descriptor { get; } = new("quote", "Quote a source with markup in it");

    public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new Answer("Quotes <from> sources & more", [new AnswerItem("An item with <b>&", new Quote("He said \"<b>& x > y\" today.", Source))])
        {
            Note = "A note with <script> & friends",
        });
}

/// <summary>An answer far longer than one Telegram message, with numbered paragraphs to check order and completeness.</summary>
public sealed class LongCommand : IChatCommand
{
    public const int Items = 40;

    public CommandDescriptor Descriptor { get; } = new("long", "A very long answer");

    public static string ItemText(int number) => $"Item {number:D2} " + string.Join(' ', Enumerable.Repeat("word&word", 30));

    public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new Answer("A long answer", [.. Enumerable.Range(1, Items).Select(i => new AnswerItem(ItemText(i), new Quote($"Quote {i:D2} <q>.", QuoteCommand.Source)))]));
}

/// <summary>Offers two buttons, one with a command longer than callback_data's 64 bytes.</summary>
public sealed class PickCommand : IChatCommand
{
    public static readonly string LongTopic = new('x', 80);

    public CommandDescriptor Descriptor { get; } = new("pick", "Pick a topic from buttons");

    public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new Answer("Pick a topic", [])
        {
            Buttons = [new AnswerButton("Ain al-Asad", "/topic ain-al-asad"), new AnswerButton("A long one", "/topic " + LongTopic)],
        });
}

/// <summary>Lets a test hold updates in the middle of handling: each /step waits for one permit.</summary>
public sealed class StepGate
{
    public SemaphoreSlim Permits { get; } = new(0);
}

public sealed class StepCommand(StepGate gate) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("step", "Wait for the test, then answer", new CommandArgument("n", "Step number", Required: true));

    public async ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        await gate.Permits.WaitAsync(cancellationToken);
        return Answer.Short($"Step {request.Argument}");
    }
}

/// <summary>Reports the file (read as /addsource reads it, within the source size limit) or the replied-to text that came with it.</summary>
public sealed class EchoFileCommand(IOptions<SourceFetchOptions> sources) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("echofile", "Echo an attached file or a replied-to message") { AcceptsAttachment = true };

    public async ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        if (request.Message.Attachment is { } file)
        {
            var (text, problem) = await AttachmentReader.ReadAsync(file, sources.Value.MaxBytes, cancellationToken);
            return problem is not null
                ? Answer.Short(problem, AnswerKind.Problem)
                : Answer.Short($"File {file.FileName} ({file.Size} bytes, {file.MediaType}): {text}");
        }

        return Answer.Short(request.Message.RepliedText is { } replied ? $"Replied to: {replied}" : "Nothing attached");
    }
}

/// <summary>An answer with a chart, as /timeline gives: short enough for a caption, or (with "long") far longer.</summary>
public sealed class ChartCommand : IChatCommand
{
    public static readonly DateOnly Today = new(2026, 1, 1);

    public CommandDescriptor Descriptor { get; } = new("chart", "An answer with a picture", new CommandArgument("length", "short or long", Required: false));

    public static TimelinePicture Picture { get; } = Fakes.Stories.InventedStory.Picture(8, 2, Today) with { AltText = "Chart of 8 events & 2 phases <invented>" };

    public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new Answer("Timeline & chart", request.Argument == "long" ? [.. Enumerable.Range(1, 30).Select(i => new AnswerItem(LongCommand.ItemText(i)))] : [new AnswerItem("One event <soon>")])
        {
            Picture = Picture,
        });
}
