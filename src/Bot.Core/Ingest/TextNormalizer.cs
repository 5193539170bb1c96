namespace Bot.Core.Ingest;

/// <summary>Repairs what real news text does to words, quotes and spacing, so that analysis sees clean text.</summary>
public static class TextNormalizer
{
    public static string Normalize(string raw) =>
        throw new NotImplementedException("Being written on the text-primitives branch.");
}
