using Bot.Core.Analysis;
using Bot.Core.Ingest;

namespace Bot.Core.Knowledge;

/// <summary>A sentence of a source, as answers quote it.</summary>
public sealed record SourceSentence(Source Source, TextSentence Sentence)
{
    /// <summary>
    /// By the source's id and the sentence's place in it, which equal sentences share: the generated hash would hash
    /// the source's whole text, once per sentence an answer groups or looks up.
    /// </summary>
    public override int GetHashCode() => HashCode.Combine(Source.Id, Sentence.Index);
}
