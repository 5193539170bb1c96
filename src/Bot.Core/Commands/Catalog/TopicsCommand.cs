using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Commands.Catalog;

/// <summary>/topics: the places, organisations, people and agreements the sources name, most mentioned first.</summary>
public sealed class TopicsCommand(KnowledgeBase knowledge) : IChatCommand
{
    private const int MaxItems = 30;

    public static CommandDescriptor Definition { get; } = new("topics", "The places, organisations, people and agreements in the sources");

    public CommandDescriptor Descriptor => Definition;

    public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var topics = knowledge.Current.Topics;
        if (topics.Count == 0)
        {
            return ValueTask.FromResult(Answer.Short("No topics yet: no source has been added."));
        }

        var list = CappedList.Of($"Topics ({topics.Count})", topics, MaxItems, t =>
        {
            var kind = t.Kind == Analysis.TopicKind.Name ? "" : $"{t.Kind.ToString().ToLowerInvariant()}, ";
            var aliases = t.Aliases.Count > 0 ? $"; also “{string.Join("”, “", t.Aliases.Take(4))}”" : "";
            return new AnswerItem($"{t.Name} ({kind}{t.Mentions} mention{(t.Mentions == 1 ? "" : "s")}{aliases}): /status {t.Slug}");
        }, "less-mentioned topics");
        return ValueTask.FromResult(list with { Buttons = [.. topics.Take(6).Select(t => new AnswerButton(t.Name, $"/status {t.Slug}"))] });
    }
}
