using Bot.Core.Answers;
using Bot.Core.Commands.Catalog;

namespace Bot.Core.Questions;

/// <summary>"What happens next?": exactly what /next gives for the topic the question names (all topics if none), never what has passed.</summary>
public sealed class NextAnswerer : IQuestionAnswerer
{
    private const int MaxItems = 8;

    public QuestionKind Kind => QuestionKind.Next;

    public Answer? Answer(QuestionContext context)
    {
        var topic = context.Retrieval.NamedTopics.FirstOrDefault();
        return EventList.Compose(context.Snapshot, context.Clock, topic?.Slug ?? "", NextCommand.Definition.Name, onlyAhead: true, MaxItems);
    }
}
