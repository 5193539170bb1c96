using System.Globalization;
using Bot.Core.Answers;
using Bot.Core.Sources;

namespace Bot.Core.Commands.Catalog;

/// <summary>/audit [n]: the last changes to sources and feeds (who, when, what), newest first, for moderators.</summary>
public sealed class AuditCommand(IAuditLog audit) : IChatCommand
{
    public const int DefaultCount = 10;

    public const int MaxCount = 50;

    public static CommandDescriptor Definition { get; } = new("audit", "The last changes to sources and feeds: who, when, what", new CommandArgument("n", $"How many (1-{MaxCount}, default {DefaultCount})", Required: false) { MaxLength = 8 }, CommandAudience.Moderators);

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var count = DefaultCount;
        if (request.Argument.Length > 0 && (!int.TryParse(request.Argument, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxCount))
        {
            return Answer.Short($"/audit takes how many changes to show, a number from 1 to {MaxCount}: {Definition.Usage}", AnswerKind.Problem);
        }

        var entries = await audit.ReadAsync(count, cancellationToken);
        if (entries.Count == 0)
        {
            return Answer.Short("No changes yet: nobody has added or removed a source or feed.");
        }

        var items = entries.Reverse().Select(e => new AnswerItem(
            string.Create(CultureInfo.InvariantCulture, $"{e.At:yyyy-MM-dd HH:mm} UTC, {e.Actor}: {Verb(e.Action)} [{e.Subject}] {e.Detail}"))).ToList();
        return new Answer($"The last {entries.Count} changes, newest first", items)
        {
            Note = entries.Any(e => e.Action == AuditActions.RemoveSource) ? "/restoresource <id> undoes a removal." : null,
        };
    }

    private static string Verb(string action) => action switch
    {
        AuditActions.AddSource => "added source",
        AuditActions.RemoveSource => "removed source",
        AuditActions.RestoreSource => "restored source",
        AuditActions.ReplaceSource => "replaced source",
        AuditActions.AddFeed => "added feed",
        AuditActions.RemoveFeed => "removed feed",
        _ => action,
    };
}
