using Bot.Core.Analysis.Time;

namespace Bot.Core.Knowledge;

/// <summary>Where an event stands against the clock.</summary>
public enum EventTiming
{
    Past,
    Current,
    Ahead,
}

/// <summary>A dated statement of a source, with the topics its sentence names.</summary>
public sealed record TimelineEvent(DatePeriod Period, TemporalRole Role, string What, SourceSentence Origin, IReadOnlyList<string> TopicSlugs)
{
    /// <summary>The day the event is filed under: a deadline's last day, otherwise the period's first.</summary>
    public DateOnly Due => Role == TemporalRole.At ? Period.Start : Period.End;

    /// <summary>Forward-looking when written: a deadline, or a period after the source's publication.</summary>
    public bool IsDeadline => Role != TemporalRole.At || (Origin.Source.Published is { } published && Period.Start > published);

    public EventTiming TimingAt(DateOnly today) =>
        Period.End < today ? EventTiming.Past
        : Role == TemporalRole.At && Period.Start > today ? EventTiming.Ahead
        : Role != TemporalRole.At ? EventTiming.Ahead
        : EventTiming.Current;

    /// <summary>"by September 2025", "until the end of 2026", "week of 5 January 2026" (<see cref="DateWording.When"/>).</summary>
    public string DescribeWhen() => DateWording.When(Period, Role);
}
