using Bot.Core.Analysis;
using Bot.Core.Ingest;

namespace Bot.Core.Knowledge;

/// <summary>A sentence of a source, as answers quote it.</summary>
public sealed record SourceSentence(Source Source, TextSentence Sentence);
