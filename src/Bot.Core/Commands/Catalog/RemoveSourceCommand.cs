using Bot.Core.Answers;
using Bot.Core.Sources;

namespace Bot.Core.Commands.Catalog;

/// <summary>/removesource &lt;id&gt;: a moderator removes a source (an added one or a seed); answers stop quoting it.</summary>
public sealed class RemoveSourceCommand(SourceCatalog catalog) : IChatCommand
{
    public static CommandDescriptor Definition { get; } = new("removesource", "Remove a source by its id (see /sources)", IdArgument.Required("The source's id, as /sources shows it"), CommandAudience.Moderators);

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var id = IdArgument.Read(request);
        if (await catalog.RemoveAsync(id, Actor.From(request.Message), cancellationToken) is not { } removed)
        {
            return IdArgument.Unknown("source", id, "Send /sources for the ids.");
        }

        var (source, change) = removed;
        var dropped = change.RemovedEvents.Count;
        return Answer.Short($"Removed source [{source.Id}]: {source.Title} ({SourceChangeReport.Published(source)}){(dropped > 0 ? $"; {dropped} dated statements went with it" : "")}.");
    }
}
