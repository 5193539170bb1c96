using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Questions;

/// <summary>
/// A question of no kind the bot knows: the best passages, quoted. When the best is a question the text itself asks
/// as a heading, the answer is the paragraph that follows it.
/// </summary>
public sealed class SearchAnswerer : IQuestionAnswerer
{
    private const int MaxQuotes = 3;

    public QuestionKind Kind => QuestionKind.Search;

    public Answer? Answer(QuestionContext context)
    {
        var snapshot = context.Snapshot;
        var best = context.Passages[0];
        if (FollowingParagraph(snapshot, best.Sentence) is { Count: > 0 } paragraph)
        {
            return new Answer(best.Sentence.Sentence.Text, [.. paragraph.Select(s => new AnswerItem("The source answers:", s.ToQuote()))]);
        }

        var quotes = new List<SourceSentence>();
        foreach (var passage in context.Passages.Where(p => !IsHeading(snapshot, p.Sentence)))
        {
            if (quotes.Count < MaxQuotes && !quotes.Contains(passage.Sentence))
            {
                quotes.Add(passage.Sentence);
            }
        }

        var lead = quotes.Select(q => q.Source.Published).Max();
        return new Answer("From the sources:", [.. quotes.Select(q => new AnswerItem(EvidenceOrder.Reported(q, lead), q.ToQuote()))]);
    }

    private static bool IsHeading(KnowledgeSnapshot snapshot, SourceSentence sentence) =>
        Search.SentenceSearchIndex.IsHeading(snapshot.Analyses[sentence.Source.Id].Sentences, sentence.Sentence);

    /// <summary>A sentence that is a question and a paragraph of its own is a heading; its answer is the next paragraph.</summary>
    private static List<SourceSentence>? FollowingParagraph(KnowledgeSnapshot snapshot, SourceSentence sentence)
    {
        if (!IsHeading(snapshot, sentence))
        {
            return null;
        }

        var analysis = snapshot.Analyses[sentence.Source.Id];
        var next = analysis.Sentences.Where(s => s.Paragraph > sentence.Sentence.Paragraph).Select(s => s.Paragraph).DefaultIfEmpty(-1).Min();
        return [.. analysis.Sentences.Where(s => s.Paragraph == next).Select(s => new SourceSentence(analysis.Source, s))];
    }
}
