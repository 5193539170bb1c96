using Bot.Core.Analysis.Time;
using System.Text.RegularExpressions;
using Bot.Core.Answers;
using Bot.Core.Commands.Catalog;
using Bot.Core.Knowledge;

namespace Bot.Core.Questions;

/// <summary>
/// "How many / how much / how long ...?": the figure for the thing asked about, in the sentence that gives it, with
/// its date; the same thing's figures in other reports follow as earlier reported. The thing counted may be named
/// only in a neighbouring sentence ("Some 1,200 were freed. The prisoners ..."), so a figure is scored by its
/// passage, and most when the thing counted stands right after it ("2,500 US soldiers").
/// </summary>
public sealed partial class QuantityAnswerer(Search.SentenceSearchIndex index, QuestionVocabulary vocabulary) : IQuestionAnswerer
{
    private const double CountedNext = 2, CountedInSentence = 1.2, CountedNearby = 1.1, KindFits = 1.5, OtherPhaseWeight = 0.3;
    private const int MaxOthers = 2;

    /// <summary>How much less a sentence's old figure counts than its new one ("to $19.5 million, from $14 million").</summary>
    private const double SupersededWeight = 0.5;

    /// <summary>
    /// The words before a figure a revision replaces: "raised it to $19.5 million, from $14 million", "47,000, up from the
    /// 45,000", "revising its earlier count of 38", "compared with 3 on Sunday".
    /// </summary>
    private static Regex Superseded() => SupersededField.Value;
    private static readonly Lazy<Regex> SupersededField = new(() => new Regex(@"(?:\b(?:up|down)\s+)?\bfrom\s+(?:the\s+|its\s+|an?\s+)?(?:earlier\s+|previous\s+|original\s+)?$|\b(?:earlier|previous|original|initial|prior)\s+(?:\w+\s+)?(?:count|estimate|figure|forecast|offer|total|tally)\s+of\s+$|\bcompared\s+(?:with|to)\s+$", RegexOptions.IgnoreCase));

    private static Regex AmountQuestionRegex() => AmountQuestionRegexField.Value;
    private static readonly Lazy<Regex> AmountQuestionRegexField = new(() => new Regex(@"^how\s+much\b|\b(?:cost|price|spend|spent|pay|paid|worth|money|budget|fund|share|percentage|proportion|turnout|margin)\b", RegexOptions.IgnoreCase));

    private static Regex OfBeforeRegex() => OfBeforeRegexField.Value;
    private static readonly Lazy<Regex> OfBeforeRegexField = new(() => new Regex(@"\s(?:of|at)\s+$", RegexOptions.IgnoreCase));

    // "How strong were the gusts", "how fast", "how far", "how heavy": a measure with its unit, not a count or a time.
    private static Regex MeasureQuestionRegex() => MeasureQuestionRegexField.Value;
    private static readonly Lazy<Regex> MeasureQuestionRegexField = new(() => new Regex(@"^how\s+(?:strong|fast|far|high|heavy|deep|tall|wide|severe)\b", RegexOptions.IgnoreCase));

    // "How old", "what age": the one question an age answers; to any other it is not a count of the thing asked.
    private static Regex AgeQuestionRegex() => AgeQuestionRegexField.Value;
    private static readonly Lazy<Regex> AgeQuestionRegexField = new(() => new Regex(@"^how\s+old\b|\bages?\b", RegexOptions.IgnoreCase));

    public QuestionKind Kind => QuestionKind.Quantity;

