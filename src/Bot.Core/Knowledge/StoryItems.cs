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
public sealed class StoryItem
{
    /// <summary>Per state, the day it is read from (an undated report is always read): in report order, so never decreasing.</summary>
    private readonly DateOnly[] _readFrom;
    private readonly bool _inReportOrder;

    /// <summary>Per state, the last earlier state with another date (<see cref="DateBefore"/>), or -1.</summary>
    private readonly int[] _dateBefore;

    /// <summary>Per state, the last state up to it that moved the item to a new date, or -1.</summary>
    private readonly int[] _lastMove;

    private readonly Dictionary<ItemState, int> _indexOf = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string SourceId, DateOnly Due), List<TimelineEvent>> _mentionsByReportAndDue = [];

    public StoryItem(int id, IReadOnlyList<ItemState> states, IReadOnlyList<TimelineEvent> mentions, IReadOnlySet<string> topics)
    {
        Id = id;
        States = states;
        Mentions = mentions;
        Topics = topics;
        var sources = new HashSet<string>(StringComparer.Ordinal);
        _readFrom = new DateOnly[states.Count];
        _dateBefore = new int[states.Count];
        _lastMove = new int[states.Count];
        _inReportOrder = true;
        int lastDated = -1, lastOtherDue = -1, lastMove = -1;
        for (var i = 0; i < states.Count; i++)
        {
            var state = states[i];
            _readFrom[i] = state.Reported ?? DateOnly.MinValue;
            _inReportOrder &= i == 0 || _readFrom[i] >= _readFrom[i - 1];
            _indexOf.TryAdd(state, i);
            sources.Add(state.Origin.Source.Id);

            // The last dated state before this one whose due day differs from this one's: the newest dated state when
            // its day differs, else the newest one before the run of states sharing that day.
            _dateBefore[i] = state.Date is null || lastDated < 0 || states[lastDated].Date!.Due != state.Date.Due ? lastDated : lastOtherDue;
            if (state.Date is { } date)
            {
                if (lastDated >= 0 && states[lastDated].Date!.Due != date.Due)
                {
                    lastOtherDue = lastDated;
                }

                lastDated = i;
            }

            if (state is { Change: ItemChange.Moved, Date: not null })
            {
                lastMove = i;
            }

            _lastMove[i] = lastMove;
        }

        Sources = sources;

        foreach (var mention in mentions)
        {
            var key = (mention.Origin.Source.Id, mention.Due);
            if (!_mentionsByReportAndDue.TryGetValue(key, out var same))
            {
                _mentionsByReportAndDue[key] = same = [];
            }

            same.Add(mention);
        }
    }

    public int Id { get; }

    public IReadOnlyList<ItemState> States { get; }

    /// <summary>Every event that gave this item a date, in report order.</summary>
    public IReadOnlyList<TimelineEvent> Mentions { get; }

    public IReadOnlySet<string> Topics { get; }

    /// <summary>The ids of the reports that gave a state of it.</summary>
    public IReadOnlySet<string> Sources { get; }

    /// <summary>The newest state read by <paramref name="today"/>, or null when no report of it had been published.</summary>
    public ItemState? StateAt(DateOnly today)
    {
        if (_inReportOrder)
        {
            // The states read by a day are the first ones: find how many.
            int low = 0, high = _readFrom.Length;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (_readFrom[middle] <= today)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low == 0 ? null : States[low - 1];
        }

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
        var index = IndexOf(state);
        if (index >= 0 && _dateBefore[index] is var before and >= 0)
        {
            return (States[before].Date!.Period, States[before].Date, States[before].Reported);
        }

        return state.StatedFrom is { } stated ? (stated, null, null) : null;
    }

    /// <summary>The last state up to <paramref name="state"/> that moved the item to a new date, if any.</summary>
    public ItemState? LastMoveUpTo(ItemState state) =>
        IndexOf(state) is var index and >= 0 && _lastMove[index] is var move and >= 0 ? States[move] : null;

    /// <summary>
    /// The sentence to quote for <paramref name="date"/>: among this item's mentions from the same report with the same
    /// due day, the one naming <paramref name="slug"/>, else the one naming the most topics.
    /// </summary>
    public TimelineEvent Quoted(TimelineEvent date, string? slug = null) =>
        (_mentionsByReportAndDue.GetValueOrDefault((date.Origin.Source.Id, date.Due)) ?? [])
            .OrderByDescending(m => slug is not null && m.TopicSlugs.Contains(slug))
            .ThenByDescending(m => m.TopicSlugs.Count)
            .ThenBy(m => m.Origin.Sentence.Index)
            .FirstOrDefault() ?? date;

    /// <summary>The first state read by <paramref name="today"/> that describes the item: what it is, as first reported.</summary>
    public TimelineEvent? FirstDate(DateOnly today) => States.FirstOrDefault(s => s.IsReadBy(today) && s.Date is not null)?.Date;

    private int IndexOf(ItemState state) => _indexOf.TryGetValue(state, out var index) ? index : States.ToList().IndexOf(state);
}

