using System.Text.RegularExpressions;
using Bot.Core.Answers;

namespace Bot.Core.Questions;

/// <summary>
/// "What happens if ...?": news gives a condition's consequence in the sentence that states the condition ("If Friday
/// is lost as well, the window closes on Sunday"), or after a word that refers back to the one before ("Failing that,
/// ...", "Otherwise, ...", "Unless ..., ..."). The condition is rarely worded as the question words it ("doesn't work"
/// for "is lost"), so the passages' sentences with such a cue are the candidates, the best matched first, and the
/// answer leads with the consequence's clause.
/// </summary>
public sealed class ConditionalAnswerer : IQuestionAnswerer
{
    private const double NeighbourWeight = 0.8;

    private static Regex CueRegex() => CueRegexField.Value;
    private static readonly Lazy<Regex> CueRegexField = new(() => new Regex(
        @"\b(?:if|unless|otherwise|failing\s+(?:that|this)|or\s+else|in\s+the\s+event\s+(?:of|that)|should\s+(?:\w+\s+){1,3}?(?:fail|miss|collapse|be\s+(?:lost|missed|rejected|delayed)))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    // "If the deadline is missed, the fines double": the consequence is the clause after the condition's comma.
    private static Regex LeadingConditionRegex() => LeadingConditionRegexField.Value;
    private static readonly Lazy<Regex> LeadingConditionRegexField = new(() => new Regex(
        @"^[“""]?(?:if|unless|otherwise|failing\s+(?:that|this)|or\s+else|should)\b[^,]*,\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    public QuestionKind Kind => QuestionKind.Conditional;

    public Answer? Answer(QuestionContext context)
    {
        var evidence = new List<Evidence<int>>();
        foreach (var passage in context.Passages)
        {
            foreach (var sentence in passage.Sentences())
            {
                var text = sentence.Sentence.Text;
                if (!CueRegex().IsMatch(text))
                {
                    continue;
                }

                var consequence = LeadingConditionRegex().Match(text) is { Success: true } condition ? condition.Length : 0;
                evidence.Add(new Evidence<int>(consequence, sentence, passage.Relevance * (sentence == passage.Sentence ? 1 : NeighbourWeight)));
            }
        }

        if (evidence.Count == 0)
        {
            return null;
        }

        // The best matched condition leads: a newer report's condition is not a better answer to this one.
        var lead = evidence.MaxBy(e => e.Score)!;
        var leadText = lead.Sentence.Sentence.Text;
        var clause = leadText[lead.Value..].TrimEnd('.', '”', '"', ' ');
        var headline = clause.Split(' ').Length >= 4 ? char.ToUpperInvariant(clause[0]) + clause[1..] : leadText;
        var items = new List<AnswerItem>(EvidenceOrder.Quoted(EvidenceOrder.Reported(lead.Sentence, null), lead.Sentence, context.Snapshot));
        foreach (var other in evidence.Where(e => e.Sentence != lead.Sentence).OrderByDescending(e => e.Score).DistinctBy(e => e.Sentence).Take(2))
        {
            items.Add(new AnswerItem($"Also ({EvidenceOrder.Reported(other.Sentence, lead.Published).TrimEnd(':')}):", other.Sentence.ToQuote()));
        }

        return new Answer(headline, items);
    }
}
