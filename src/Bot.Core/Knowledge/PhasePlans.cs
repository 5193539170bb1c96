using Bot.Core.Analysis;
using Bot.Core.Analysis.Time;

namespace Bot.Core.Knowledge;

/// <summary>What one sentence says of a phase, with where it was said.</summary>
public sealed record PhaseNote(PhaseMention Mention, SourceSentence Origin);

/// <summary>A sentence announcing a plan of phases, with where it was said.</summary>
public sealed record PlanNote(PlanAnnouncement Announcement, SourceSentence Origin);

/// <summary>One phase as the reports read by a day have it: newest dates and status win, every sentence kept, oldest first.</summary>
public sealed record PhaseView(int Number, string Description, DatePeriod? Start, TimelineEvent? End, PhaseStatus? Status, DatePeriod? StatusDay, IReadOnlyList<SourceSentence> Sentences)
{
    /// <summary>Its length in days, when a report gives one ("lasts 42 days").</summary>
    public int? Duration { get; init; }

    /// <summary>The ends older reports gave it before a newer one moved it, oldest first (the chart draws them faint).</summary>
    public IReadOnlyList<DatePeriod> EarlierEnds { get; init; } = [];

    /// <summary>The starts older reports gave it before a newer one moved it, oldest first.</summary>
    public IReadOnlyList<DatePeriod> EarlierStarts { get; init; } = [];

    /// <summary>
    /// The other way its schedule went before, when a newer report turned it ("delayed", then "ahead of schedule"): the
    /// newest word alone would hide that the phase had slipped, so a reader sees both, with the older one's report.
    /// </summary>
    public (PhaseStatus Status, DateOnly? Reported)? TurnedFrom { get; init; }
}

/// <summary>A plan as the reports read by a day have it.</summary>
public sealed record PlanView(string Subject, int? Count, SourceSentence? Announced, IReadOnlyList<PhaseView> Phases);

/// <summary>
/// Every mention of one plan's phases across reports: the announcements and phase notes whose topics are the plan's.
/// Mentions merge by ordinal; the view at a day folds those read by then.
/// </summary>
public sealed class PhasePlan(string key, IReadOnlyList<PlanNote> announcements, IReadOnlyList<PhaseNote> notes, IReadOnlySet<string> topics)
{
    public string Key { get; } = key;

    public IReadOnlyList<PlanNote> Announcements { get; } = announcements;

    /// <summary>In report order.</summary>
    public IReadOnlyList<PhaseNote> Notes { get; } = notes;

    public IReadOnlySet<string> Topics { get; } = topics;

    public DateOnly? NewestReport { get; } = notes.Select(n => n.Origin.Source.Published).Concat(announcements.Select(a => a.Origin.Source.Published)).Max();

    /// <summary>The last view asked for: every command of a day asks for the same one, and a plan can gather thousands of notes.</summary>
    private DayView? _lastView;

    private sealed record DayView(DateOnly Day, PlanView? View);

    public PlanView? At(DateOnly today)
    {
        if (Volatile.Read(ref _lastView) is { } last && last.Day == today)
        {
            return last.View;
        }

        var view = ViewAt(today);
        Volatile.Write(ref _lastView, new DayView(today, view));
        return view;
    }

    private PlanView? ViewAt(DateOnly today)
    {
        static bool Read(SourceSentence s, DateOnly today) => s.Source.Published is not { } p || p <= today;
        var announcements = Announcements.Where(a => Read(a.Origin, today)).ToList();
        var notes = Notes.Where(n => Read(n.Origin, today)).ToList();
        if (notes.Count == 0 && announcements.Count == 0)
        {
            return null;
        }

        var count = announcements.Select(a => a.Announcement.Count).LastOrDefault(c => c is not null);
        var highest = notes.Where(n => n.Mention.Number > 0).Select(n => n.Mention.Number).DefaultIfEmpty(0).Max();
        var last = Math.Max(count ?? 0, highest);
        var phases = new List<PhaseView>();
        foreach (var group in notes.GroupBy(n => n.Mention.Number == PhaseOrdinal.Final ? (last > 0 ? last : PhaseOrdinal.Final) : n.Mention.Number).OrderBy(g => g.Key))
        {
            phases.Add(Fold(group.Key, [.. group]));
        }

        if (phases.Count > 0 && phases[0] is { Number: 1, Start: null } first && announcements.Select(a => a.Announcement.Start?.Period).LastOrDefault(p => p is not null) is { } effect)
        {
            phases[0] = first with { Start = effect };
            if (first.End is null && first.Duration is { } days)
            {
                phases[0] = phases[0] with { End = new TimelineEvent(DatePeriod.Day(effect.Start.AddDays(days)), TemporalRole.By, first.Description, first.Sentences[0], []) { Kind = EventKind.Phase } };
            }
        }

        ChainDurations(phases);
        var subject = announcements.LastOrDefault()?.Announcement.Subject ?? "The plan";
        return new PlanView(subject, count ?? (phases.Count > 0 ? phases.Count : null), announcements.LastOrDefault()?.Origin, phases);
    }

