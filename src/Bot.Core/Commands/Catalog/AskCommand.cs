using Bot.Core.Analysis.Time;
using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Commands.Catalog;

/// <summary>
/// /ask &lt;question&gt; (and any message ending in "?"): full-text search over the sources' sentences and
/// paragraphs. When the best match is a question the text itself asks as a heading, the answer is the paragraph
/// that follows it.
/// </summary>
public sealed class AskCommand(KnowledgeBase knowledge) : IChatCommand
{
    private const int MaxQuotes = 3;

    public static CommandDescriptor Definition { get; } = new("ask", "Ask a question; the answer quotes the sources", new CommandArgument("question", "Your question", Required: true) { MaxLength = 1000 });

    public CommandDescriptor Descriptor => Definition;

    public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var question = request.Argument;
        var snapshot = knowledge.Current;
        if (knowledge.Search.Terms(question).Count == 0)
        {
            return ValueTask.FromResult(Answer.Short("Ask me something more specific: name a place, a person, an agreement or an event.", AnswerKind.Problem));
        }

        var hits = knowledge.Search.Search(question, 12)
            .Where(h => snapshot.Analyses.ContainsKey(h.SourceId))
            .ToList();
        if (hits.Count == 0)
        {
            return ValueTask.FromResult(Answer.Short("I found nothing about that in the sources. Try /topics or /timeline."));
        }

        var best = hits.FirstOrDefault(h => !h.IsParagraph);
        if (best is not null && FollowingParagraph(snapshot, best) is { Count: > 0 } answerParagraph)
        {
            var heading = snapshot.Sentence(best.SourceId, best.Index)!;
            return ValueTask.FromResult(new Answer(heading.Sentence.Text, [.. answerParagraph.Select(s => new AnswerItem("The source answers:", s.ToQuote()))]));
        }

        var quotes = new List<SourceSentence>();
        foreach (var hit in hits)
        {
            var sentences = hit.IsParagraph
                ? snapshot.Analyses[hit.SourceId].Sentences.Where(s => s.Paragraph == hit.Index).Select(s => new SourceSentence(snapshot.Analyses[hit.SourceId].Source, s))
                : [snapshot.Sentence(hit.SourceId, hit.Index)!];
            foreach (var sentence in sentences.Take(2))
            {
                if (quotes.Count < MaxQuotes && !quotes.Any(q => q.Source.Id == sentence.Source.Id && q.Sentence.Index == sentence.Sentence.Index))
                {
                    quotes.Add(sentence);
                }
            }
        }

        return ValueTask.FromResult(new Answer("From the sources:", [.. quotes.Select(q => new AnswerItem(Dated(q), q.ToQuote()))]));
    }

    /// <summary>A sentence that is a question and a paragraph of its own is a heading; its answer is the next paragraph.</summary>
    private static List<SourceSentence>? FollowingParagraph(KnowledgeSnapshot snapshot, Search.SearchHit hit)
    {
        var analysis = snapshot.Analyses[hit.SourceId];
        var sentence = analysis.Sentences[hit.Index];
        if (!sentence.Text.TrimEnd().EndsWith('?') || analysis.Sentences.Count(s => s.Paragraph == sentence.Paragraph) != 1)
        {
            return null;
        }

        var next = analysis.Sentences.Where(s => s.Paragraph > sentence.Paragraph).Select(s => s.Paragraph).DefaultIfEmpty(-1).Min();
        return [.. analysis.Sentences.Where(s => s.Paragraph == next).Select(s => new SourceSentence(analysis.Source, s))];
    }

    private static string Dated(SourceSentence quote) =>
        quote.Source.Published is { } published ? $"Reported {DateWording.Date(published)}:" : "Reported (undated):";
}