/// <summary>
/// Groups the forward-looking events of every report into <see cref="StoryItem"/>s, oldest report first: an event joins
/// the item of an earlier one that shares a topic (or its source), a compatible date and what it is about; a change
/// sentence updates the item it names (by its old date, its phase, its subject words). Deterministic: the same sources
/// in any order of arrival give the same items.
/// </summary>
internal static class StoryItemBuilder
{
    public static IReadOnlyList<StoryItem> Build(IEnumerable<SourceView> views) => Fold.FromScratch(views).Items;

    /// <summary>
    /// The story items' fold, kept from one snapshot to the next: the drafts so far, indexed, and the items published.
    /// How a change continues, rewinds or restarts it: <see cref="JournaledFold{TFold, TResult}"/>.
    /// </summary>
    internal sealed class Fold : JournaledFold<Fold, StoryItem>
    {
        private readonly Index _index;

        private Fold() => _index = new Index(Journal, TopicIds);

        public IReadOnlyList<StoryItem> Items => Published;

        public static Fold FromScratch(IEnumerable<SourceView> views) => Start(new Fold(), views);

        /// <summary>The fold after a change (<see cref="JournaledFold{TFold, TResult}.After"/>), standing for <paramref name="items"/>.</summary>
        public static Fold Next(Fold? previous, IReadOnlyList<StoryItem> items, IEnumerable<SourceView> all, IEnumerable<SourceView> removed, IEnumerable<SourceView> added, TopicRelabel? relabel = null) =>
            After(previous, items, () => new Fold(), all, removed, added, relabel);

        protected override bool Reads(SourceView view) => view.Steps.Count > 0;

        protected override void Read(SourceView view)
        {
            foreach (var step in view.Steps)
            {
                if (step.Update is { } update)
                {
                    Apply(update, step.Sentence, view, _index);
                }
                else if (step.Event is { } e)
                {
                    Place(e, _index);
                }
            }
        }

        protected override IReadOnlyList<StoryItem> Publish(List<StoryItem> published) =>
            FoldOrder.Publish(
                _index.Items,
                published,
                (i, draft) => new StoryItem(i, [.. draft.States], [.. draft.Mentions], TopicIds.Slugs(draft.Topics)),
                (draft, item) => FoldOrder.SameElements(draft.States, item.States) && FoldOrder.SameElements(draft.Mentions, item.Mentions) && TopicIds.AreSlugs(draft.Topics, item.Topics));

