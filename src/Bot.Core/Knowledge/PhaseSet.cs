using Bot.Core.Analysis;

namespace Bot.Core.Knowledge;

/// <summary>A plan of phases as one source lays it out.</summary>
public sealed record PhaseSet(string Subject, IReadOnlyList<Phase> Phases, SourceSentence Origin, IReadOnlyList<string> TopicSlugs);