    private static PhaseView Fold(int number, List<PhaseNote> notes)
    {
        var description = (notes.FirstOrDefault(n => n.Mention.Describes) ?? notes[0]).Mention.Description;
        DatePeriod? start = null;
        TimelineEvent? end = null;
        PhaseStatus? status = null;
        DatePeriod? statusDay = null;
        int? duration = null;
        (PhaseStatus Status, DateOnly? Reported)? schedule = null, turnedFrom = null;
        var earlier = new List<DatePeriod>();
        var earlierStarts = new List<DatePeriod>();
        foreach (var note in notes)
        {
            var m = note.Mention;
            if (m.Start?.Period is { } s)
            {
                // "in January", then "on Jan. 10" says the start more closely; "on Jan. 3" after it moves it. A span told
                // as the phase's whole run ("from April 6 until April 30") gave its start too.
                var moved = start is { } old ? !old.Contains(s.Start) && !s.Contains(old.Start)
                    : end is { Period: var run } && run.Start != run.End && run.Start != s.Start && !s.Contains(run.Start);
                if (moved)
                {
                    earlierStarts.Add(start ?? DatePeriod.Day(end!.Period.Start));
                }

                // An end an older sentence gave cannot hold a phase that now starts after it, and one that lasts a known
                // length ends that long after its new start (worked out again below); a run told with its old start
                // keeps only its last day.
                if (moved && (m.End?.Period is not { } own || own.End < s.Start) && end is { } given)
                {
                    end = duration is not null || given.Period.End < s.Start ? null
                        : given.Period.Start < s.Start ? given with { Period = DatePeriod.Day(given.Period.End), Role = TemporalRole.Until } : given;
                }

                start = s;
            }

            // A phase ends after it starts: an end before the start it is told with is some other date of the sentence.
            if (m.End?.Period is { } e && m.Status is not (PhaseStatus.Done or PhaseStatus.UnderWay) && !(start is { } begun && e.End < begun.Start))
            {
                // "by December 2028" and "set for December 2028" are one end said again; a date outside it moves the end.
                if (end is { Period: var old } && !old.Contains(e.End) && !earlier.Contains(old))
                {
                    earlier.Add(old);
                }

                end = new TimelineEvent(e, m.End.Role, description, note.Origin, []) { Kind = EventKind.Phase };
            }

            duration = m.DurationDays ?? duration;
            if (m.Status is { } st)
            {
                if (st is PhaseStatus.Delayed or PhaseStatus.BroughtForward)
                {
                    turnedFrom = schedule is { } was && was.Status != st ? was : turnedFrom is { } kept && kept.Status != st ? kept : null;
                    schedule = (st, note.Origin.Source.Published);
                }

                status = st;
                statusDay = st is PhaseStatus.Done or PhaseStatus.UnderWay ? (m.End ?? m.Start)?.Period : null;
            }
        }

        if (end is null && start is { } begin && duration is { } days)
        {
            end = new TimelineEvent(DatePeriod.Day(begin.Start.AddDays(days)), TemporalRole.By, description, notes[^1].Origin, []) { Kind = EventKind.Phase };
        }

        return new PhaseView(number, description, start, end, status, statusDay, [.. notes.Select(n => n.Origin).DistinctBy(o => (o.Source.Id, o.Sentence.Index))]) { Duration = duration, EarlierEnds = earlier, EarlierStarts = earlierStarts, TurnedFrom = status is PhaseStatus.Delayed or PhaseStatus.BroughtForward ? turnedFrom : null };
    }

    /// <summary>
    /// Phases follow one another: one with no start begins when the one before it ends, and one with a length then ends
    /// that many days later ("the first phase lasts 42 days"; "the five-day cruise" ends when the landing begins).
    /// </summary>
    private static void ChainDurations(List<PhaseView> phases)
    {
        for (var i = 1; i < phases.Count; i++)
        {
            var phase = phases[i];
            if (phase.Start is null && phases[i - 1].End is { } previous && phases[i - 1].Number == phase.Number - 1 && phases[i - 1].Start is not null)
            {
                var begin = previous.Period.End;
                phase = phase with { Start = DatePeriod.Day(begin) };
                if (phase.End is null && phase.Duration is { } days)
                {
                    phase = phase with
                    {
                        End = new TimelineEvent(DatePeriod.Day(begin.AddDays(days)), TemporalRole.By, phase.Description, phase.Sentences[^1], []) { Kind = EventKind.Phase },
                    };
                }

                phases[i] = phase;
            }
        }
    }
}