    public Answer? Answer(QuestionContext context)
    {
        var question = context.Question;
        var focus = index.Terms(question.Focus).Distinct(StringComparer.Ordinal).Select(t => vocabulary.Related(t).Append(t).ToHashSet(StringComparer.Ordinal)).ToList();
        var counted = new QuestionWords(index, focus.SelectMany(g => g).ToHashSet(StringComparer.Ordinal));
        var wantsAmount = AmountQuestionRegex().IsMatch(question.Text.Trim());
        var asked = new QuestionWords(index, context.Retrieval.Asked.Stems.Except(counted.Stems).ToHashSet(StringComparer.Ordinal));
        var wantsDuration = question.AsksForDuration;
        var wantsMeasure = MeasureQuestionRegex().IsMatch(question.Text.Trim());
        var wantsAge = AgeQuestionRegex().IsMatch(question.Text.Trim());
        var evidence = new List<Evidence<Figure>>();
        var askedPhases = Analysis.PhaseOrdinals.Find(question.Text).Select(o => o.Number).Where(n => n != Analysis.PhaseOrdinal.Final).ToHashSet();
        foreach (var passage in context.Passages)
        {
            var countedNearby = passage.Sentences().Any(s => counted.In(s.Sentence.Text));
            foreach (var sentence in passage.Sentences())
            {
                // "How long" asks for a span ("six weeks"), not a count; only "how old" asks for an age ("aged 60 to 74").
                if (Figures.In(sentence.Sentence.Text).Where(f => (wantsAge || !f.IsAge) && (!wantsDuration || f.IsDuration)).ToList() is not { Count: > 0 } figures)
                {
                    continue;
                }

                var text = sentence.Sentence.Text;
                var weight = (sentence == passage.Sentence ? 1 : 0.8) * passage.Relevance * (IsOtherPhase(askedPhases, sentence, passage) ? OtherPhaseWeight : 1);
                var best = figures
                    .Select(f =>
                    {
                        // "412 diesel buses" names more of "diesel buses" than "150 battery-electric buses" does.
                        var following = counted.After(text, f.Start + f.Text.Length, 4);
                        // "the rocket's limit of 65 km/h", "a turnout of 61%": the thing measured stands before "of".
                        var measured = OfBeforeRegex().Match(text[..f.Start]) is { Success: true } of ? counted.Before(text, of.Index, 3) : null;
                        double Share(IReadOnlySet<string> words) => focus.Count == 0 ? 0 : (double)focus.Count(g => g.Overlaps(words)) / focus.Count;
                        var share = Math.Max(Share(following), measured is null ? 0 : Share(measured));
                        // Half the thing counted ("150 battery-electric buses" for "diesel buses") is another thing.
                        var names = share > 0 ? 1 + ((CountedNext - 1) * share * share)
                            : counted.Distance(text, f.Start, f.Text.Length) != int.MaxValue ? CountedInSentence
                            : countedNearby ? CountedNearby : 1;
                        var fits = wantsMeasure ? (f.IsMeasure ? KindFits : 1 / KindFits)
                            : (wantsAmount && f.IsAmount) || (wantsDuration && f.IsDuration) || (!wantsAmount && !wantsDuration && !f.IsDuration && !f.IsAmount) ? KindFits : 1;
                        // Of two figures for the thing counted, the one by the question's verb ("58 were delivered", not "150 ordered").
                        var verb = asked.Distance(text, f.Start, f.Text.Length);
                        var byVerb = verb == int.MaxValue ? 1 : 1 + (0.4 / (1 + verb));
                        var current = figures.Count > 1 && Superseded().IsMatch(text[Math.Max(0, f.Start - 40)..f.Start]) ? SupersededWeight : 1;
                        return new Evidence<Figure>(f, sentence, weight * names * fits * byVerb * current);
                    })
                    .MaxBy(e => e.Score)!;
                evidence.Add(best);
            }
        }

        var ordered = EvidenceOrder.NewestLeading(evidence.GroupBy(e => e.Sentence).Select(g => g.MaxBy(e => e.Score)!));
        if (ordered.Count == 0)
        {
            return null;
        }

        var lead = ordered[0];
        var items = new List<AnswerItem>();
        items.AddRange(EvidenceOrder.Quoted(EvidenceOrder.Reported(lead.Sentence, null), lead.Sentence, context.Snapshot));
        if (context.Snapshot.Sentence(lead.Sentence.Source.Id, lead.Sentence.Sentence.Index + 1) is { } next && next.Sentence.Paragraph == lead.Sentence.Sentence.Paragraph
            && !counted.In(lead.Sentence.Sentence.Text) && counted.In(next.Sentence.Text))
        {
            items.Add(new AnswerItem("It goes on:", next.ToQuote()));
        }

        // Other reports' figures for the same thing: "about 400 (earlier report of 10 February 2026)".
        var others = ordered.Skip(1).Where(o => o.Sentence.Source.Id != lead.Sentence.Source.Id && o.Score >= lead.Score * 0.5).Take(MaxOthers);
        items.AddRange(others.Select(o => new AnswerItem($"{o.Value.Text} ({Dated(o, lead)})", o.Sentence.ToQuote())));
        return new Answer($"{lead.Value.Text} ({Dated(lead, lead)})", items);
    }

    /// <summary>
    /// "How long does the second phase last?" and a figure of Phase 1's: the sentence's own phase, else its passage's
    /// ("Phase 1, from October 4: … This phase is expected to last four weeks."), is another than the one asked.
    /// </summary>
    private static bool IsOtherPhase(HashSet<int> asked, SourceSentence sentence, Passage passage)
    {
        if (asked.Count == 0)
        {
            return false;
        }

        foreach (var text in new[] { sentence, passage.Sentence, passage.Before }.OfType<SourceSentence>().Select(s => s.Sentence.Text))
        {
            if (Analysis.PhaseOrdinals.Find(text) is { Count: > 0 } named)
            {
                return !named.Any(o => asked.Contains(o.Number));
            }
        }

        return false;
    }

    private static string Dated(Evidence<Figure> e, Evidence<Figure> lead) =>
        e.Sentence.Source.Published is not { } published ? "undated report"
        : e == lead ? DateWording.Date(published)
        : published < lead.Published ? $"earlier report of {DateWording.Date(published)}"
        : $"report of {DateWording.Date(published)}";
}
