using Bot.Core.Answers;
using Bot.Core.Questions;

namespace Bot.Core.Commands.Catalog;

/// <summary>
/// /ask &lt;question&gt; (and any message ending in "?"): answered by <see cref="QuestionAnswering"/>, which leads with
/// the answer when the question has a kind (when, how many, why, who, where, is it done, what next) and quotes the
/// passages that prove it.
/// </summary>
public sealed class AskCommand(QuestionAnswering questions) : IChatCommand
{
    public static CommandDescriptor Definition { get; } = new("ask", "Ask a question; the answer quotes the sources", new CommandArgument("question", "Your question", Required: true) { MaxLength = 1000 });

    public CommandDescriptor Descriptor => Definition;

    public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(questions.CanSearch(request.Argument)
            ? questions.Answer(request.Argument)
            : Answer.Short("Ask me something more specific: name a place, a person, an agreement or an event.", AnswerKind.Problem));
}