        /// <summary>A step's topics only renamed: its event's, its change's and the change's new date's.</summary>
        protected override bool Renames(TopicRelabel relabel, SourceView before, SourceView after)
        {
            if (before.Steps.Count != after.Steps.Count)
            {
                return false;
            }

            for (var i = 0; i < before.Steps.Count; i++)
            {
                var (old, now) = (before.Steps[i], after.Steps[i]);
                if (old.Event?.Key != now.Event?.Key || !relabel.Renames(old.Event?.TopicSlugs ?? [], now.Event?.TopicSlugs ?? [])
                    || !relabel.Renames(old.Update?.Topics ?? [], now.Update?.Topics ?? []) || !relabel.Renames(old.Update?.To?.TopicSlugs ?? [], now.Update?.To?.TopicSlugs ?? []))
                {
                    return false;
                }
            }

            return true;
        }

        protected override void Rename(TopicRelabel relabel, IReadOnlySet<int> renamed, IReadOnlySet<Ingest.Source> sources)
        {
            foreach (var draft in _index.Items)
            {
                draft.Rename(relabel, renamed, sources);
            }
        }
    }

    private static void Place(TimelineEvent e, Index index)
    {
        var topics = index.Topics.Of(e.TopicSlugs);
        var phase = SubjectWords.PhaseOf(e.Subject);
        Draft? same = null;
        var best = 0;
        foreach (var draft in index.SameDue(e))
        {
            if (draft.Current.Date is { } current && Compatible(current.Period, e.Period) && Sameness(e, topics, current, phase, draft) is var score && score > 0 && (score > best || (score == best && Newer(draft, same))))
            {
                (same, best) = (draft, score);
            }
        }

        if (same is not null)
        {
            index.Update(same, d =>
            {
                d.AddMention(e);
                if (d.Current.Origin.Source.Id != e.Origin.Source.Id)
                {
                    d.AddState(new ItemState(ItemChange.Restated, Inherit(e, d.Current.Date), null, e.Origin));
                }

                d.AddTopics(topics);
            });
            return;
        }

        // A newer report giving a phase another date than an older one did moves that phase's date.
        if (phase is { } number)
        {
            foreach (var draft in index.OfPhase(number))
            {
                if (draft.IsOpen && draft.Current.Origin.Source.Id != e.Origin.Source.Id && Newer(draft, same))
                {
                    same = draft;
                }
            }

            if (same is not null)
            {
                // "by December 2028" and "set for December 2028" are one date said again; another date moves the phase.
                var again = same.Current.Date is { } current && Compatible(current.Period, e.Period);
                index.Update(same, d =>
                {
                    d.AddMention(e);
                    d.AddState(new ItemState(again ? ItemChange.Restated : ItemChange.Moved, again ? d.Current.Date : Inherit(e, d.Current.Date), null, e.Origin));
                    d.AddTopics(topics);
                });
                return;
            }
        }

        var item = new Draft(phase, index.Journal);
        item.AddState(new ItemState(ItemChange.Set, e, null, e.Origin));
        item.AddMention(e);
        item.AddTopics(topics);
        index.Add(item);
    }

