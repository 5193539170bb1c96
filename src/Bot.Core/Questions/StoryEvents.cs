using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Bot.Core.Analysis.Time;
using Bot.Core.Knowledge;

namespace Bot.Core.Questions;

/// <summary>A dated event as questions read it: whether its date is only when something was said, its clause's tense, and where its date stands in the sentence.</summary>
public sealed record StoryEvent(TimelineEvent Event, bool IsReportingDate, ClauseTense Tense, int Start, int Length)
{
    /// <summary>
    /// The date stands in a clause that gives a reason or a condition ("because Mereland holds an election on 17 May"):
    /// rarely the date of the event the sentence reports.
    /// </summary>
    public bool InSubordinateClause { get; init; }

    /// <summary>The words before the date give the date a plan had before it moved ("postponed from", "had been due by").</summary>
    public bool IsOldDate { get; init; }

    /// <summary>Another mention of the sentence holds this one's words and more ("Wednesday 14 October" holds "Wednesday").</summary>
    public bool IsInsideAnother { get; init; }

    /// <summary>Reported as done: past tense, or a date the report already looks back on.</summary>
    /// <remarks>
    /// A date after the report's own cannot have happened when it was written, whatever the verb ("has set Monday 14 September").
    /// </remarks>
    public bool HappenedWhenReported => Event.Origin.Source.Published is not { } published
        ? Tense == ClauseTense.Past
        : Event.Period.Start <= published && (Tense == ClauseTense.Past || (Tense == ClauseTense.Unknown && Event.Period.End < published));

    /// <summary>Forward-looking when reported: a deadline, a scheduled date, a plan; never a date already over when the report was written.</summary>
    public bool LooksAhead => !HappenedWhenReported && !IsVague && (Event.IsDeadline || Tense == ClauseTense.Future) && !EndedBeforeReport;

    /// <summary>Another mention whose words hold this one's and more ("Wednesday 14 October" holds "Wednesday").</summary>
    public bool Contains(StoryEvent other) =>
        !ReferenceEquals(this, other) && Length > other.Length && other.Length > 0 && Start <= other.Start && other.Start + other.Length <= Start + Length;

    /// <summary>Over before its report was written: in a plan, a misread date (a plan is never moved into the past).</summary>
    public bool EndedBeforeReport => Event.Origin.Source.Published is { } published && Event.Period.End < published;

    /// <summary>
    /// "This year", "this month": a month or a year that holds the report's own date, with no deadline in it, says
    /// little about when; a question's answer and what comes next are more precise dates.
    /// </summary>
    public bool IsVague =>
        Event.Role == Analysis.Time.TemporalRole.At && Event.Period.Granularity >= Analysis.Time.DateGranularity.Month
        && Event.Origin.Source.Published is { } published && Event.Period.Contains(published);
}

/// <summary>
/// The one place the questions code reads the story's events (today the knowledge's timeline and the analysis's
/// dated statements), so that a richer story model replaces this surface and nothing else.
/// </summary>
public static class StoryEvents
{
    public static StoryEvent Read(KnowledgeSnapshot snapshot, TimelineEvent e) =>
        Of(snapshot, e.Origin).FirstOrDefault(s => s.Event == e) ?? new StoryEvent(e, false, ClauseTense.Unknown, 0, 0);

    /// <summary>
    /// The date a newer report, read by <paramref name="today"/>, gave the item behind <paramref name="e"/> when it
    /// moved it ("moved the deadline for phase two from June 2027 to March 2028"); null when the date still stands, or
    /// when the new date was over before that report was written.
    /// </summary>
    /// <param name="item">The snapshot's item behind <paramref name="e"/>.</param>
    private static StoryEvent? MovedTo(KnowledgeSnapshot snapshot, StoryEvent e, StoryItem? item, DateOnly today) =>
        item is not null && item.StateAt(today) is { Date: { } current } state
        && current.Due != e.Event.Due && state.Reported > e.Event.Origin.Source.Published && Read(snapshot, current) is { EndedBeforeReport: false } moved
            ? moved
            : null;

    /// <summary>
    /// The events of each sentence as questions read them, built the first time a question reads the sentence and kept
    /// while its source's view lives (keyed by the view's list of the sentence's events): the best sentences of a story
    /// come up for question after question, and what they say does not change with the question.
    /// </summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<TimelineEvent>, SentenceEvents> Cached = new();

    private static readonly char[] ClauseBreaks = [',', ';', '—', '–', ':'];

