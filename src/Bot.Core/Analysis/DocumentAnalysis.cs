using Bot.Core.Analysis.Time;
using Bot.Core.Ingest;

namespace Bot.Core.Analysis;

/// <summary>A sentence that names a period: the raw material of timeline events and deadlines.</summary>
public sealed record DatedStatement(int SentenceIndex, TemporalMention Mention, string What);

/// <summary>One step of a plan the text lays out ("full coalition exit ... by September 2025").</summary>
public sealed record Phase(int Number, string Description, TemporalMention? Due);

/// <summary>A sentence that lays out phases or stages, and the phases in order.</summary>
public sealed record PhasePlan(string Subject, int SentenceIndex, IReadOnlyList<Phase> Phases);

/// <summary>Everything analysis reads out of one source. Pure data; the knowledge merges many of these.</summary>
public sealed record DocumentAnalysis(
    Source Source,
    IReadOnlyList<TextSentence> Sentences,
    IReadOnlyList<TopicMention> Topics,
    IReadOnlyList<DatedStatement> Statements,
    IReadOnlyList<PhasePlan> Phases)
{
    /// <summary>The names in the source's title: what the source is chiefly about.</summary>
    public IReadOnlyList<TopicMention> TitleTopics { get; init; } = [];

    /// <summary>Relative expressions that could not be resolved because the source has no published date.</summary>
    public int UnresolvedDates { get; init; }
}
