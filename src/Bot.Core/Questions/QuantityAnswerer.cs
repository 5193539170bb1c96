using Bot.Core.Answers;
using Bot.Core.Commands.Catalog;

namespace Bot.Core.Questions;

/// <summary>
/// "How many / how much ...?": the figure for the thing asked about, in the sentence that gives it, with its date;
/// the same thing's figures in other reports follow ("2,500 (31 Dec 2025); about 2,000 (report of …)"). The
/// thing counted may be named only in a neighbouring sentence ("Some 1,200 were freed. The prisoners ..."), so a
/// figure is scored by its passage, and most when the thing counted stands in its own sentence.
/// </summary>
public sealed class QuantityAnswerer(Search.SentenceSearchIndex index, QuestionVocabulary vocabulary) : IQuestionAnswerer
{
    private const double CountedInSentence = 1.5, CountedNearby = 1.15;
    private const int MaxOthers = 3;

    public QuestionKind Kind => QuestionKind.Quantity;

    public Answer? Answer(QuestionContext context)
    {
        var counted = index.Terms(context.Question.Focus).SelectMany(t => vocabulary.Related(t).Append(t)).ToHashSet(StringComparer.Ordinal);
        var evidence = new List<Evidence<Figure>>();
        var seen = new HashSet<(string, int)>();
        foreach (var passage in context.Passages)
        {
            foreach (var sentence in passage.Sentences())
            {
                if (!seen.Add((sentence.Source.Id, sentence.Sentence.Index)) || Figures.In(sentence.Sentence.Text) is not { Count: > 0 } figures)
                {
                    continue;
                }

                var own = index.Terms(sentence.Sentence.Text);
                var names = own.Any(counted.Contains) ? CountedInSentence
                    : passage.Sentences().Any(s => index.Terms(s.Sentence.Text).Any(counted.Contains)) ? CountedNearby
                    : 1;
                var weight = sentence == passage.Sentence ? 1 : 0.8;
                evidence.Add(new Evidence<Figure>(figures[0], sentence, passage.Relevance * weight * names));
            }
        }

        var ordered = EvidenceOrder.NewestLeading(evidence);
        if (ordered.Count == 0)
        {
            return null;
        }

        var lead = ordered[0];
        var others = ordered.Skip(1).Where(o => o.Sentence.Source.Id != lead.Sentence.Source.Id && o.Score >= lead.Score * 0.5).Take(MaxOthers).ToList();
        var headline = string.Join("; ", new[] { lead }.Concat(others).Select(e => $"{e.Value.Text} ({Dated(e, lead)})"));
        var items = new List<AnswerItem>();
        items.AddRange(EvidenceOrder.Quoted(EvidenceOrder.Reported(lead.Sentence, null), lead.Sentence, context.Snapshot));
        if (context.Snapshot.Sentence(lead.Sentence.Source.Id, lead.Sentence.Sentence.Index + 1) is { } next && next.Sentence.Paragraph == lead.Sentence.Sentence.Paragraph
            && !index.Terms(lead.Sentence.Sentence.Text).Any(counted.Contains) && index.Terms(next.Sentence.Text).Any(counted.Contains))
        {
            items.Add(new AnswerItem("It goes on:", next.ToQuote()));
        }

        items.AddRange(others.Select(o => new AnswerItem(EvidenceOrder.Reported(o.Sentence, lead.Published), o.Sentence.ToQuote())));
        return new Answer(headline, items);
    }

    private static string Dated(Evidence<Figure> e, Evidence<Figure> lead) =>
        e.Sentence.Source.Published is not { } published ? "undated report"
        : e == lead ? StoryClock.Describe(published)
        : published < lead.Published ? $"earlier report of {StoryClock.Describe(published)}"
        : $"report of {StoryClock.Describe(published)}";
}