/// <summary>
/// Gathers the phase mentions of every report into plans, oldest report first. An announcement ("the ban comes in
/// three phases") opens a plan, or joins an earlier one with the same subject; a phase from its list belongs to it; a
/// phase named by ordinal ("phase two was delayed") joins the plan it most likely speaks of: the one just announced in
/// the same report, one whose subject it names, one whose phases are named by ordinal too, one sharing its topics or
/// the words of that phase. Deterministic: the same sources in any order of arrival give the same plans.
/// </summary>
internal static class PhasePlanBuilder
{
    private const int NearbySentences = 8;

    public static IReadOnlyList<PhasePlan> Build(IEnumerable<SourceView> views) => Fold.FromScratch(views).Plans;

    /// <summary>
    /// The phase plans' fold, kept from one snapshot to the next: the plans so far, by announced name, and those
    /// published. Reports that speak of no phase change nothing here. How a change continues, rewinds or restarts it:
    /// <see cref="JournaledFold{TFold, TResult}"/>.
    /// </summary>
    internal sealed class Fold : JournaledFold<Fold, PhasePlan>
    {
        private readonly List<Draft> _plans = [];
        private readonly Dictionary<string, List<Draft>> _byName = new(StringComparer.Ordinal);

        public IReadOnlyList<PhasePlan> Plans => Published;

        public static Fold FromScratch(IEnumerable<SourceView> views) => Start(new Fold(), views);

        /// <summary>The fold after a change (<see cref="JournaledFold{TFold, TResult}.After"/>), standing for <paramref name="plans"/>.</summary>
        public static Fold Next(Fold? previous, IReadOnlyList<PhasePlan> plans, IEnumerable<SourceView> all, IEnumerable<SourceView> removed, IEnumerable<SourceView> added, TopicRelabel? relabel = null) =>
            After(previous, plans, () => new Fold(), all, removed, added, relabel);

        protected override bool Reads(SourceView view) => view.PhaseNotes.Count > 0 || view.PlanNotes.Count > 0;

        protected override void Read(SourceView view)
        {
            Draft? announced = null;
            var steps = view.PlanNotes.Select(p => (p.Note.Origin.Sentence.Index, Order: 0, Plan: (PlanNote?)p.Note, Phase: (PhaseNote?)null, p.Topics))
                .Concat(view.PhaseNotes.Select(p => (p.Note.Origin.Sentence.Index, Order: 1, Plan: (PlanNote?)null, Phase: (PhaseNote?)p.Note, p.Topics)))
                .OrderBy(s => s.Index).ThenBy(s => s.Order);
            foreach (var step in steps)
            {
                var topics = TopicIds.Of(step.Topics);
                if (step.Plan is { } plan)
                {
                    // The same subject announced again ("the ban") is the same plan, unless the topics say otherwise.
                    var name = plan.Announcement.Subject.ToLowerInvariant();
                    announced = _byName.GetValueOrDefault(name)?.FirstOrDefault(p => p.Topics.Count == 0 || topics.Length == 0 || p.Topics.Overlaps(topics));
                    if (announced is null)
                    {
                        announced = Open(SubjectWords.Of(plan.Announcement.Subject), view.SourceId, step.Index);
                        if (!_byName.TryGetValue(name, out var same))
                        {
                            _byName[name] = same = [];
                        }

                        same.Add(announced);
                        Record(() => same.RemoveAt(same.Count - 1));
                    }

                    announced.Add(plan, topics, Record);
                    continue;
                }

                var note = step.Phase!;
                if (note.Mention is { Number: 0, Part: { } part })
                {
                    // "Zone 7 residents may return": a part named by what it covers joins the newest plan with a part of that name.
                    if (NamedPart(_plans, part) is { } named)
                    {
                        named.Plan.Add(note with { Mention = note.Mention with { Number = named.Number } }, topics, Record);
                    }

                    continue;
                }

                var home = !note.Mention.Named && announced is not null && announced.Announcements[^1].Origin.Sentence.Index == step.Index
                    ? announced
                    : Best(_plans, note, topics, view.SourceId, announced);
                if (home is null)
                {
                    if (!note.Mention.Describes)
                    {
                        continue;
                    }

                    home = Open([], view.SourceId, step.Index);
                }

                home.Add(note, topics, Record);
            }
        }

        protected override IReadOnlyList<PhasePlan> Publish(List<PhasePlan> published) =>
            FoldOrder.Publish(
                _plans,
                published,
                (_, draft) => new PhasePlan(draft.Key, [.. draft.Announcements], [.. draft.Notes], TopicIds.Slugs(draft.Topics)),
                (draft, plan) => draft.Key == plan.Key && FoldOrder.SameElements(draft.Announcements, plan.Announcements)
                    && FoldOrder.SameElements(draft.Notes, plan.Notes) && TopicIds.AreSlugs(draft.Topics, plan.Topics));

