using Bot.Core.Analysis;
using Bot.Core.Analysis.Time;

namespace Bot.Core.Knowledge;

/// <summary>Where an event stands against the clock.</summary>
public enum EventTiming
{
    Past,
    Current,
    Ahead,
}

/// <summary>A dated statement of a source, with its kind and the topics its sentence names.</summary>
public sealed record TimelineEvent(DatePeriod Period, TemporalRole Role, string What, SourceSentence Origin, IReadOnlyList<string> TopicSlugs)
{
    private readonly EventKind? _kind;
    private IReadOnlyList<string>? _subject;

    /// <summary>The day the event is filed under: a deadline's or a window's last day (<see cref="DatePeriod.IsWindow"/>), otherwise the period's first.</summary>
    public DateOnly Due => Role == TemporalRole.At && !Period.IsWindow ? Period.Start : Period.End;

    /// <summary>Statement, happened, scheduled, deadline or phase; when not given, read from the role and the report's date.</summary>
    public EventKind Kind
    {
        get => _kind ?? (Role != TemporalRole.At ? EventKind.Deadline
            : Origin.Source.Published is { } published && Period.Start > published ? EventKind.Scheduled
            : EventKind.Happened);
        init => _kind = value;
    }

    /// <summary>What the event is about (<see cref="SubjectWords"/>), to recognise it in other reports.</summary>
    public IReadOnlyList<string> Subject
    {
        get => _subject ?? SubjectWords.Of(What);
        init => _subject = value;
    }

    /// <summary>The date ends something ("expires on Sept. 30", "runs until June"): what an extension can lengthen.</summary>
    public bool IsEnd { get; init; }

    /// <summary>The change this event's date is the new date of ("postponed to Friday"), if any.</summary>
    public StoryUpdate? Update { get; init; }

    /// <summary>Forward-looking when written: a scheduled event, a deadline or a phase's date.</summary>
    public bool IsDeadline => Kind.LooksForward();

    /// <summary>Where the event was said and what date it names: its identity within the knowledge.</summary>
    public EventKey Key => new(Origin.Source.Id, Origin.Sentence.Index, Period, Role);

    /// <summary>Still to come on <paramref name="today"/>: not passed, and not a whole year already under way ("this year" says when, not what is next).</summary>
    public bool IsStillAhead(DateOnly today) => TimingAt(today) switch
    {
        EventTiming.Past => false,
        EventTiming.Current => !(Role == TemporalRole.At && Period.Granularity == DateGranularity.Year),
        _ => true,
    };

    public EventTiming TimingAt(DateOnly today) =>
        Period.End < today ? EventTiming.Past
        : Role == TemporalRole.At && Period.Start > today ? EventTiming.Ahead
        : Role != TemporalRole.At ? EventTiming.Ahead
        : EventTiming.Current;

    /// <summary>"by September 2025", "until the end of 2026", "week of 5 January 2026" (<see cref="DateWording.When"/>).</summary>
    public string DescribeWhen() => DateWording.When(Period, Role);
}

/// <summary>An event's identity: the sentence that gives it and the date it names (its whole period, start and end).</summary>
public readonly record struct EventKey(string SourceId, int Sentence, DatePeriod Period, TemporalRole Role);
