using Bot.Core.Answers;
using Bot.Core.Commands;

namespace Bot.Testing.Commands;

/// <summary>"/topic name": a required topic argument, with autocomplete suggestions where the platform offers them.</summary>
public sealed class TopicCommand : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("topic", "Show one topic", new CommandArgument("topic", "The topic's name", Required: true) { Suggestions = ArgumentSuggestions.Topics, MaxLength = 80 });

    public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Answer.Short($"Topic {request.Argument}"));
}
