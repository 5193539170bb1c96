using Bot.Core.Analysis;
using Bot.Core.Analysis.Time;
using Bot.Core.Ingest;

namespace Bot.Core.Knowledge;

/// <summary>A named thing the story is about, under one slug, with every way the sources write it.</summary>
public sealed record Topic(string Slug, string Name, TopicKind Kind, IReadOnlyList<string> Aliases, int Mentions);

/// <summary>A sentence of a source, as answers quote it.</summary>
public sealed record SourceSentence(Source Source, TextSentence Sentence);

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

    /// <summary>The day the event is filed under: a deadline's last day, otherwise the period's first.</summary>
    public DateOnly Due => Role == TemporalRole.At ? Period.Start : Period.End;

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

    /// <summary>The change this event's date is the new date of ("postponed to Friday"), if any.</summary>
    public StoryUpdate? Update { get; init; }

    /// <summary>Forward-looking when written: a scheduled event, a deadline or a phase's date.</summary>
    public bool IsDeadline => Kind.LooksForward();

    /// <summary>Where the event was said and what date it names: its identity within the knowledge.</summary>
    public EventKey Key => new(Origin.Source.Id, Origin.Sentence.Index, Period.Start, Period.Granularity, Role);

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

    /// <summary>"by September 2025", "until the end of 2026", "week of 5 January 2026".</summary>
    public string DescribeWhen() => Role switch
    {
        TemporalRole.By => "by " + (Period.Granularity == DateGranularity.Year ? "the end of " : "") + Period.Describe(),
        TemporalRole.Until => "until " + (Period.Granularity is DateGranularity.Year or DateGranularity.Month ? "the end of " : "") + Period.Describe(),
        _ => Period.Describe(),
    };
}

/// <summary>An event's identity: the sentence that gives it and the date it names.</summary>
public readonly record struct EventKey(string SourceId, int Sentence, DateOnly Start, DateGranularity Granularity, TemporalRole Role);

/// <summary>The view as of a day holds only the reports published by then: a later one has not been read yet.</summary>
public static class AsOf
{
    /// <summary>Published on or before <paramref name="today"/>; an undated source counts as read.</summary>
    public static bool IsReadBy(this Source source, DateOnly today) => source.Published is not { } published || published <= today;
}
