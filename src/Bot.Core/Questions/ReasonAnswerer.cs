using System.Text.RegularExpressions;
using Bot.Core.Answers;

namespace Bot.Core.Questions;

/// <summary>
/// "Why ...?": the sentence that gives the reason, found by the words news uses to give one ("because", "due to",
/// "after", "made it necessary", "accused ... of", "in order to", "citing"). The reason usually stands next to the
/// sentence that names the action and shares no word with the question, so every sentence of the found passages
/// is a candidate, the action sentence is quoted beside it, and the answer leads with the reason's own clause.
/// </summary>
public sealed partial class ReasonAnswerer : IQuestionAnswerer
{
    private const double NeighbourWeight = 0.9, WeakCueWeight = 0.35, AttachedWeight = 1.3, UncuedWeight = 0.5;

    // A sentence after the action that gives a reason without a cue word says what falls short or how much: "Only about
    // 38 per cent of adults have had the shot so far", "There are not enough drivers", "Costs have risen by 40%".
    private static Regex ExplainsRegex() => ExplainsRegexField.Value;
    private static readonly Lazy<Regex> ExplainsRegexField = new(() => new Regex(
        @"\b(?:only|not|no|never|too|enough|fewer|less|shortage|lack(?:ed|s|ing)?|short\s+of|failed|unable|risen|rose|fallen|fell|doubled|halved|so\s+far)\b|\d\s*(?:%|per\s*cent)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    private static Regex CueRegex() => CueRegexField.Value;
    private static readonly Lazy<Regex> CueRegexField = new(() => new Regex(
        @"\b(?:because|due\s+to(?!\s+(?:be|end|start|begin|open|close|run|take|meet|expire|arrive|launch|finish|resume|return|leave|hold|sign|vote|appear|complete|go|come|make|have|get|report|decide|rule|land|lift)\b)|owing\s+to|as\s+a\s+result\s+of|thanks\s+to|in\s+order\s+to|so\s+as\s+to|so\s+that|in\s+response\s+to|in\s+protest|in\s+retaliation|made\s+(?:it|this|that)\s+necessary|forced|prompted|citing|cited|accus\w*\s+.{1,60}?\s+of|blam\w*|the\s+reasons?|reason\s+(?:is|was|being)|aim(?:s|ed)?\s+(?:at|to)|intended\s+to|meant\s+to|(?<!\b(?:due|set|expected|scheduled|about|going|likely)\s+)to\s+(?:combat|counter|protect|prevent|reduce|cut|avoid|ensure|allow|help|support|meet|comply|end|stop)|amid|over\s+(?:concerns?|fears?)|(?:held\s+up|delayed|slowed|blocked|stalled|caused|hampered|driven)\s+(?:\w+\s+){0,4}?by|(?:dispute|row|disagreement|fight)\s+over|no\s+choice|had\s+to|need(?:s|ed)?\s+(?:the\s+|more\s+)?time\s+to|(?:give|giving|allow|allowing|buy|buying)\s+(?:\w+\s+){0,2}?(?:more\s+)?time|after|following|since)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    // Weak cues ("after", "following", "since") also just order events in time; they count for less.
    private static Regex WeakCueRegex() => WeakCueRegexField.Value;
    private static readonly Lazy<Regex> WeakCueRegexField = new(() => new Regex(@"^(?:after|following|since|amid)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    public QuestionKind Kind => QuestionKind.Reason;

    public Answer? Answer(QuestionContext context)
    {
        // Each reason with where its own clause starts (the cue, or the whole of a sentence that gives it uncued).
        var evidence = new List<Evidence<int>>();
        foreach (var passage in context.Passages)
        {
            foreach (var sentence in passage.Sentences())
            {
                var text = sentence.Sentence.Text;
                if (CueRegex().Match(text) is not { Success: true } cue)
                {
                    // The reason is often the next sentence, with no cue: "X will now run until March 31. Only 38 per cent have had it."
                    if (sentence == passage.After && ExplainsRegex().IsMatch(text))
                    {
                        evidence.Add(new Evidence<int>(0, sentence, Math.Sqrt(passage.Relevance) * UncuedWeight));
                    }

                    continue;
                }

                // The reason rarely repeats the question's words, so how well the passage matched counts for less here.
                // "X was postponed after Y": a reason attached to the action the question names is the reason, whatever its cue.
                var attached = cue.Index > 0 && !cue.Value.Equals("since", StringComparison.OrdinalIgnoreCase) && context.Retrieval.Words.In(text[..cue.Index]);
                var weight = (sentence == passage.Sentence ? 1 : NeighbourWeight) * (attached ? AttachedWeight : WeakCueRegex().IsMatch(cue.Value) ? WeakCueWeight : 1);
                evidence.Add(new Evidence<int>(cue.Index, sentence, Math.Sqrt(passage.Relevance) * weight));
            }
        }

        var ordered = EvidenceOrder.NewestLeading(evidence.GroupBy(e => e.Sentence).Select(g => g.MaxBy(e => e.Score)!));
        if (ordered.Count == 0)
        {
            return null;
        }

        var lead = ordered[0];
        var leadText = lead.Sentence.Sentence.Text;
        var clause = leadText[lead.Value..].TrimEnd('.', '”', '"', ' ');
        var headline = clause.Split(' ').Length >= 4 ? char.ToUpperInvariant(clause[0]) + clause[1..] : leadText;
        var items = new List<AnswerItem>(EvidenceOrder.Quoted(EvidenceOrder.Reported(lead.Sentence, null), lead.Sentence, context.Snapshot));
        var action = context.Passages.FirstOrDefault(p => p.Sentence != lead.Sentence && p.Sentences().Contains(lead.Sentence));
        if (action is not null && !items.Any(i => i.Quote?.Sentence == action.Sentence.Sentence.Text))
        {
            items.Add(new AnswerItem("About:", action.Sentence.ToQuote()));
        }

        // The next-best reasons, in case the first answers a neighbouring question.
        foreach (var other in ordered.Skip(1).Where(o => !items.Any(i => i.Quote?.Sentence == o.Sentence.Sentence.Text)).Take(2))
        {
            items.Add(new AnswerItem($"Also given as a reason ({EvidenceOrder.Reported(other.Sentence, lead.Published).TrimEnd(':')}):", other.Sentence.ToQuote()));
        }

        return new Answer(headline, items);
    }
}
