using Bot.Core.Analysis.Time;
using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Commands.Catalog;

/// <summary>The lists /timeline and /next give, worded the same way, as of the clock's day.</summary>
internal static class EventList
{
    /// <summary>The oldest lines a long timeline keeps before the stretch around today.</summary>
    private const int Context = 5;

    public static Answer Timeline(KnowledgeSnapshot snapshot, StoryClock clock, string typedTopic, string command, int maxItems)
    {
        var (topic, problem) = Topic(snapshot, typedTopic, command);
        if (problem is not null)
        {
            return problem;
        }

        var today = clock.Today;
        var events = EventLines.OneLinePerThing((topic is null ? snapshot.Events : snapshot.EventsByTopic.GetValueOrDefault(topic.Slug) ?? [])
            .Where(e => e.Origin.Source.IsReadBy(today)))
            .ToList();
        var about = topic is null ? "" : $" for {topic.Name}";
        if (events.Count == 0)
        {
            return Answer.Short($"The sources give no dates{about} yet.");
        }

        AnswerItem Line(TimelineEvent e) => new($"{clock.Marked(e)}: {e.What}{Suffix(clock.History(snapshot, e))}", e.Origin.ToQuote());
        var (start, around) = Around(events, today, maxItems);
        var items = events.Take(Math.Min(Context, start)).Select(Line).ToList();
        if (start > Context)
        {
            var between = start - Context;
            items.Add(new AnswerItem($"… {between} more {(between == 1 ? "event" : "events")} between, not shown", null));
        }

        items.AddRange(events.Skip(start).Take(around).Select(Line));
        var hidden = events.Count - Math.Min(Context, start) - around;
        var headline = $"Timeline{about} (as of {DateWording.Date(today)})";
        var stopped = clock.Stopped();
        return new Answer(headline, items)
        {
            Note = hidden > 0 ? $"{hidden} more not shown; name a topic to narrow the list, e.g. /{command} <topic>." : null,
        }.WithPicture(() => StoryPicture.Compose(topic is null ? command : $"{command}-{topic.Slug}", headline, stopped, snapshot, events, PlanViews(snapshot, topic, today)));
    }

    /// <summary>
    /// Where the stretch of a long timeline shown after its first <see cref="Context"/> lines starts, and how long it is:
    /// the newest events passed and the ones still to come, around today, which is what a reader follows; the oldest
    /// lines say what the story grew out of, and the ones between are counted. A short timeline is shown whole.
    /// </summary>
    private static (int Start, int Count) Around(List<TimelineEvent> events, DateOnly today, int maxItems)
    {
        if (events.Count <= maxItems)
        {
            return (0, events.Count);
        }

        var window = maxItems - Context;
        var firstOpen = events.FindIndex(e => e.TimingAt(today) != EventTiming.Past);
        var pivot = firstOpen < 0 ? events.Count : firstOpen;
        return (Math.Clamp(pivot - (window / 2), Context, events.Count - window), window);
    }

    private static List<PlanView> PlanViews(KnowledgeSnapshot snapshot, Topic? topic, DateOnly today) =>
        [.. (topic is null ? snapshot.Plans : snapshot.PlansByTopic.GetValueOrDefault(topic.Slug) ?? []).Select(p => p.At(today)).OfType<PlanView>()];

