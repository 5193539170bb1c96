namespace Bot.Core.Analysis.Time;

/// <summary>Finds and resolves temporal expressions in one sentence against its document's published date.</summary>
public static class TemporalTagger
{
    /// <param name="sentence">One normalised sentence.</param>
    /// <param name="published">The document's published date; null leaves relative expressions unresolved.</param>
    public static IReadOnlyList<TemporalMention> Tag(string sentence, DateOnly? published) =>
        throw new NotImplementedException("Being written on the text-primitives branch.");
}
