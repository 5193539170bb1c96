using Bot.Core.Answers;
using Bot.Core.Commands.Catalog;
using Bot.Core.Knowledge;

namespace Bot.Core.Questions;

/// <summary>
/// "Is / has / did ... (done, begun)?": where the event asked about stands, from the newest report that dates it:
/// reported as done; still ahead; or due on a date that has passed with no later report saying it happened.
/// </summary>
public sealed class StatusAnswerer : IQuestionAnswerer
{
    public QuestionKind Kind => QuestionKind.Status;

    public Answer? Answer(QuestionContext context)
    {
        var evidence = new List<Evidence<StoryEvent>>();
        foreach (var passage in context.Passages)
        {
            foreach (var found in StoryEvents.Of(context.Snapshot, passage.Sentence).Where(f => !f.IsReportingDate))
            {
                evidence.Add(new Evidence<StoryEvent>(found, passage.Sentence, passage.Relevance));
            }
        }

        var ordered = EvidenceOrder.NewestLeading(evidence);
        if (ordered.Count == 0)
        {
            return null;
        }

        var lead = ordered[0];
        var e = lead.Value.Event;
        var reported = lead.Sentence.Source.Published is { } published ? StoryClock.Describe(published) : "in an undated report";
        var headline = lead.Value.HappenedWhenReported
            ? $"Yes, as reported {reported}: {e.What} ({e.DescribeWhen()})"
            : e.TimingAt(context.Clock.Today) == EventTiming.Past
                ? $"It was due {e.DescribeWhen()}, which has passed; no later report says whether it happened: {e.What}"
                : $"Not yet, as of the newest report ({reported}): {context.Clock.When(e)}: {e.What}";
        var items = new List<AnswerItem>(EvidenceOrder.Quoted(EvidenceOrder.Reported(lead.Sentence, null), lead.Sentence, context.Snapshot));
        items.AddRange(ordered.Skip(1).Where(o => o.Sentence.Source.Id != lead.Sentence.Source.Id).Take(2)
            .Select(o => new AnswerItem($"{EvidenceOrder.Reported(o.Sentence, lead.Published)} {context.Clock.When(o.Value.Event)}", o.Sentence.ToQuote())));
        return new Answer(headline, items);
    }
}
