using Bot.Core.Analysis.Time;
using Bot.Core.Ingest;

namespace Bot.Core.Analysis;

/// <summary>A sentence that names a period: the raw material of timeline events and deadlines.</summary>
public sealed record DatedStatement(int SentenceIndex, TemporalMention Mention, string What)
{
    public EventKind Kind { get; init; } = EventKind.Happened;

    /// <summary>The phase, named by its ordinal, whose date this is ("phase three … remains set for December 2028").</summary>
    public int? PhaseNumber { get; init; }

    /// <summary>The date ends something ("expires on Sept. 30", "runs until June"): what an extension can lengthen.</summary>
    public bool IsEnd { get; init; }
}

/// <summary>Everything analysis reads out of one source. Pure data; the knowledge merges many of these.</summary>
public sealed record DocumentAnalysis(
    Source Source,
    IReadOnlyList<TextSentence> Sentences,
    IReadOnlyList<TopicMention> Topics,
    IReadOnlyList<DatedStatement> Statements)
{
    /// <summary>The names in the source's title: what the source is chiefly about.</summary>
    public IReadOnlyList<TopicMention> TitleTopics { get; init; } = [];

    /// <summary>Relative expressions that could not be resolved because the source has no published date.</summary>
    public int UnresolvedDates { get; init; }

    /// <summary>Sentences that announce a plan of phases.</summary>
    public IReadOnlyList<PlanAnnouncement> Plans { get; init; } = [];

    /// <summary>What each sentence says of a phase, in text order.</summary>
    public IReadOnlyList<PhaseMention> Phases { get; init; } = [];

    /// <summary>Sentences that move, cancel, complete or miss a date.</summary>
    public IReadOnlyList<StoryUpdate> Updates { get; init; } = [];

    /// <summary>Sentences that point back to what an earlier sentence named (<see cref="ReferBack"/>).</summary>
    public IReadOnlySet<int> RefersBack { get; init; } = new HashSet<int>();
}
