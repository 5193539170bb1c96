using Bot.Core.Analysis.Time;
using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Commands.Catalog;

/// <summary>/sources: every source with its id (for moderators' /removesource), title, date and origin.</summary>
public sealed class SourcesCommand(KnowledgeBase knowledge) : IChatCommand
{
    private const int MaxItems = 50;

    public static CommandDescriptor Definition { get; } = new("sources", "The sources the answers quote, newest first");

    public CommandDescriptor Descriptor => Definition;

    public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var sources = knowledge.Current.Sources;
        if (sources.Count == 0)
        {
            return ValueTask.FromResult(Answer.Short("No sources yet."));
        }

        return ValueTask.FromResult(CappedList.Of($"Sources ({sources.Count})", sources, MaxItems, s =>
        {
            var date = s.Published is { } p ? DateWording.Date(p) : "undated";
            var where = s.Url ?? s.Location;
            return new AnswerItem($"[{s.Id}] {s.Title}: {s.Origin}, {date}{(where.Length > 0 ? $" ({where})" : "")}");
        }, "older sources"));
    }
}
