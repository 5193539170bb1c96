using Bot.Core.Analysis.Time;
using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Commands.Catalog;

/// <summary>The list /timeline and /next share: the same events, the same wording, one filtered to the future.</summary>
internal static class EventList
{
    /// <param name="include">A narrower choice of events, e.g. only what a free question about what comes next may list.</param>
    public static Answer Compose(KnowledgeSnapshot snapshot, StoryClock clock, string typedTopic, string command, bool onlyAhead, int maxItems, bool withPicture, Func<TimelineEvent, bool>? include = null)
    {
        Topic? topic = null;
        if (typedTopic.Length > 0)
        {
            (topic, var problem) = TopicArgument.Resolve(snapshot, typedTopic, command);
            if (problem is not null)
            {
                return problem;
            }
        }

        var today = clock.Today;
        var events = (topic is null ? snapshot.Events : snapshot.EventsByTopic.GetValueOrDefault(topic.Slug) ?? [])
            .Where(e => !onlyAhead || e.TimingAt(today) != EventTiming.Past)
            .Where(e => include?.Invoke(e) ?? true)
            // One line per period a source speaks of, quoting the sentence that names the most topics.
            .GroupBy(e => (e.Origin.Source.Id, e.Period, e.Role))
            .Select(g => g.OrderByDescending(e => e.TopicSlugs.Count).ThenBy(e => e.Origin.Sentence.Index).First())
            .OrderBy(e => e.Due).ThenBy(e => e.Period.Days)
            .ToList();

        var about = topic is null ? "" : $" for {topic.Name}";
        if (events.Count == 0)
        {
            return Answer.Short(onlyAhead
                ? $"Nothing ahead of {DateWording.Date(today)}{about} in the sources. Send /timeline to see what has passed."
                : $"The sources give no dates{about} yet.");
        }

        var items = events.Take(maxItems)
            .Select(e => new AnswerItem($"{clock.When(e)}: {e.What}", e.Origin.ToQuote()))
            .ToList();
        var headline = onlyAhead ? $"Ahead{about} (as of {DateWording.Date(today)})" : $"Timeline{about} (as of {DateWording.Date(today)})";
        return new Answer(headline, items)
        {
            Note = events.Count > maxItems ? $"{events.Count - maxItems} more not shown; name a topic to narrow the list, e.g. /{command} <topic>." : null,
            Picture = withPicture
                ? StoryPicture.Compose(topic is null ? command : $"{command}-{topic.Slug}", headline, clock, snapshot, events, [.. snapshot.PhaseSets.Where(p => topic is null || p.TopicSlugs.Contains(topic.Slug))])
                : null,
        };
    }
}
