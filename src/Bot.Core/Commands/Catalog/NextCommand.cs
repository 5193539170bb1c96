using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Commands.Catalog;

/// <summary>/next [topic]: the scheduled events and deadlines still ahead, each at its newest date.</summary>
public sealed class NextCommand(KnowledgeBase knowledge, StoryClock clock) : IChatCommand
{
    private const int MaxItems = 15;

    public static CommandDescriptor Definition { get; } = new("next", "What is still ahead: upcoming deadlines and events", TopicArgument.Optional("Only what is ahead for this topic"));

    public CommandDescriptor Descriptor => Definition;

    public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(EventList.Next(knowledge.Current, clock, request.Argument, Definition.Name, MaxItems));
}
