using Bot.Core.Knowledge;

namespace Bot.Core.Questions;

/// <summary>
/// A sentence found for a question, with its neighbours in the same paragraph (either may be null), and how well
/// it matched: <see cref="Relevance"/> is 1 for the best passage of the question and less for the others.
/// </summary>
public sealed record Passage(SourceSentence Sentence, SourceSentence? Before, SourceSentence? After, double Relevance)
{
    public string SourceId => Sentence.Source.Id;

    public DateOnly? Published => Sentence.Source.Published;

    /// <summary>The sentence and its neighbours, in text order.</summary>
    public IEnumerable<SourceSentence> Sentences()
    {
        if (Before is not null)
        {
            yield return Before;
        }

        yield return Sentence;
        if (After is not null)
        {
            yield return After;
        }
    }
}
