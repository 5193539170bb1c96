using Bot.Core.Analysis.Time;
using Bot.Core.Ingest;

namespace Bot.Core.Analysis;

/// <summary>Source in, sentences, names, dated statements, changes and phases out. Pure: no clock, no I/O.</summary>
public static partial class DocumentAnalyzer
{
    /// <summary>The sentence index title mentions carry: they belong to no sentence of the body.</summary>
    public const int TitleSentenceIndex = -1;

    [System.Text.RegularExpressions.GeneratedRegex(@"\bdeadlines?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DeadlineWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:first|originally|initially|previously|once)\s+(?:\w+\s+){0,2}(?:due|set|planned|scheduled|expected|meant)\b[^,;]*$|\bhad\s+been\s+(?:due|set|planned|scheduled|expected)\b[^,;]*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FormerPlan();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:takes?|took|taking)\s+effect\b[^,;]*$|\b(?:comes?|came|coming)\s+into\s+(?:force|effect)\b[^,;]*$|\benters?\s+into\s+force\b[^,;]*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex EffectCue();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:launched|lifted\s+off|took\s+off|began|started|opened|kicked\s+off|got\s+under\s+way|took\s+effect)\b[^,;]*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex StartCue();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b" + MoveWords.EndWord + @"\s+(?:on\s+|at\s+|in\s+)?(?:the\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex EndCue();

    public static DocumentAnalysis Analyze(Source source)
    {
        var sentences = SentenceSplitter.Split(source.Text);
        var statements = new List<DatedStatement>();
        var plans = new List<PlanAnnouncement>();
        var phases = new List<PhaseMention>();
        var updates = new List<StoryUpdate>();
        var refersBack = new HashSet<int>();
        var unresolved = 0;
        int? referent = null;
        var effects = new List<TemporalMention>();
        var starts = new List<TemporalMention>();
        // Each sentence is read against the publication date and the last date the sentence before it named, so that
        // "a month later" or "the following week" follows the story.
        var context = new TemporalContext(source.Published) { NumericOrder = TemporalTagger.NumericOrderOf(source.Text) };
        foreach (var sentence in sentences)
        {
            var mentions = TemporalTagger.Tag(sentence.Text, context);
            if (mentions.Any(m => m.IsBeforeItsStart))
            {
                // The tagger names the period ("before the winter"); the story files the deadline on the day before it begins.
                mentions = [.. mentions.Select(m => m.AsDue())];
            }

            DatePeriod? last = null;
            var update = StoryUpdateReader.Read(sentence, mentions, source.Published);
            if (update is { Replaces: { } range })
            {
                mentions = [.. mentions.Where(m => !ReferenceEquals(m, range)).Concat([update.From, update.To]).OfType<TemporalMention>().OrderBy(m => m.Start)];
            }

            if (update is { Action: UpdateAction.Moved })
            {
                // "will now be held on June 12", "is now due in May": in a move, "now" is the word of the change, not a date.
                mentions = [.. mentions.Where(m => !m.Text.Equals("now", StringComparison.OrdinalIgnoreCase))];
            }

            if (update is { To: { } shifted } && !mentions.Contains(shifted))
            {
                // A new date the sentence gives as a shift ("postponed by a week") is a date of the sentence too.
                mentions = [.. mentions, shifted];
            }

            if (update is { To: { } to } && to.Role == TemporalRole.At && to.Period is { Granularity: not DateGranularity.Day } && DeadlineWord().IsMatch(sentence.Text))
            {
                // "moved the deadline to June 2027": a deadline moved to a month or a year is due by its end.
                var due = to with { Role = TemporalRole.By };
                mentions = [.. mentions.Select(m => ReferenceEquals(m, to) ? due : m)];
                update = update with { To = due };
            }

            var (plan, sentencePhases) = PhaseExtractor.Read(sentence, mentions, update, referent);
            referent = OneNumber(sentencePhases);
            foreach (var mention in mentions)
            {
                if (mention.Period is not { } period)
                {
                    unresolved++;
                    continue;
                }

                last = period;

                // The old date of a change is history the older report holds, not a new date of this one.
                if (update is { Action: UpdateAction.Moved } && ReferenceEquals(mention, update.From))
                {
                    continue;
                }

                var kind = EventKinds.Classify(mention, source.Published);
                if (kind.LooksForward() && FormerPlan().IsMatch(Before(sentence.Text, mention.Start, 40)))
                {
                    // "was first due at the end of 2026": a date the plan once had, told as history.
                    kind = EventKind.Happened;
                }

                var phase = sentencePhases.FirstOrDefault(p => ReferenceEquals(p.End, mention) || ReferenceEquals(p.Start, mention));
                if (kind.LooksForward() && phase is not null)
                {
                    kind = EventKind.Phase;
                }

                // A date of the reason a date moved ("because the steel mill strikes in April") is an event of its own,
                // told by its reason clause, never by the words of what moved.
                var what = update is not null && update.Reasons.Contains(mention)
                    ? ClauseFinder.Around(sentence.Text[update.ReasonStart..], mention.Start - update.ReasonStart, mention.Length)
                    : ClauseFinder.Around(sentence.Text, mention.Start, mention.Length);
                statements.Add(new DatedStatement(sentence.Index, mention, what)
                {
                    Kind = kind,
                    PhaseNumber = phase is { Named: true } ? phase.Number : null,
                    IsEnd = mention.Role == TemporalRole.Until || EndCue().IsMatch(Before(sentence.Text, mention.Start, 40)),
                });
            }

            context = context with { Antecedent = last };

            if (update is not null)
            {
                updates.Add(update);
            }

            if (plan is not null)
            {
                plans.Add(plan);
            }

            foreach (var m in mentions)
            {
                if (m.Period is not null && !m.IsReportingDate && EffectCue().IsMatch(Before(sentence.Text, m.Start, 30)))
                {
                    effects.Add(m);
                }

                if (m.Period is { Granularity: Time.DateGranularity.Day } && !m.IsReportingDate && StartCue().IsMatch(Before(sentence.Text, m.Start, 60)))
                {
                    starts.Add(m);
                }
            }

            phases.AddRange(sentencePhases);
            if (ReferBack.RefersBack(sentence.Text))
            {
                refersBack.Add(sentence.Index);
            }
        }

        // A phase a report calls under way began when the report says the thing started ("launched on Friday").
        var began = starts.Where(m => source.Published is not { } p || m.Period!.Value.Start <= p).OrderBy(m => m.Period!.Value.Start).FirstOrDefault();
        if (began is not null)
        {
            phases = [.. phases.Select(p => p is { Status: PhaseStatus.UnderWay, Start: null } ? p with { Start = began } : p)];
        }

        // A plan whose report says when it takes effect starts its first phase then ("the ceasefire takes effect on Sunday").
        var start = effects.Where(m => source.Published is not { } p || m.Period!.Value.Start >= p).OrderBy(m => m.Period!.Value.Start).FirstOrDefault();
        if (start is not null)
        {
            plans = [.. plans.Select(p => p with { Start = start })];
        }

        return new DocumentAnalysis(source, sentences, TopicExtractor.Extract(sentences), statements)
        {
            TitleTopics = TopicExtractor.Extract([new TextSentence(TitleSentenceIndex, -1, source.Title)]),
            UnresolvedDates = unresolved,
            Plans = plans,
            Phases = phases,
            Updates = updates,
            RefersBack = refersBack,
        };
    }

    /// <summary>Up to <paramref name="length"/> characters right before <paramref name="end"/>, where a cue for the date there stands.</summary>
    private static ReadOnlySpan<char> Before(string text, int end, int length) => text.AsSpan(Math.Max(0, end - length), end - Math.Max(0, end - length));

    /// <summary>The phase number all of a sentence's phase mentions share, if they name exactly one.</summary>
    private static int? OneNumber(IReadOnlyList<PhaseMention> phases)
    {
        // A part named by what it covers ("Zone 7") has its number only in the knowledge: nothing to go on about here.
        if (phases.Count == 0 || phases[0].Number == 0)
        {
            return null;
        }

        for (var i = 1; i < phases.Count; i++)
        {
            if (phases[i].Number != phases[0].Number)
            {
                return null;
            }
        }

        return phases[0].Number;
    }
}
