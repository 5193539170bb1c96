using Bot.Core.Answers;
using Bot.Core.Commands.Catalog;
using Bot.Core.Knowledge;

namespace Bot.Core.Questions;

/// <summary>
/// "What happens next?": the list /next gives for the topic the question names (every topic if none, or if that
/// topic's own sentences date nothing ahead), narrowed to what a reader means by "next": scheduled events and
/// deadlines, as reported by today, still ahead. Never what has passed, nor a date a report looks back on.
/// </summary>
public sealed class NextAnswerer : IQuestionAnswerer
{
    private const int MaxItems = 8;

    public QuestionKind Kind => QuestionKind.Next;

    public Answer? Answer(QuestionContext context)
    {
        var snapshot = context.Snapshot;
        var today = context.Clock.Today;
        bool Upcoming(TimelineEvent e) => !(e.Origin.Source.Published > today) && StoryEvents.Read(snapshot, e).LooksAhead;
        var topic = context.Retrieval.NamedTopics is [var first, ..] ? first : null;
        if (topic is not null && !(snapshot.EventsByTopic.GetValueOrDefault(topic.Slug) ?? []).Any(e => Upcoming(e) && e.TimingAt(today) != EventTiming.Past))
        {
            topic = null;
        }

        return EventList.Next(snapshot, context.Clock, topic?.Slug ?? "", NextCommand.Definition.Name, MaxItems);
    }
}
