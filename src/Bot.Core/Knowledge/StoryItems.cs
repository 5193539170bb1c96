using Bot.Core.Analysis;
using Bot.Core.Analysis.Time;

namespace Bot.Core.Knowledge;

/// <summary>What a report did to a dated item: set it, said it again, moved it, or closed it.</summary>
public enum ItemChange
{
    Set,
    Restated,
    Moved,
    Cancelled,
    Completed,
    Missed,
}

/// <summary>
/// One state of an item as one report gives it. <see cref="Date"/> is the date it then had (null once it is cancelled,
/// done or missed, or moved with no new date); <see cref="Day"/> the day it was done, when the report says;
/// <see cref="StatedFrom"/> the old date a change names when no older report gave it.
/// </summary>
public sealed record ItemState(ItemChange Change, TimelineEvent? Date, DatePeriod? Day, SourceSentence Origin, DatePeriod? StatedFrom = null)
{
    public DateOnly? Reported => Origin.Source.Published;

    /// <summary>Read by <paramref name="today"/>: published on or before it (an undated report is always read).</summary>
    public bool IsReadBy(DateOnly today) => Origin.Source.IsReadBy(today);
}

/// <summary>
/// One thing with a date that the reports follow: a deadline, a vote, a phase's end. Several reports may give it;
/// a newer one may move, cancel, complete or miss it. Its states are in report order; the view at a day is the last
/// state read by then.
/// </summary>
public sealed class StoryItem(int id, IReadOnlyList<ItemState> states, IReadOnlyList<TimelineEvent> mentions, IReadOnlySet<string> topics)
{
    public int Id { get; } = id;

    public IReadOnlyList<ItemState> States { get; } = states;

    /// <summary>Every event that gave this item a date, in report order.</summary>
    public IReadOnlyList<TimelineEvent> Mentions { get; } = mentions;

    public IReadOnlySet<string> Topics { get; } = topics;

    /// <summary>The newest state read by <paramref name="today"/>, or null when no report of it had been published.</summary>
    public ItemState? StateAt(DateOnly today)
    {
        ItemState? found = null;
        foreach (var state in States)
        {
            if (state.IsReadBy(today))
            {
                found = state;
            }
        }

        return found;
    }

    /// <summary>The date the item had before <paramref name="state"/> changed it: the last earlier state with another date.</summary>
    public (DatePeriod Period, TimelineEvent? Event, DateOnly? Reported)? DateBefore(ItemState state)
    {
        var index = States.ToList().IndexOf(state);
        for (var i = index - 1; i >= 0; i--)
        {
            if (States[i].Date is { } earlier && (state.Date is null || earlier.Due != state.Date.Due))
            {
                return (earlier.Period, earlier, States[i].Reported);
            }
        }

        return state.StatedFrom is { } stated ? (stated, null, null) : null;
    }

    /// <summary>
    /// The sentence to quote for <paramref name="date"/>: among this item's mentions from the same report with the same
    /// due day, the one naming <paramref name="slug"/>, else the one naming the most topics.
    /// </summary>
    public TimelineEvent Quoted(TimelineEvent date, string? slug = null) =>
        Mentions
            .Where(m => m.Due == date.Due && m.Origin.Source.Id == date.Origin.Source.Id)
            .OrderByDescending(m => slug is not null && m.TopicSlugs.Contains(slug))
            .ThenByDescending(m => m.TopicSlugs.Count)
            .ThenBy(m => m.Origin.Sentence.Index)
            .FirstOrDefault() ?? date;

    /// <summary>The first state read by <paramref name="today"/> that describes the item: what it is, as first reported.</summary>
    public TimelineEvent? FirstDate(DateOnly today) => States.FirstOrDefault(s => s.IsReadBy(today) && s.Date is not null)?.Date;
}

/// <summary>
/// Groups the forward-looking events of every report into <see cref="StoryItem"/>s, oldest report first: an event joins
/// the item of an earlier one that shares a topic (or its source), a compatible date and what it is about; a change
/// sentence updates the item it names (by its old date, its phase, its subject words). Deterministic: the same sources
/// in any order of arrival give the same items.
/// </summary>
internal static class StoryItemBuilder
{
    private const int MatchScore = 2;

    public static IReadOnlyList<StoryItem> Build(IEnumerable<SourceView> views)
    {
        var ordered = views.OrderBy(v => v.Analysis.Source.Published ?? DateOnly.MinValue).ThenBy(v => v.SourceId, StringComparer.Ordinal);
        var items = new List<Draft>();
        var byTopicDue = new Dictionary<(string Scope, DateOnly Due), List<Draft>>();
        var byScope = new Dictionary<string, List<Draft>>(StringComparer.Ordinal);
        foreach (var view in ordered)
        {
            foreach (var step in view.Steps)
            {
                if (step.Update is { } update)
                {
                    Apply(update, step.Sentence, view, items, byTopicDue, byScope);
                }
                else if (step.Event is { } e)
                {
                    Place(e, items, byTopicDue, byScope);
                }
            }
        }

        return [.. items.Select((d, i) => new StoryItem(i, d.States, d.Mentions, d.Topics))];
    }

