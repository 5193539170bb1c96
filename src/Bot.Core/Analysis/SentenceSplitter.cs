namespace Bot.Core.Analysis;

/// <summary>One sentence of a document, in document order, with the paragraph it belongs to.</summary>
public sealed record TextSentence(int Index, int Paragraph, string Text);

/// <summary>Splits normalised document text into paragraphs and sentences.</summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<TextSentence> Split(string normalizedText) =>
        throw new NotImplementedException("Being written on the text-primitives branch.");
}