    private static Regex SubordinateRegex() => SubordinateRegexField.Value;
    private static readonly Lazy<Regex> SubordinateRegexField = new(() => new Regex(@"\b(?:because|as|since|after|if|unless|when|while)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    public static IReadOnlyList<StoryEvent> Of(KnowledgeSnapshot snapshot, SourceSentence sentence) =>
        CachedOf(snapshot, sentence)?.Events ?? [];

    /// <summary>
    /// The events of the sentence with, for each in the same order, the date a newer report moved it to as of
    /// <paramref name="today"/> (null where none, see <see cref="MovedTo"/>): a question weighs every date of its
    /// passages, and the sentence's cache keeps these for the snapshot and the day that read them last, so that question
    /// after question does not look each up among all the story's items again.
    /// </summary>
    public static (IReadOnlyList<StoryEvent> Events, IReadOnlyList<StoryEvent?> MovedTo) Dated(KnowledgeSnapshot snapshot, SourceSentence sentence, DateOnly today) =>
        CachedOf(snapshot, sentence) is { } cached ? (cached.Events, cached.MovedIn(snapshot, today)) : ([], []);

    private static SentenceEvents? CachedOf(KnowledgeSnapshot snapshot, SourceSentence sentence)
    {
        var events = snapshot.EventsOf(sentence);
        if (events.Count == 0)
        {
            return null;
        }

        if (Cached.TryGetValue(events, out var read))
        {
            return read;
        }

        read = new SentenceEvents(Build(snapshot, sentence, events));
        Cached.AddOrUpdate(events, read);
        return read;
    }

    private static StoryEvent[] Build(KnowledgeSnapshot snapshot, SourceSentence sentence, IReadOnlyList<TimelineEvent> events)
    {
        var statements = snapshot.Analyses.TryGetValue(sentence.Source.Id, out var analysis)
            ? analysis.Statements.Where(s => s.SentenceIndex == sentence.Sentence.Index).ToList()
            : [];
        var text = sentence.Sentence.Text;
        StoryEvent[] read = [.. events.Select(e =>
        {
            var mention = statements.FirstOrDefault(s => s.Mention.Period == e.Period && s.Mention.Role == e.Role)?.Mention;
            var start = mention?.Start ?? 0;
            var before = text[..Math.Min(start, text.Length)];
            return new StoryEvent(e, mention?.IsReportingDate ?? false, mention?.Tense ?? ClauseTense.Unknown, start, mention?.Length ?? 0)
            {
                // Only the date's own clause: in "Because of the later launch, the landing would now take place on
                // Wednesday 14 October" the date is in the main clause.
                InSubordinateClause = SubordinateRegex().IsMatch(before[(before.LastIndexOfAny(ClauseBreaks) + 1)..]),
                IsOldDate = Supersession.MarksOldDate(before),
            };
        })];
        for (var i = 0; i < read.Length; i++)
        {
            if (read.Any(o => o.Contains(read[i])))
            {
                read[i] = read[i] with { IsInsideAnother = true };
            }
        }

        return read;
    }

    /// <summary>
    /// A sentence's events, shared by every snapshot that holds the sentence's view, and the dates newer reports moved
    /// them to in the snapshot and on the day that read them last. A source's view outlives snapshots while items change
    /// between them (a newer report joins or moves one), so the moves are kept only with a weak reference to their
    /// snapshot, which an old snapshot does not outlive: a reader from another snapshot or day works them out again and
    /// replaces them. Readers on other threads each see a complete set (it is swapped whole), at worst their own.
    /// </summary>
    private sealed class SentenceEvents(StoryEvent[] events)
    {
        private MovesOfSnapshot? _moves;

        public StoryEvent[] Events => events;

        public StoryEvent?[] MovedIn(KnowledgeSnapshot snapshot, DateOnly today)
        {
            if (Volatile.Read(ref _moves) is { } kept && kept.Today == today && kept.Snapshot.TryGetTarget(out var keptFor) && ReferenceEquals(keptFor, snapshot))
            {
                return kept.Moved;
            }

            var moved = new StoryEvent?[events.Length];
            for (var i = 0; i < events.Length; i++)
            {
                moved[i] = MovedTo(snapshot, events[i], snapshot.ItemOf(events[i].Event), today);
            }

            Volatile.Write(ref _moves, new MovesOfSnapshot(new WeakReference<KnowledgeSnapshot>(snapshot), today, moved));
            return moved;
        }

        private sealed record MovesOfSnapshot(WeakReference<KnowledgeSnapshot> Snapshot, DateOnly Today, StoryEvent?[] Moved);
    }
}