    public static Answer Next(KnowledgeSnapshot snapshot, StoryClock clock, string typedTopic, string command, int maxItems)
    {
        var (topic, problem) = Topic(snapshot, typedTopic, command);
        if (problem is not null)
        {
            return problem;
        }

        var today = clock.Today;
        var lines = Ahead(snapshot, clock, topic is null ? snapshot.Items : snapshot.ItemsByTopic.GetValueOrDefault(topic.Slug) ?? [])
            .Concat(PhaseEnds(clock, topic is null ? snapshot.Plans : snapshot.PlansByTopic.GetValueOrDefault(topic.Slug) ?? []))
            .GroupBy(l => (l.Due, l.Item.Text))
            .Select(g => g.First())
            .OrderBy(l => l.Due)
            .ToList();
        lines = [.. lines.Where(l => !l.FromPlan || !lines.Any(o => !o.FromPlan && o.Due == l.Due))];
        var about = topic is null ? "" : $" for {topic.Name}";
        var stale = clock.Staleness(snapshot);
        if (lines.Count == 0)
        {
            return Answer.Short($"Nothing ahead of {DateWording.Date(today)}{about} in the sources{(stale is null ? "" : $" ({stale})")}. Send /timeline to see what has passed.");
        }

        return new Answer($"Ahead{about} (as of {DateWording.Date(today)})", [.. lines.Take(maxItems).Select(l => l.Item)])
        {
            Note = lines.Count > maxItems
                ? $"{lines.Count - maxItems} more not shown; name a topic to narrow the list, e.g. /{command} <topic>."
                : stale is null ? null : $"Note: {stale}.",
        };
    }

    /// <summary>
    /// The items still to come as of today, soonest first: each at the date its newest report gives, with what changed;
    /// one postponed with no new date, or missed, stays listed as such; one cancelled or done is no longer ahead.
    /// </summary>
    /// <summary>
    /// The ends of phases still to come that only the plan knows: worked out from a start and a length ("the second
    /// phase began on Sunday and lasts 42 days"), so no sentence dates them.
    /// </summary>
    private static IEnumerable<(DateOnly Due, AnswerItem Item, bool FromPlan)> PhaseEnds(StoryClock clock, IEnumerable<PhasePlan> plans)
    {
        var today = clock.Today;
        foreach (var plan in plans)
        {
            if (plan.At(today) is not { } view)
            {
                continue;
            }

            foreach (var phase in view.Phases)
            {
                if (phase is { Duration: not null, End: { } end, Status: not (Analysis.PhaseStatus.Done or Analysis.PhaseStatus.Cancelled) } && end.IsStillAhead(today))
                {
                    var name = phase.Number == Analysis.PhaseOrdinal.Final ? "the final phase" : $"phase {phase.Number}";
                    yield return (end.Due, new AnswerItem($"{clock.Marked(end)}: end of {name} of {view.Subject.ToLowerInvariant()}, {phase.Duration} days after it began", phase.Sentences[^1].ToQuote()), true);
                }
            }
        }
    }

    public static IEnumerable<(DateOnly Due, AnswerItem Item, bool FromPlan)> Ahead(KnowledgeSnapshot snapshot, StoryClock clock, IEnumerable<StoryItem> items)
    {
        var today = clock.Today;
        var lines = new List<(DateOnly Due, int Id, AnswerItem Item)>();
        foreach (var item in items)
        {
            if (item.StateAt(today) is not { } state)
            {
                continue;
            }

            var quote = state.Origin.ToQuote();
            if (state.Date is { } date)
            {
                if (state.Change is ItemChange.Set or ItemChange.Restated or ItemChange.Moved && date.IsStillAhead(today))
                {
                    var shown = item.Quoted(date);
                    lines.Add((date.Due, item.Id, new AnswerItem($"{clock.Marked(shown)}: {shown.What}{Suffix(clock.History(snapshot, shown))}", shown.Origin.ToQuote())));
                }

                continue;
            }

            var last = item.States.LastOrDefault(s => s.IsReadBy(today) && s.Date is not null)?.Date;
            if (last is null)
            {
                continue;
            }

            if (state.Change is ItemChange.Missed or ItemChange.Moved)
            {
                var when = last.DescribeWhen();
                lines.Add((last.Due, item.Id, new AnswerItem($"{char.ToUpperInvariant(when[0])}{when[1..]}: {last.What}{Suffix(clock.History(snapshot, last))}", quote)));
            }
        }

        return lines.OrderBy(l => l.Due).ThenBy(l => l.Id).Select(l => (l.Due, l.Item, false));
    }

    private static string Suffix(string? history) => history is null ? "" : $" — {history}";

    private static (Topic? Topic, Answer? Problem) Topic(KnowledgeSnapshot snapshot, string typed, string command) =>
        typed.Length == 0 ? (null, null) : TopicArgument.Resolve(snapshot, typed, command);
}
