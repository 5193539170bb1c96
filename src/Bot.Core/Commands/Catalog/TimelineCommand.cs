using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Commands.Catalog;

/// <summary>/timeline [topic]: every dated event in date order, each marked with its kind and where it stands.</summary>
public sealed class TimelineCommand(KnowledgeBase knowledge, StoryClock clock) : IChatCommand
{
    private const int MaxItems = 40;

    public static CommandDescriptor Definition { get; } = new("timeline", "Every dated event in order, past and ahead", TopicArgument.Optional("Only events about this topic"));

    public CommandDescriptor Descriptor => Definition;

    public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(EventList.Timeline(knowledge.Current, clock, request.Argument, Definition.Name, MaxItems));
}