    /// <summary>Where to look for the same item: the topics named, and always the report itself.</summary>
    private static IEnumerable<string> Scopes(IReadOnlyList<string> topics, string sourceId) => topics.Append("source:" + sourceId);

    private static void Place(TimelineEvent e, List<Draft> items, Dictionary<(string, DateOnly), List<Draft>> byTopicDue, Dictionary<string, List<Draft>> byScope)
    {
        var scopes = Scopes(e.TopicSlugs, e.Origin.Source.Id).ToList();
        var phase = SubjectWords.PhaseOf(e.Subject);
        Draft? same = null;
        foreach (var scope in scopes)
        {
            foreach (var draft in byTopicDue.GetValueOrDefault((scope, e.Due)) ?? [])
            {
                if (draft.Current.Date is { } current && SameThing(e, current, phase, draft.Phase))
                {
                    same = Better(same, draft);
                }
            }
        }

        if (same is not null)
        {
            Index(byTopicDue, same, remove: true);
            same.Mentions.Add(e);
            if (same.Current.Origin.Source.Id != e.Origin.Source.Id)
            {
                same.States.Add(new ItemState(ItemChange.Restated, Inherit(e, same.Current.Date), null, e.Origin));
            }

            same.AddTopics(e.TopicSlugs, byScope);
            Index(byTopicDue, same, remove: false);
            return;
        }

        // A newer report giving a phase another date than an older one did moves that phase's date.
        if (phase is { } number)
        {
            foreach (var scope in scopes)
            {
                foreach (var draft in byScope.GetValueOrDefault(scope) ?? [])
                {
                    if (draft.Phase == number && draft.IsOpen && draft.Current.Origin.Source.Id != e.Origin.Source.Id)
                    {
                        same = Better(same, draft);
                    }
                }
            }

            if (same is not null)
            {
                Index(byTopicDue, same, remove: true);
                same.Mentions.Add(e);
                same.States.Add(new ItemState(ItemChange.Moved, Inherit(e, same.Current.Date), null, e.Origin));
                same.AddTopics(e.TopicSlugs, byScope);
                Index(byTopicDue, same, remove: false);
                return;
            }
        }

        var item = new Draft(phase);
        item.States.Add(new ItemState(ItemChange.Set, e, null, e.Origin));
        item.Mentions.Add(e);
        item.AddTopics(scopes, byScope);
        items.Add(item);
        Index(byTopicDue, item, remove: false);
    }

    private static void Apply(UpdateStep update, SourceSentence sentence, SourceView view, List<Draft> items, Dictionary<(string, DateOnly), List<Draft>> byTopicDue, Dictionary<string, List<Draft>> byScope)
    {
        var scopes = Scopes(update.Topics, view.SourceId).ToList();
        var phase = SubjectWords.PhaseOf(update.Subject);
        var from = update.Update.From?.Period;
        Draft? target = null;
        var best = 0;
        foreach (var draft in scopes.SelectMany(s => byScope.GetValueOrDefault(s) ?? []).Distinct())
        {
            if (!draft.IsOpen && update.Update.Action != UpdateAction.Moved)
            {
                continue;
            }

            var score = Score(draft, update, phase, from);
            if (score > best || (score == best && score > 0 && target is not null && Better(target, draft) == draft))
            {
                (target, best) = (draft, score);
            }
        }

        if (target is null || best < MatchScore)
        {
            // A move nobody reported before still gives a date to follow, with the old one it names.
            if (update.Update.Action == UpdateAction.Moved && update.To is { } fresh && fresh.Kind.LooksForward())
            {
                var item = new Draft(phase);
                item.States.Add(new ItemState(ItemChange.Moved, fresh, null, sentence, from));
                item.Mentions.Add(fresh);
                item.AddTopics(Scopes(fresh.TopicSlugs.Count > 0 ? fresh.TopicSlugs : update.Topics, view.SourceId), byScope);
                items.Add(item);
                Index(byTopicDue, item, remove: false);
            }

            return;
        }

        Index(byTopicDue, target, remove: true);
        switch (update.Update.Action)
        {
            case UpdateAction.Moved:
                var moved = update.To is { } to ? Inherit(to, target.Current.Date ?? target.LastDate) : null;
                target.States.Add(new ItemState(ItemChange.Moved, moved, null, sentence, from));
                if (moved is not null)
                {
                    target.Mentions.Add(moved);
                }

                break;
            case UpdateAction.Cancelled:
                target.States.Add(new ItemState(ItemChange.Cancelled, null, update.Update.On?.Period, sentence));
                break;
            case UpdateAction.Completed:
                target.States.Add(new ItemState(ItemChange.Completed, null, update.Update.On?.Period, sentence));
                break;
            case UpdateAction.Missed:
                target.States.Add(new ItemState(ItemChange.Missed, null, update.Update.On?.Period, sentence));
                break;
        }

        target.AddTopics(update.Topics, byScope);
        Index(byTopicDue, target, remove: false);
    }

