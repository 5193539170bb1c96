using Bot.Core.Analysis.Time;
using System.Text.RegularExpressions;
using Bot.Core.Answers;
using Bot.Core.Commands.Catalog;
using Bot.Core.Knowledge;

namespace Bot.Core.Questions;

/// <summary>
/// "Is / has / did ... (done, begun)?": where the thing asked about stands in the newest report that speaks of it:
/// said to be done, begun, cancelled or decided ("is complete", "lifted off", "backed the deal", "called off"); else
/// by the date it is due: still ahead, or passed with no later report saying it happened.
/// </summary>
public sealed partial class StatusAnswerer : IQuestionAnswerer
{
    private static Regex SettledRegex() => SettledRegexField.Value;
    private static readonly Lazy<Regex> SettledRegexField = new(() => new Regex(
        @"\b(?:is|was|are|were|has\s+been|have\s+been)\s+(?:now\s+)?(?:complete|completed|finished|over|done|ended|under\s+way|underway|cancelled|canceled|called\s+off|scrapped|dropped|postponed|delayed|approved|accepted|rejected|signed)\b|\b(?:completed|finished|ended|concluded|began|started|opened|launched|lifted\s+off|took\s+effect|took\s+place|backed|accepted|rejected|approved|cancelled|canceled|called\s+off|scrapped|withdrew|left)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    private const double CloseToBest = 0.6;

    public QuestionKind Kind => QuestionKind.Status;

    public Answer? Answer(QuestionContext context)
    {
        if (PhaseQuestion.Status(context) is { } phase)
        {
            return phase;
        }

        // The newest report that says, among the well-matched passages, that it is settled.
        var settled = context.Passages
            .Where(p => p.Relevance >= CloseToBest && SettledRegex().IsMatch(p.Sentence.Sentence.Text))
            .OrderByDescending(p => p.Published ?? DateOnly.MinValue).ThenByDescending(p => p.Relevance)
            .FirstOrDefault();
        var evidence = new List<Evidence<StoryEvent>>();
        foreach (var passage in context.Passages)
        {
            foreach (var found in StoryEvents.Of(context.Snapshot, passage.Sentence).Where(f => !f.IsReportingDate))
            {
                evidence.Add(new Evidence<StoryEvent>(found, passage.Sentence, passage.Relevance));
            }
        }

        var ordered = EvidenceOrder.NewestLeading(evidence);
        if (settled is not null && (ordered.Count == 0 || !(ordered[0].Sentence.Source.Published > settled.Published) || ordered[0].Value.HappenedWhenReported))
        {
            var sentence = settled.Sentence;
            var items = new List<AnswerItem>(EvidenceOrder.Quoted(EvidenceOrder.Reported(sentence, null), sentence, context.Snapshot));
            var events = StoryEvents.Of(context.Snapshot, sentence).Where(e => !e.IsReportingDate).ToList();
            var when = events.Count > 0 ? $" ({events[0].Event.DescribeWhen()})" : "";
            return new Answer($"As reported {Reported(sentence)}: {sentence.Sentence.Text.TrimEnd('.')}{when}", [.. items, .. Earlier(context, ordered, sentence)]);
        }

        if (ordered.Count == 0)
        {
            return null;
        }

        var lead = ordered[0];
        var e = lead.Value.Event;
        var headline = lead.Value.HappenedWhenReported
            ? $"Yes, as reported {Reported(lead.Sentence)}: {e.What} ({e.DescribeWhen()})"
            : e.TimingAt(context.Clock.Today) == EventTiming.Past
                ? $"It was due {e.DescribeWhen()}, which has passed; no later report says whether it happened: {e.What}"
                : $"Not yet, as of the newest report ({Reported(lead.Sentence)}): {context.Clock.When(e)}: {e.What}";
        var leadItems = new List<AnswerItem>(EvidenceOrder.Quoted(EvidenceOrder.Reported(lead.Sentence, null), lead.Sentence, context.Snapshot));
        return new Answer(headline, [.. leadItems, .. Earlier(context, ordered, lead.Sentence)]);
    }

    private static IEnumerable<AnswerItem> Earlier(QuestionContext context, List<Evidence<StoryEvent>> ordered, SourceSentence lead) =>
        ordered.Where(o => o.Sentence.Source.Id != lead.Source.Id).Take(2)
            .Select(o => new AnswerItem($"{EvidenceOrder.Reported(o.Sentence, lead.Source.Published)} {context.Clock.When(o.Value.Event)}", o.Sentence.ToQuote()));

    private static string Reported(SourceSentence sentence) =>
        sentence.Source.Published is { } published ? DateWording.Date(published) : "in an undated report";
}
