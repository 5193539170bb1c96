using System.Text.RegularExpressions;
using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Questions;

/// <summary>
/// "When ...?": the resolved date of the event asked about (day, week, month or year, as the text gives it),
/// ahead or passed as of today, never the report's own date. Dates the question's tense points to are preferred:
/// "when will" looks for a date still to come when reported, "when did" for one that had happened.
/// </summary>
public sealed partial class WhenAnswerer : IQuestionAnswerer
{
    private const double NeighbourWeight = 0.7, OtherTenseWeight = 0.6, MovedWeight = 0.5, DeadlineWeight = 1.3, NotDeadlineWeight = 0.7;
    private const int MaxItems = 4;

    private static Regex AboutAStatementRegex() => AboutAStatementRegexField.Value;
    private static readonly Lazy<Regex> AboutAStatementRegexField = new(() => new Regex(@"\b(?:announc\w*|said|say|says|stat\w*|report\w*|told|declar\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    // "when does the consultation close": the end of a period ("runs until 31 March"), not its start.
    private static Regex EndQuestionRegex() => EndQuestionRegexField.Value;
    private static readonly Lazy<Regex> EndQuestionRegexField = new(() => new Regex(@"\b(?:end|ends|close|closes|finish|finishes|expire|expires|over|stop|stops|run\s+out)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    private static Regex NextRegex() => NextRegexField.Value;
    private static readonly Lazy<Regex> NextRegexField = new(() => new Regex(@"\b(?:next|upcoming|coming)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    private static Regex DeadlineQuestionRegex() => DeadlineQuestionRegexField.Value;
    private static readonly Lazy<Regex> DeadlineQuestionRegexField = new(() => new Regex(@"^by\s+when\b|\b(?:deadline|must|have\s+to|has\s+to|due)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    public QuestionKind Kind => QuestionKind.When;

    public Answer? Answer(QuestionContext context)
    {
        if (PhaseQuestion.When(context) is { } phase)
        {
            return phase;
        }

        var question = context.Question;
        var wantsStatementDate = AboutAStatementRegex().IsMatch(question.Text);
        var wantsDeadline = DeadlineQuestionRegex().IsMatch(question.Text.Trim());
        var asksNext = NextRegex().IsMatch(question.Text);
        var asksEnd = EndQuestionRegex().IsMatch(question.Text);
        var today = context.Clock.Today;
        bool Fits(StoryEvent e) => question.Tense switch
        {
            QuestionTense.Future => e.LooksAhead,
            QuestionTense.Past => e.HappenedWhenReported,
            _ => true,
        };
        // A sentence found as a passage and as a neighbour counts once, at its best: the first evidence of each sentence's
        // date, replaced only by a better one.
        // Sized for about two dates a passage, so that filling them does not copy them again and again.
        var evidence = new List<Evidence<StoryEvent>>(context.Passages.Count * 2);
        var evidenceAt = new Dictionary<(SourceSentence, Analysis.Time.DatePeriod, Analysis.Time.TemporalRole), int>(context.Passages.Count * 2);
        void Add(Evidence<StoryEvent> found)
        {
            var key = (found.Sentence, found.Value.Event.Period, found.Value.Event.Role);
            if (!evidenceAt.TryGetValue(key, out var at))
            {
                evidenceAt[key] = evidence.Count;
                evidence.Add(found);
            }
            else if (found.Score.CompareTo(evidence[at].Score) > 0)
            {
                evidence[at] = found;
            }
        }

        foreach (var passage in context.Passages)
        {
            foreach (var sentence in passage.Sentences())
            {
                var weight = sentence == passage.Sentence ? 1 : NeighbourWeight;
                var (events, movedTo) = StoryEvents.Dated(context.Snapshot, sentence, today);
                for (var i = 0; i < events.Count; i++)
                {
                    var e = events[i];
                    // "Wednesday" inside "Wednesday 14 October" is the same date, read less well.
                    if ((e.IsReportingDate && !wantsStatementDate) || e.IsInsideAnother)
                    {
                        continue;
                    }

                    var fits = Fits(e);
                    var text = sentence.Sentence.Text;
                    var distance = context.Retrieval.Words.Distance(text, e.Start, e.Length);
                    var near = distance == int.MaxValue ? 0.8 : 1 + (0.5 / (1 + distance));
                    // A date in a clause that gives a reason or a condition is rarely the date of the event reported.
                    var subordinate = e.InSubordinateClause ? 0.75 : 1;
                    var superseded = e.IsOldDate ? 0.7 : 1;
                    // "by when must", "what is the deadline": a date something is due by, not one it happens on.
                    var deadline = wantsDeadline ? (e.Event.Role == Analysis.Time.TemporalRole.By ? DeadlineWeight : NotDeadlineWeight)
                        : asksEnd && e.Event.Role != Analysis.Time.TemporalRole.At ? DeadlineWeight : 1;
                    var vague = e.IsVague ? 0.5 : 1;
                    // "when is the next swap": what is still ahead today, not the last one.
                    var next = !asksNext ? 1 : e.Event.TimingAt(today) == EventTiming.Past ? 0.4 : 1.3;
                    var score = passage.Relevance * weight * near * subordinate * superseded * deadline * vague * next * (fits ? 1 : OtherTenseWeight);
                    // A date a newer report moved answers with the new one; the old follows as earlier reported.
                    if (movedTo[i] is { } moved)
                    {
                        Add(new Evidence<StoryEvent>(moved, moved.Event.Origin, score) { FitsTense = Fits(moved) });
                        score *= MovedWeight;
                    }

                    Add(new Evidence<StoryEvent>(e, sentence, score) { FitsTense = fits });
                }
            }
        }

        var ordered = EvidenceOrder.NewestLeading(evidence);
        if (ordered.Count == 0)
        {
            return null;
        }

        var lead = ordered[0];
        var items = new List<AnswerItem>();
        items.AddRange(EvidenceOrder.Quoted(EvidenceOrder.Reported(lead.Sentence, null), lead.Sentence, context.Snapshot));
        // Dates of the other tense ("when will" and the 2014 founding) answer another question; they follow only if nothing
        // else does (each group in the order of the evidence).
        var most = items.Count + MaxItems - 1;
        void AddOthers(bool sameTense)
        {
            for (var i = 1; i < ordered.Count && items.Count < most; i++)
            {
                var other = ordered[i];
                if ((other.FitsTense == lead.FitsTense) == sameTense)
                {
                    items.Add(new AnswerItem($"{EvidenceOrder.Reported(other.Sentence, lead.Published)} {context.Clock.When(other.Value.Event)}: {other.Value.Event.What}", other.Sentence.ToQuote()));
                }
            }
        }

        AddOthers(sameTense: true);
        AddOthers(sameTense: false);

        return new Answer($"{context.Clock.When(lead.Value.Event)}: {lead.Value.Event.What}", items);
    }
}
