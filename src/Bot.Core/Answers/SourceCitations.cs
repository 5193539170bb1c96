using Bot.Core.Ingest;
using Bot.Core.Knowledge;

namespace Bot.Core.Answers;

/// <summary>
/// How a source and one of its sentences are cited in an answer. Here, in the answers, so that ingest and knowledge
/// know nothing of how they are quoted (the dependency runs one way: answers read knowledge).
/// </summary>
public static class SourceCitations
{
    extension(Source source)
    {
        public SourceReference Reference => new(source.Id, source.Title, source.Published, source.Origin, source.Url);
    }

    extension(SourceSentence origin)
    {
        public Quote ToQuote() => new(origin.Sentence.Text, origin.Source.Reference);
    }
}
