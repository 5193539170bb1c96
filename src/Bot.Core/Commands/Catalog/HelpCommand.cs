using Bot.Core.Answers;

namespace Bot.Core.Commands.Catalog;

/// <summary>/help: generated from the registry, like every other list of commands.</summary>
public sealed class HelpCommand(Lazy<CommandRegistry> registry) : IChatCommand
{
    public static CommandDescriptor Definition { get; } = new("help", "List the commands and what they do");

    public CommandDescriptor Descriptor => Definition;

    public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var items = registry.Value.Descriptors
            .Select(d => new AnswerItem($"{d.Usage}: {d.Description}{(d.Audience == CommandAudience.Moderators ? " (moderators)" : "")}"))
            .ToList();
        return ValueTask.FromResult(new Answer("Commands", items)
        {
            Note = "Any message ending with \"?\" is answered as a question, with quotes from the sources.",
        });
    }
}
