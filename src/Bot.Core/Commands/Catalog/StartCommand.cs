using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Commands.Catalog;

/// <summary>/start: what the bot is for and where to begin, with the story's main topics as buttons.</summary>
public sealed class StartCommand(KnowledgeBase knowledge) : IChatCommand
{
    public static CommandDescriptor Definition { get; } = new("start", "What this bot does and where to begin");

    public CommandDescriptor Descriptor => Definition;

    public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var snapshot = knowledge.Current;
        var items = new List<AnswerItem>
        {
            new($"I follow this story through {snapshot.Sources.Count} source{(snapshot.Sources.Count == 1 ? "" : "s")} and answer with quotes from them, naming each source and its date."),
            new("/status <topic> tells where a topic stands; /timeline and /next list the dates; /phases shows the plan."),
            new("Ask anything in a message ending with \"?\". /help lists every command."),
        };
        return ValueTask.FromResult(new Answer("News briefing bot", items)
        {
            Buttons = [.. snapshot.Topics.Take(4).Select(t => new AnswerButton(t.Name, $"/status {t.Slug}"))],
        });
    }
}
