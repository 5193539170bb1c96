using Bot.Core.Answers;
using Bot.Core.Sources;

namespace Bot.Core.Commands.Catalog;

/// <summary>/restoresource &lt;id&gt;: a moderator undoes a /removesource (of a seed or an added source); answers quote it again.</summary>
public sealed class RestoreSourceCommand(SourceCatalog catalog, StoryClock clock) : IChatCommand
{
    public static CommandDescriptor Definition { get; } = new("restoresource", "Undo the removal of a source (ids in /audit)", IdArgument.Required("The removed source's id, as /audit shows it"), CommandAudience.Moderators);

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var id = IdArgument.Read(request);
        return await catalog.RestoreSourceAsync(id, Actor.From(request.Message), cancellationToken) switch
        {
            SourceRestoration.Restored restored => SourceChangeReport.Added(restored.Source, restored.Change, clock) with
            {
                Headline = $"Restored source [{restored.Source.Id}]: {restored.Source.Title} ({restored.Source.Origin}, {SourceChangeReport.Published(restored.Source)})",
            },
            SourceRestoration.NotRemoved present => Answer.Short($"[{present.Source.Id}] {present.Source.Title} is a source already; there is nothing to restore."),
            _ => IdArgument.Unknown("removed source", id, "Send /audit to see what was removed."),
        };
    }
}