    /// <summary>How surely a change speaks of an item: its old date, its phase, the words they share.</summary>
    private static int Score(Draft draft, UpdateStep update, int? phase, DatePeriod? from)
    {
        if (phase is { } p && draft.Phase is { } q && p != q)
        {
            return 0;
        }

        var score = 0;
        if (from is { } old)
        {
            if (draft.LastDate is { } last && Compatible(old, last.Period))
            {
                score += 3;
            }
            else if (draft.States.Any(s => s.Date is { } d && Compatible(old, d.Period)))
            {
                score += 2;
            }
        }

        if (phase is not null && phase == draft.Phase)
        {
            score += 3;
        }

        var shared = draft.Mentions.Max(m => SubjectWords.Shared(update.Subject, m.Subject));
        score += shared switch { 0 => 0, 1 => 2, 2 => 3, _ => 4 };
        return score;
    }

    /// <summary>The same thing said twice: the same due day, and the same phase or words in common.</summary>
    private static bool SameThing(TimelineEvent e, TimelineEvent current, int? phase, int? itemPhase)
    {
        if (phase is { } p && itemPhase is { } q)
        {
            return p == q;
        }

        var shared = SubjectWords.Shared(e.Subject, current.Subject);
        if (e.Origin.Source.Id == current.Origin.Source.Id)
        {
            return shared > 0 || (e.Subject.Count == 0 && current.Subject.Count == 0) || e.Origin.Sentence.Index == current.Origin.Sentence.Index;
        }

        var smaller = Math.Min(e.Subject.Count, current.Subject.Count);
        return shared >= 2 || (shared == 1 && smaller <= 2);
    }

    /// <summary>Two periods that can name the same date: one holds the other's due day, at no finer a granularity than "month".</summary>
    private static bool Compatible(DatePeriod a, DatePeriod b) =>
        a == b || a.Contains(b.End) || b.Contains(a.End) || a.Contains(b.Start) || b.Contains(a.Start);

    /// <summary>A new date of a phase is still the phase's date.</summary>
    private static TimelineEvent Inherit(TimelineEvent e, TimelineEvent? previous) =>
        previous is { Kind: EventKind.Phase } && e.Kind.LooksForward() && e.Kind != EventKind.Phase ? e with { Kind = EventKind.Phase } : e;

    private static Draft Better(Draft? a, Draft b) => a is null || b.LastReported > a.LastReported ? b : a;

    private static void Index(Dictionary<(string, DateOnly), List<Draft>> byTopicDue, Draft draft, bool remove)
    {
        if (draft.Current.Date is not { } date)
        {
            return;
        }

        foreach (var scope in draft.Topics)
        {
            var key = (scope, date.Due);
            if (remove)
            {
                byTopicDue.GetValueOrDefault(key)?.Remove(draft);
            }
            else
            {
                if (!byTopicDue.TryGetValue(key, out var list))
                {
                    byTopicDue[key] = list = [];
                }

                list.Add(draft);
            }
        }
    }

    private sealed class Draft(int? phase)
    {
        private readonly HashSet<string> _topics = new(StringComparer.Ordinal);

        public int? Phase { get; } = phase;

        public List<ItemState> States { get; } = [];

        public List<TimelineEvent> Mentions { get; } = [];

        public IReadOnlySet<string> Topics => _topics;

        public ItemState Current => States[^1];

        public bool IsOpen => Current.Change is not (ItemChange.Cancelled or ItemChange.Completed);

        public TimelineEvent? LastDate => States.LastOrDefault(s => s.Date is not null)?.Date;

        public DateOnly LastReported => Current.Reported ?? DateOnly.MinValue;

        public void AddTopics(IEnumerable<string> topics, Dictionary<string, List<Draft>> byScope)
        {
            foreach (var topic in topics)
            {
                if (_topics.Add(topic))
                {
                    if (!byScope.TryGetValue(topic, out var list))
                    {
                        byScope[topic] = list = [];
                    }

                    list.Add(this);
                }
            }
        }
    }
}

/// <summary>A step of a source for the item builder, in text order: a forward-looking event, or a change.</summary>
internal sealed record SourceStep(SourceSentence Sentence, TimelineEvent? Event, UpdateStep? Update);

/// <summary>A change sentence as the knowledge sees it: its topics, subject words and new date's event.</summary>
internal sealed record UpdateStep(StoryUpdate Update, IReadOnlyList<string> Topics, IReadOnlyList<string> Subject, TimelineEvent? To);