    private static void Apply(UpdateStep update, SourceSentence sentence, SourceView view, Index index)
    {
        // One change may close several dates ("the strikes planned for Thursday, Friday and Saturday"): each its item.
        foreach (var also in update.Update.AlsoFrom)
        {
            Apply(update with { Update = update.Update with { From = also, AlsoFrom = [] } }, sentence, view, index);
        }

        var topics = index.Topics.Of(update.Topics);
        var phase = SubjectWords.PhaseOf(update.Subject);
        var from = update.Update.From?.Period;
        var dated = from is not null || update.To is not null;
        Draft? target = null;
        var best = 0;
        foreach (var draft in index.Candidates(update.Subject, from))
        {
            if (!draft.IsOpen && update.Update.Action != UpdateAction.Moved)
            {
                continue;
            }

            // A change that names its old date speaks of an older item, not one its own sentence sets in a clause of
            // reason ("moved the trial from 13 September to January, as no courtroom would be free in the autumn").
            if (from is not null && draft.States[0].Origin == sentence)
            {
                continue;
            }

            var score = Score(draft, update, topics, phase, from);
            if (score > best || (score == best && score > 0 && Newer(draft, target)))
            {
                (target, best) = (draft, score);
            }
        }

        // A change with a date needs less to be sure of: the old date, or a phase, or the words and the topic.
        if (target is null || best < (dated ? 3 : 4))
        {
            // A move nobody reported before still gives a date to follow, with the old one it names; unless it retells
            // how an item already followed got a date it once had ("it was pushed back to June 2027 in June").
            if (update.Update.Action == UpdateAction.Moved && update.To is { } fresh && fresh.Kind.LooksForward())
            {
                if (index.InMonths(fresh.Period).FirstOrDefault(d => d.States.Any(s => s.Date is { } had && Compatible(had.Period, fresh.Period)) && d.Current.Date is { } now && !Compatible(now.Period, fresh.Period)) is { } retold)
                {
                    index.Update(retold, d => d.AddMention(fresh));
                    return;
                }

                var item = new Draft(phase, index.Journal);
                item.AddState(new ItemState(ItemChange.Moved, fresh, null, sentence, from));
                item.AddMention(fresh);
                item.AddTopics(fresh.TopicSlugs.Count > 0 ? index.Topics.Of(fresh.TopicSlugs) : topics);
                index.Add(item);
            }

            return;
        }

        index.Update(target, d =>
        {
            switch (update.Update.Action)
            {
                case UpdateAction.Moved:
                    var moved = update.To is { } to ? Inherit(to, d.Current.Date ?? d.LastDate) : null;
                    d.AddState(new ItemState(ItemChange.Moved, moved, null, sentence, from));
                    if (moved is not null)
                    {
                        d.AddMention(moved);
                    }

                    break;
                case UpdateAction.Cancelled:
                    d.AddState(new ItemState(ItemChange.Cancelled, null, update.Update.On?.Period, sentence));
                    break;
                case UpdateAction.Completed:
                    d.AddState(new ItemState(ItemChange.Completed, null, update.Update.On?.Period, sentence));
                    break;
                case UpdateAction.Missed:
                    d.AddState(new ItemState(ItemChange.Missed, null, update.Update.On?.Period, sentence));
                    break;
            }

            d.AddTopics(topics);
            d.AddWords(update.Subject);
        });
    }

    /// <summary>How surely a change speaks of an item: its old date, its phase, the words and topics they share.</summary>
    private static int Score(Draft draft, UpdateStep update, int[] topics, int? phase, DatePeriod? from)
    {
        if (phase is { } p && draft.Phase is { } q && p != q)
        {
            return 0;
        }

        // A change that names the old date speaks of an item that had that date, and of no other.
        var score = 0;
        if (from is { } old)
        {
            if (draft.LastDate is { } last && Compatible(old, last.Period))
            {
                // "from 13 September" speaks of the item due that day before one due "in the autumn" around it (a date
                // of the change's own reason clause, "as no courtroom would be free in the autumn").
                score += last.Period == old ? 5 : 3;
            }
            else if (draft.States.Any(s => s.Date is { } d && Compatible(old, d.Period)))
            {
                score += 2;
            }
            else
            {
                return 0;
            }
        }

        var topic = draft.Topics.Overlaps(topics);
        var shared = draft.MostShared(update.Subject);
        if (update.Update.Lengthens && draft.LastDate is { } end)
        {
            // An extension lengthens what ends, to a later end: "agreed to extend their contract until Jan. 15" speaks of
            // the contract that "expires on Sept. 30", not of the strike due the day after, and of nothing due later. It
            // is the same subject's end: one it shares a topic or more than one subject word with.
            if (update.To is { } to && to.Period.End < end.Period.End)
            {
                return 0;
            }

            score += end.IsEnd && (topic || shared >= 2) ? 2 : 0;
        }

        if (phase is not null && phase == draft.Phase)
        {
            score += 3;
        }

        if (topic)
        {
            score += 1;
        }

        score += shared switch { 0 => 0, 1 => 1, 2 => 2, _ => 3 };
        return score;
    }

