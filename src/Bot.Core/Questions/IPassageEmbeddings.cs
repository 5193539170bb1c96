namespace Bot.Core.Questions;

/// <summary>A sentence of a source, by its place: what semantic retrieval returns.</summary>
public readonly record struct SentenceKey(string SourceId, int Index);

/// <summary>
/// Semantic retrieval: the sentences nearest a question in meaning, by sentence embeddings computed at ingest.
/// Optional: <see cref="PassageRetriever"/> fuses it with BM25 when one is registered and <see cref="IsReady"/>.
/// </summary>
public interface IPassageEmbeddings
{
    /// <summary>False while the model loads; answers use BM25 alone until then.</summary>
    bool IsReady { get; }

    IReadOnlyList<SentenceKey> Nearest(string question, int limit);
}
