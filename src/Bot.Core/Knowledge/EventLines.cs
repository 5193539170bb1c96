using Bot.Core.Analysis;

namespace Bot.Core.Knowledge;

/// <summary>How many lines (and reminders) a list of events makes: one per thing a source dates.</summary>
public static class EventLines
{
    /// <summary>
    /// Sentences of one source that give one date to the same subject make one line, quoting the one that names the
    /// most topics; different things due the same day ("the bridge", "the tunnel", "the ferry" all "by June 2027")
    /// stay apart. In date order.
    /// </summary>
    public static IEnumerable<TimelineEvent> OneLinePerThing(IEnumerable<TimelineEvent> events)
    {
        var kept = new List<TimelineEvent>();
        foreach (var group in events.GroupBy(e => (e.Origin.Source.Id, e.Period, e.Role)))
        {
            var clusters = new List<List<TimelineEvent>>();
            foreach (var e in group)
            {
                var home = clusters.FirstOrDefault(c => c.Exists(o => o.Origin.Sentence.Index == e.Origin.Sentence.Index || SubjectWords.Shared(o.Subject, e.Subject) > 0));
                if (home is null)
                {
                    clusters.Add([e]);
                }
                else
                {
                    home.Add(e);
                }
            }

            kept.AddRange(clusters.Select(c => c.OrderByDescending(e => e.TopicSlugs.Count).ThenBy(e => e.Origin.Sentence.Index).First()));
        }

        return kept.OrderBy(e => e.Due).ThenBy(e => e.Period.Granularity).ThenBy(e => e.Origin.Source.Published ?? DateOnly.MaxValue).ThenBy(e => e.Origin.Sentence.Index);
    }
}