    /// <summary>
    /// Whether an event due the same day as an item is that item said again (0: no). One report names one happening
    /// in several sentences (a headline, a quote) but lists several things due the same day: a deadline must share
    /// most of its words to be the same one. Across reports, words in common and a topic, or many words, or the phase.
    /// </summary>
    private static int Sameness(TimelineEvent e, int[] topics, TimelineEvent current, int? phase, Draft draft)
    {
        if (phase is { } p && draft.Phase is { } q)
        {
            return p == q ? 5 : 0;
        }

        var shared = draft.MostShared(e.Subject);
        var smaller = Math.Max(1, Math.Min(e.Subject.Count, current.Subject.Count));
        var most = shared * 2 >= smaller;
        if (e.Origin.Source.Id == current.Origin.Source.Id)
        {
            if (e.Origin.Sentence.Index == current.Origin.Sentence.Index || (e.Subject.Count == 0 && current.Subject.Count == 0))
            {
                return 4;
            }

            return (e.Role == TemporalRole.At ? shared > 0 : shared >= 2 && most) ? 1 + shared : 0;
        }

        var topic = draft.Topics.Overlaps(topics);
        return (shared >= 2 && most) || (shared >= 1 && topic) ? shared + (topic ? 1 : 0) : 0;
    }

    /// <summary>Two periods that can name the same date: one holds the other's first or last day.</summary>
    private static bool Compatible(DatePeriod a, DatePeriod b) =>
        a == b || a.Contains(b.End) || b.Contains(a.End) || a.Contains(b.Start) || b.Contains(a.Start);

    /// <summary>A new date of a phase is still the phase's date.</summary>
    private static TimelineEvent Inherit(TimelineEvent e, TimelineEvent? previous) =>
        previous is { Kind: EventKind.Phase } && e.Kind.LooksForward() && e.Kind != EventKind.Phase ? e with { Kind = EventKind.Phase } : e;

    private static bool Newer(Draft candidate, Draft? than) => than is null || candidate.LastReported > than.LastReported;

    /// <summary>
    /// The drafts so far, findable by the day they are due (for a restatement), by every month any of their dates fell
    /// in (for a change naming an old date), by subject word (for a change naming none) and by phase.
    /// </summary>
    private sealed class Index(FoldJournal journal, TopicIds topics)
    {
        private const int CommonWord = 64;

        public FoldJournal Journal => journal;

        public TopicIds Topics => topics;

        private readonly Dictionary<DateOnly, List<Draft>> _byDue = [];
        private readonly Dictionary<(int Year, int Month), List<Draft>> _byMonth = [];
        private readonly Dictionary<string, List<Draft>> _byWord = new(StringComparer.Ordinal);
        private readonly Dictionary<int, List<Draft>> _byPhase = [];

        public List<Draft> Items { get; } = [];

        /// <summary>Drafts due on the first or last day of the event's period: "June 2027" and "by June 2027" meet.</summary>
        public IEnumerable<Draft> SameDue(TimelineEvent e) =>
            (_byDue.GetValueOrDefault(e.Period.Start) ?? []).Concat(e.Period.End != e.Period.Start ? _byDue.GetValueOrDefault(e.Period.End) ?? [] : []);

        /// <summary>Drafts that had a date in one of the months of <paramref name="period"/>.</summary>
        public IEnumerable<Draft> InMonths(DatePeriod period)
        {
            var found = new List<Draft>();
            for (var month = new DateOnly(period.Start.Year, period.Start.Month, 1); month <= period.End; month = month.AddMonths(1))
            {
                found.AddRange(_byMonth.GetValueOrDefault((month.Year, month.Month)) ?? []);
            }

            return found.Distinct();
        }

        public IEnumerable<Draft> OfPhase(int number) => _byPhase.GetValueOrDefault(number) ?? [];