        protected override bool Renames(TopicRelabel relabel, SourceView before, SourceView after) =>
            before.PhaseNotes.Count == after.PhaseNotes.Count && before.PlanNotes.Count == after.PlanNotes.Count
            && before.PhaseNotes.Zip(after.PhaseNotes).All(p => relabel.Renames(p.First.Topics, p.Second.Topics))
            && before.PlanNotes.Zip(after.PlanNotes).All(p => relabel.Renames(p.First.Topics, p.Second.Topics));

        /// <summary>A plan's notes name no topic; only a plan holding a renamed one is published again.</summary>
        protected override void Rename(TopicRelabel relabel, IReadOnlySet<int> renamed, IReadOnlySet<Ingest.Source> sources)
        {
            foreach (var plan in _plans)
            {
                plan.Touched |= plan.Topics.Overlaps(renamed);
            }
        }

        private Draft Open(IReadOnlyList<string> words, string sourceId, int sentence)
        {
            var plan = new Draft($"{sourceId}:{sentence}", words) { Touched = true };
            _plans.Add(plan);
            Record(() => _plans.RemoveAt(_plans.Count - 1));
            return plan;
        }

        private void Record(Action undo)
        {
            if (Journal.Recording)
            {
                Journal.Record(undo);
            }
        }
    }

    private static (Draft Plan, int Number)? NamedPart(List<Draft> plans, string part)
    {
        for (var i = plans.Count - 1; i >= 0; i--)
        {
            if (plans[i].Notes.FirstOrDefault(n => n.Mention.Describes && n.Mention.Part == part) is { } listed)
            {
                return (plans[i], listed.Mention.Number);
            }
        }

        return null;
    }

    private static Draft? Best(List<Draft> plans, PhaseNote note, int[] topics, string sourceId, Draft? announced)
    {
        var words = SubjectWords.Of(note.Origin.Sentence.Text);
        Draft? best = null;
        var bestScore = 1;
        foreach (var plan in plans)
        {
            var score = 0;
            if (plan == announced && note.Origin.Sentence.Index - plan.Announcements[^1].Origin.Sentence.Index <= NearbySentences && plan.Announcements[^1].Origin.Source.Id == sourceId)
            {
                score += 4;
            }

            if (plan.Words.Count > 0 && SubjectWords.Shared(plan.Words, words) > 0)
            {
                score += 3;
            }

            if (plan.Named && note.Mention.Named)
            {
                score += 2;
            }

            if (plan.Topics.Overlaps(topics))
            {
                score += 1;
            }

            var shared = plan.Notes.Where(n => n.Mention.Number == note.Mention.Number).Select(n => SubjectWords.Shared(words, SubjectWords.Of(n.Origin.Sentence.Text))).DefaultIfEmpty(0).Max();
            score += Math.Min(shared, 3);
            if (score > bestScore)
            {
                (best, bestScore) = (plan, score);
            }
        }

        return best;
    }

    /// <summary>A plan being folded; each change is journalled through the <c>record</c> it is given, to be undone newest first.</summary>
    private sealed class Draft(string key, IReadOnlyList<string> words) : IFoldDraft
    {
        private readonly List<PlanNote> _announcements = [];
        private readonly List<PhaseNote> _notes = [];
        private readonly HashSet<int> _topics = [];

        public string Key { get; } = key;

        public IReadOnlyList<string> Words { get; } = words;

        public bool Named { get; private set; }

        /// <summary>Changed since the fold last published its plans.</summary>
        public bool Touched { get; set; }

        public IReadOnlyList<PlanNote> Announcements => _announcements;

        public IReadOnlyList<PhaseNote> Notes => _notes;

        /// <summary>By number (<see cref="TopicIds"/>).</summary>
        public IReadOnlySet<int> Topics => _topics;

        public void Add(PlanNote announcement, int[] topics, Action<Action> record)
        {
            _announcements.Add(announcement);
            record(() => _announcements.RemoveAt(_announcements.Count - 1));
            AddTopics(topics, record);
        }

        public void Add(PhaseNote note, int[] topics, Action<Action> record)
        {
            _notes.Add(note);
            var named = Named;
            Named |= note.Mention.Named;
            record(() =>
            {
                _notes.RemoveAt(_notes.Count - 1);
                Named = named;
            });
            AddTopics(topics, record);
        }

        private void AddTopics(int[] topics, Action<Action> record)
        {
            Touched = true;
            foreach (var topic in topics)
            {
                if (_topics.Add(topic))
                {
                    record(() => _topics.Remove(topic));
                }
            }

            record(() => Touched = true);
        }
    }
}
