using Bot.Core.Answers;
using Bot.Core.Commands;

namespace Bot.Testing.Commands;

/// <summary>A command only a chat's moderators may run, answering <paramref name="reply"/>: what a transport's moderator check guards.</summary>
public sealed class ModeratorsOnlyCommand(string name, string description, string reply) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new(name, description) { Audience = CommandAudience.Moderators };

    public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Answer.Short(reply));
}