        public IEnumerable<Draft> Candidates(IReadOnlyList<string> words, DatePeriod? from)
        {
            var found = new HashSet<Draft>();
            // A word many items share says little about which one a change means; scoring them all would cost a pass
            // over the story per change sentence.
            foreach (var word in words)
            {
                if (_byWord.GetValueOrDefault(word) is { Count: <= CommonWord } some)
                {
                    found.UnionWith(some);
                }
            }

            if (from is { } period)
            {
                for (var month = new DateOnly(period.Start.Year, period.Start.Month, 1); month <= period.End; month = month.AddMonths(1))
                {
                    found.UnionWith(_byMonth.GetValueOrDefault((month.Year, month.Month)) ?? []);
                }
            }

            return found.OrderBy(d => d.Order);
        }

        public void Add(Draft draft)
        {
            draft.Order = Items.Count;
            Items.Add(draft);
            journal.Record(() => Items.RemoveAt(Items.Count - 1));
            if (draft.Phase is { } phase)
            {
                Put(_byPhase, phase, draft);
            }

            Enter(draft);
        }

        public void Update(Draft draft, Action<Draft> change)
        {
            if (draft.Current.Date is { } before && _byDue.GetValueOrDefault(before.Due) is { } due && due.IndexOf(draft) is var at and >= 0)
            {
                due.RemoveAt(at);
                journal.Record(() => due.Insert(at, draft));
            }

            change(draft);
            Enter(draft);
        }

        private void Enter(Draft draft)
        {
            draft.Touched = true;
            if (draft.Current.Date is { } date)
            {
                Put(_byDue, date.Due, draft);
                for (var month = new DateOnly(date.Period.Start.Year, date.Period.Start.Month, 1); month <= date.Period.End; month = month.AddMonths(1))
                {
                    Put(_byMonth, (month.Year, month.Month), draft);
                }
            }

            foreach (var word in draft.TakeNewWords())
            {
                Put(_byWord, word, draft);
            }
        }

        private void Put<TKey>(Dictionary<TKey, List<Draft>> lists, TKey key, Draft draft)
            where TKey : notnull
        {
            if (!lists.TryGetValue(key, out var list))
            {
                lists[key] = list = [];
            }

            if (list.Count == 0 || list[^1] != draft)
            {
                list.Add(draft);
                journal.Record(() => list.RemoveAt(list.Count - 1));
            }
        }
    }

    /// <summary>An item being folded. Every change it records in the journal can be undone, newest first.</summary>
    private sealed class Draft(int? phase, FoldJournal journal) : IFoldDraft
    {
        private readonly List<ItemState> _states = [];
        private readonly List<TimelineEvent> _mentions = [];
        private readonly HashSet<int> _topics = [];
        private readonly HashSet<string> _words = new(StringComparer.Ordinal);
        private readonly List<string> _newWords = [];

        /// <summary>The mentions' subjects, each set of words once: an item said again by many reports has few.</summary>
        private readonly List<HashSet<string>> _subjects = [];
        private readonly HashSet<string> _subjectKeys = new(StringComparer.Ordinal);
        private readonly HashSet<string> _mentionWords = new(StringComparer.Ordinal);

        public int Order { get; set; }

        /// <summary>Changed since the fold last published its items.</summary>
        public bool Touched { get; set; }

        public int? Phase { get; } = phase;

        public IReadOnlyList<ItemState> States => _states;

        public IReadOnlyList<TimelineEvent> Mentions => _mentions;

        /// <summary>By number (<see cref="TopicIds"/>).</summary>
        public HashSet<int> Topics => _topics;

        public ItemState Current => States[^1];

        public bool IsOpen => Current.Change is not (ItemChange.Cancelled or ItemChange.Completed);

        public TimelineEvent? LastDate => States.LastOrDefault(s => s.Date is not null)?.Date;

        public DateOnly LastReported => Current.Reported ?? DateOnly.MinValue;

        public void AddState(ItemState state)
        {
            _states.Add(state);
            Undo(() => _states.RemoveAt(_states.Count - 1));
        }

