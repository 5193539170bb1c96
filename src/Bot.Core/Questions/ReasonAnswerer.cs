using System.Text.RegularExpressions;
using Bot.Core.Answers;
using Bot.Core.Knowledge;

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

    /// <summary>A reason told after the action's own sentence and its neighbour counts for less; one about another part for much less.</summary>
    private const double FollowingWeight = 0.8, OtherPartWeight = 0.3;

    private const int MaxFollowing = 4, NextParagraphSentences = 2;

    // A sentence after the action that gives a reason without a cue word says what falls short or how much: "Only about
    // 38 per cent of adults have had the shot so far", "There are not enough drivers", "Costs have risen by 40%", or what
    // someone found: "Engineers found a crack in a cable".
    private static Regex ExplainsRegex() => ExplainsRegexField.Value;
    private static readonly Lazy<Regex> ExplainsRegexField = new(() => new Regex(
        @"\b(?:only|not|no|never|too(?!\s*[.,;:!?”""])|enough|fewer|less|shortage|lack(?:ed|s|ing)?|short\s+of|failed|unable|risen|rose|fallen|fell|doubled|halved|so\s+far|found|discovered|detected)\b|\d\s*(?:%|per\s*cent)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    private static Regex CueRegex() => CueRegexField.Value;
    private static readonly Lazy<Regex> CueRegexField = new(() => new Regex(
        @"\b(?:because|due\s+to(?!\s+(?:be|end|start|begin|open|close|run|take|meet|expire|arrive|launch|finish|resume|return|leave|hold|sign|vote|appear|complete|go|come|make|have|get|report|decide|rule|land|lift)\b)|owing\s+to|as\s+a\s+result\s+of|thanks\s+to|in\s+order\s+to|so\s+as\s+to|so\s+that|in\s+response\s+to|in\s+protest|in\s+retaliation|made\s+(?:it|this|that)\s+necessary|forced|prompted|citing|cited(?!\s+(?:in|on|at|last|earlier|before|previously|above|by)\b)|accus\w*\s+.{1,60}?\s+of|blam\w*|the\s+reasons?|reason\s+(?:is|was|being)|aim(?:s|ed)?\s+(?:at|to)|intended\s+to|meant\s+to|(?<!\b(?:due|set|expected|scheduled|about|going|likely)\s+)to\s+(?:combat|counter|protect|prevent|reduce|cut|avoid|ensure|allow|help|support|meet|comply|end|stop)|amid|over\s+(?:concerns?|fears?)|(?:held\s+up|delayed|slowed|blocked|stalled|caused|hampered|driven)\s+(?:\w+\s+){0,4}?by(?!\s+(?:\d|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|about|up\s+to|more\s+than|at\s+least|nearly|almost|some|another)\b)|(?:dispute|row|disagreement|fight)\s+over|no\s+choice|had\s+to|need(?:s|ed)?\s+(?:the\s+|more\s+)?time\s+to|(?:give|giving|allow|allowing|buy|buying)\s+(?:\w+\s+){0,2}?(?:more\s+)?time|after(?!\s+(?:(?:it|they|this|that)\s+(?:was|were|had\s+been|has\s+been)|being)\s+(?:\w+\s+)?(?:pushed|put|moved|delayed|postponed|extended|brought|held|set\s+back)\b)|following|since)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    // Weak cues ("after", "following", "since") also just order events in time; they count for less.
    private static Regex WeakCueRegex() => WeakCueRegexField.Value;
    private static readonly Lazy<Regex> WeakCueRegexField = new(() => new Regex(@"^(?:after|following|since|amid)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    public QuestionKind Kind => QuestionKind.Reason;

    public Answer? Answer(QuestionContext context)
    {
        // Each reason with where its own clause starts (the cue, or the whole of a sentence that gives it uncued).
        var evidence = new List<Evidence<int>>();
        var ordinal = OrdinalAsked(context.Question.Text);
        foreach (var passage in context.Passages)
        {
            foreach (var sentence in passage.Sentences())
            {
                // The reason is often the next sentence, with no cue: "X will now run until March 31. Only 38 per cent have had it."
                if (Reason(context, sentence, sentence == passage.Sentence ? 1 : NeighbourWeight, uncuedCounts: sentence == passage.After) is { } reason)
                {
                    evidence.Add(reason with { Score = reason.Score * Math.Sqrt(passage.Relevance) });
                }
            }

            // News often tells the reason after the action and its new date, or in the paragraph after it, often as an
            // official's words: "X was moved to Tuesday. Crews are still clearing trees, the director said."
            foreach (var later in Following(context.Snapshot, passage))
            {
                if (Reason(context, later, FollowingWeight, uncuedCounts: true) is { } reason)
                {
                    evidence.Add(reason with { Score = reason.Score * Math.Sqrt(passage.Relevance) });
                }
            }
        }

        // "Why was the final phase extended?": a reason given for "the first phase" answers another question.
        if (ordinal is { } asked)
        {
            evidence = [.. evidence.Select(e => OtherOrdinal(e.Sentence.Sentence.Text, asked) ? e with { Score = e.Score * OtherPartWeight } : e)];
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

    /// <summary>The reason a sentence gives, with where its clause starts and its weight, or null when it gives none.</summary>
    private static Evidence<int>? Reason(QuestionContext context, SourceSentence sentence, double placeWeight, bool uncuedCounts)
    {
        var text = sentence.Sentence.Text;
        if (CueRegex().Match(text) is not { Success: true } cue)
        {
            return uncuedCounts && ExplainsRegex().IsMatch(text) ? new Evidence<int>(0, sentence, placeWeight * UncuedWeight) : null;
        }

        // The reason rarely repeats the question's words, so how well the passage matched counts for less here.
        // "X was postponed after Y": a reason attached to the action the question names is the reason, whatever its cue.
        var attached = cue.Index > 0 && !cue.Value.Equals("since", StringComparison.OrdinalIgnoreCase) && context.Retrieval.Words.In(text[..cue.Index]);
        var weight = placeWeight * (attached ? AttachedWeight : WeakCueRegex().IsMatch(cue.Value) ? WeakCueWeight : 1);
        return new Evidence<int>(cue.Index, sentence, weight);
    }

    /// <summary>The sentences after a passage's own: the rest of its paragraph and the opening of the next one.</summary>
    private static IEnumerable<SourceSentence> Following(KnowledgeSnapshot snapshot, Passage passage)
    {
        var start = passage.Sentence.Sentence;
        var index = start.Index + (passage.After is null ? 1 : 2);
        var inNext = 0;
        for (var read = 0; read < MaxFollowing && snapshot.Sentence(passage.SourceId, index) is { } next; read++, index++)
        {
            if (next.Sentence.Paragraph != start.Paragraph)
            {
                if (next.Sentence.Paragraph != start.Paragraph + 1 || ++inNext > NextParagraphSentences)
                {
                    yield break;
                }
            }

            yield return next;
        }
    }

    /// <summary>The ordinal a question gives the thing it asks about ("the final phase": "final"), with that thing's word.</summary>
    private static (string Ordinal, string Noun)? OrdinalAsked(string question) =>
        OrdinalRegex().Match(question) is { Success: true } match ? (Same(match.Groups[1].Value), match.Groups[2].Value.ToLowerInvariant()) : null;

    /// <summary>True when the sentence names the same thing with another ordinal only ("the first phase" for "the final phase").</summary>
    private static bool OtherOrdinal(string sentence, (string Ordinal, string Noun) asked)
    {
        var named = OrdinalRegex().Matches(sentence).Where(m => m.Groups[2].Value.Equals(asked.Noun, StringComparison.OrdinalIgnoreCase)).Select(m => Same(m.Groups[1].Value)).ToList();
        return named.Count > 0 && !named.Contains(asked.Ordinal);
    }

    private static string Same(string ordinal) => ordinal.ToLowerInvariant() is "last" ? "final" : ordinal.ToLowerInvariant();

    // "the third and final phase" names the phase by both; the noun is the word after the last ordinal.
    private static Regex OrdinalRegex() => OrdinalRegexField.Value;
    private static readonly Lazy<Regex> OrdinalRegexField = new(() => new Regex(
        @"\b(first|second|third|fourth|fifth|sixth|final|last)(?:\s+and\s+(?:first|second|third|fourth|fifth|sixth|final|last))?\s+(\w+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
}
