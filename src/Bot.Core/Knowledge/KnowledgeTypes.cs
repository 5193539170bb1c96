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

    /// <summary>"by September 2025", "until the end of 2026", "week of 5 January 2026".</summary>
    public string DescribeWhen() => Role switch
    {
        TemporalRole.By => "by " + (Period.Granularity == DateGranularity.Year ? "the end of " : "") + Period.Describe(),
        TemporalRole.Until => "until " + (Period.Granularity is DateGranularity.Year or DateGranularity.Month ? "the end of " : "") + Period.Describe(),
        _ => Period.Describe(),
    };
}

/// <summary>A plan of phases as one source lays it out.</summary>
public sealed record PhaseSet(string Subject, IReadOnlyList<Phase> Phases, SourceSentence Origin, IReadOnlyList<string> TopicSlugs);