        public void AddTopics(IEnumerable<int> topics) => AddAll(_topics, topics);

        /// <summary>
        /// After topics were renamed: the dates and mentions from the reports renamed carry the new slugs, and a draft
        /// that holds a renamed topic or such a date is published again.
        /// </summary>
        public void Rename(TopicRelabel relabel, IReadOnlySet<int> renamed, IReadOnlySet<Ingest.Source> sources)
        {
            Touched |= _topics.Overlaps(renamed);
            for (var i = 0; i < _states.Count; i++)
            {
                if (_states[i].Date is { } date && sources.Contains(date.Origin.Source) && relabel.Of(date) is var now && !ReferenceEquals(now, date))
                {
                    _states[i] = _states[i] with { Date = now };
                    Touched = true;
                }
            }

            for (var i = 0; i < _mentions.Count; i++)
            {
                if (sources.Contains(_mentions[i].Origin.Source) && relabel.Of(_mentions[i]) is var now && !ReferenceEquals(now, _mentions[i]))
                {
                    _mentions[i] = now;
                    Touched = true;
                }
            }
        }

        public void AddMention(TimelineEvent mention)
        {
            _mentions.Add(mention);
            Undo(() => _mentions.RemoveAt(_mentions.Count - 1));
            AddWords(mention.Subject);
            AddAll(_mentionWords, mention.Subject);
            var key = string.Join(' ', mention.Subject.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            if (_subjectKeys.Add(key))
            {
                _subjects.Add(mention.Subject.ToHashSet(StringComparer.Ordinal));
                Undo(() =>
                {
                    _subjectKeys.Remove(key);
                    _subjects.RemoveAt(_subjects.Count - 1);
                });
            }
        }

        /// <summary>
        /// The most subject words <paramref name="subject"/> shares with one mention (<see cref="SubjectWords.Shared"/>).
        /// Stops once one mention holds every word any of them holds: no other can share more.
        /// </summary>
        public int MostShared(IReadOnlyList<string> subject)
        {
            var bound = 0;
            foreach (var word in subject)
            {
                bound += _mentionWords.Contains(word) ? 1 : 0;
            }

            var most = 0;
            for (var i = 0; i < _subjects.Count && most < bound; i++)
            {
                var shared = 0;
                foreach (var word in subject)
                {
                    shared += _subjects[i].Contains(word) ? 1 : 0;
                }

                most = Math.Max(most, shared);
            }

            return most;
        }

        public void AddWords(IEnumerable<string> words)
        {
            foreach (var word in words)
            {
                if (_words.Add(word))
                {
                    _newWords.Add(word);
                    Undo(() =>
                    {
                        _words.Remove(word);
                        _newWords.RemoveAt(_newWords.Count - 1);
                    });
                }
            }
        }

        public List<string> TakeNewWords()
        {
            var taken = _newWords.ToList();
            _newWords.Clear();
            if (taken.Count > 0)
            {
                Undo(() => _newWords.AddRange(taken));
            }

            return taken;
        }

        private void AddAll<T>(HashSet<T> set, IEnumerable<T> values)
        {
            foreach (var value in values)
            {
                if (set.Add(value))
                {
                    Undo(() => set.Remove(value));
                }
            }
        }

        /// <summary>Journals how to undo a change; an undone draft is published again.</summary>
        private void Undo(Action undo)
        {
            if (journal.Recording)
            {
                journal.Record(() =>
                {
                    undo();
                    Touched = true;
                });
            }
        }
    }
}

/// <summary>A step of a source for the item builder, in text order: a forward-looking event, or a change.</summary>
internal sealed record SourceStep(SourceSentence Sentence, TimelineEvent? Event, UpdateStep? Update);

/// <summary>A change sentence as the knowledge sees it: its topics, subject words and new date's event.</summary>
internal sealed record UpdateStep(StoryUpdate Update, IReadOnlyList<string> Topics, IReadOnlyList<string> Subject, TimelineEvent? To);
