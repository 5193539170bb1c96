using System.Buffers;
using System.Text.RegularExpressions;

namespace Bot.Core.Analysis.Time;

/// <summary>How the clause that holds a date speaks of it: what a careful reader uses to tell past from future.</summary>
public enum ClauseTense
{
    /// <summary>No verb decides it ("the 2014 coalition", a heading).</summary>
    Unknown,
    /// <summary>"ended on Friday", "was arrested in August", "had been cleared by September".</summary>
    Past,
    /// <summary>"resumes on Friday", "is expected Thursday": news present tense usually schedules.</summary>
    Present,
    /// <summary>"will vote on Friday", "would strike on Saturday", "is due to", "plans to".</summary>
    Future,
}

/// <summary>What the clause around one date says of it: its tense, and whether the date is when something was said.</summary>
public readonly record struct ClauseReading(ClauseTense Tense, bool IsReportingDate)
{
    /// <summary>The date is a plan's target named in a past-participle aside ("The ban, extended to March 31, was lifted"): either side of the report.</summary>
    public bool IsAsideTarget { get; init; }

    /// <summary>The sentence's main verb ends the plan the aside dates ("... was lifted on Monday", "The fair, which runs until Sunday, was cut short"): called off.</summary>
    public bool IsEndedPlan { get; init; }
}

/// <summary>
/// Reads the verb group nearest a date in its clause. The one home of tense rules: the tagger uses it to pick a
/// bare weekday's or month's direction, the knowledge to tell a statement, a past event and a scheduled one apart.
/// </summary>
public static partial class ClauseTenseReader
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Modal and scheduling words: the clause speaks of something to come. "may" counts only in lower case (it is a month too).
    // "his next appearance on October 2", "the next round of talks in May": what is "next" lies ahead ("next to" is a place).
    // An infinitive after a past verb ("urged people to get vaccinated before the winter") is still to come from that verb.
    // "Owners whose homes burned have until Sept. 30 to sign up": a deadline given to someone ("has until", "have only
    // until") lies ahead, whatever past verb stands before it.
    private static LeadingWords FutureCueRegex() => FutureCueRegexField.Value;
    private static readonly Lazy<LeadingWords> FutureCueRegexField = new(() => new LeadingWords(
        @"\b(?:will|won't|wo\s+not|would|wouldn't|shall|might|could|(?-i:may)|is\s+to|are\s+to|to\s+be|going\s+to|set\s+to|scheduled|slated|expected|due|poised|likely\s+to|about\s+to|plans?\s+to|planned|aims?\s+to|hopes?\s+to|intends?\s+to|proposed|pending|must|should|ha(?:s|ve)\s+to|needs?\s+to|upcoming|forthcoming|next\s+(?!to\b)\p{L}+"
        + @"|to\s+(?:meet|vote|hold|begin|start|resume|open|reopen|close|end|return|visit|travel|sign|leave|arrive|take|hand|announce|decide|discuss|launch|complete|finish|withdraw|attend|host|release|publish|present|submit|review|consider|deliver|pay|move|continue|stay|remain|strike|expire|implement|enter|form|elect|choose|get|apply|register|prepare|file|appear|testify|rule|respond|act|report|approve|ratify|certify|reach|restart|finalise|finalize|lift|reduce|raise|build|reconvene))\b|'ll\b|\bha(?:s|ve)\s+(?:(?:only|now|just|still)\s+)?(?:(?:until|till)\s+)?$",
        Options));


    // "The company reports results on Thursday", "the court hears the appeal on Monday": an earnings calendar's or a court
    // list's present schedules; "media reports on Monday said" is the noun, and so is a capitalised "Reports" opening a sentence.
    private static LeadingWords PresentCueRegex() => PresentCueRegexField.Value;
    private static readonly Lazy<LeadingWords> PresentCueRegexField = new(() => new LeadingWords(
        @"\b(?:is|are|am|publishes|unveils|hears|(?<!\b(?:the|news|media|press|local|initial|earlier|recent|some|many|several|conflicting|unconfirmed)\s)(?-i:reports)|(?:begin|start|resume|open|reopen|close|end|run|take|come|go|meet|hold|vote|return|continue|remain|stay|expire|arrive|leave|travel|visit|host|launch|mark|fall|land|kick|get|face|play|head)s?|leaves|goes|runs"
        // "Parliament reconvenes on Tuesday", "the curfew lifts on Saturday": schedule verbs whose -s form is seldom a noun.
        + @"|reconvenes|convenes|restarts|lifts|withdraws|decides|announces|completes|concludes|debuts|premieres|ratifies|approves|departs)\b",
        Options));

    // The finite present verbs that state what holds now or from now: after a past verb in the same clause they are the
    // nearer verb ("the contract that expired on Sept. 30 stays in force until Jan. 15").
    // Most past clauses hold none of these, and then the expression is not run.
    private static readonly SearchValues<string> FinitePresentWords = SearchValues.Create(
        [" is ", " are ", "stays", "remains", "expires", "lasts", "continues", " runs"], StringComparison.OrdinalIgnoreCase);

    // "officials said they plan further action in March", "the firm said it expects a ruling in May": a pronoun's present
    // verb of intent inside reported speech looks ahead from the saying. The pronoun keeps the noun out ("approved a plan in
    // March"); LeadingWords runs the expression only from a pronoun on.

    private static LeadingWords ReportedIntentRegex() => ReportedIntentRegexField.Value;
    private static readonly Lazy<LeadingWords> ReportedIntentRegexField = new(() => new LeadingWords(
        @"\b(?:they|we|it|he|she|i)\s+(?:still\s+|now\s+|also\s+)?(?:plan|expect|hope|intend|want|aim|seek|mean|propose|anticipate|foresee)s?\b", Options));

    // "The regulator said the airline expects a ruling in May", "Police said organisers plan a march in April": a named
    // subject's verb of intent after a saying looks ahead as a pronoun's does. The word before the verb tells a subject
    // from a noun's determiner ("the company's plan in March", "approved plans in March").
    private static LeadingWords IntentVerbRegex() => IntentVerbRegexField.Value;
    private static readonly Lazy<LeadingWords> IntentVerbRegexField = new(() => new LeadingWords(
        @"\b(?:plan|expect|hope|intend|want|aim|seek|mean|propose|anticipate|foresee)s?\b", Options));

    private static readonly string[] NounOpenings =
        ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "any", "no", "new", "of", "for", "with", "and", "or"];

    private static bool IsNamedSubjectIntent(ReadOnlySpan<char> sincePast)
    {
        var saying = FirstIndex(ReportingVerbRegex(), sincePast);
        if (saying != 0)
        {
            return false;
        }

        var sayingEnd = sincePast.IndexOf(' ');
        foreach (var verb in IntentVerbRegex().EnumerateMatches(sincePast))
        {
            var head = sincePast[..verb.Index].TrimEnd();
            var space = head.LastIndexOf(' ');
            if (space < sayingEnd)
            {
                // The verb right after the saying is no subject's ("said plans").
                continue;
            }

            var word = head[(space + 1)..];
            if (!word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("’s", StringComparison.OrdinalIgnoreCase)
                && !word.EndsWith("s'", StringComparison.OrdinalIgnoreCase) && !IsOneOf(word, NounOpenings))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneOf(ReadOnlySpan<char> words, string[] choices)
    {
        foreach (var choice in choices)
        {
            if (words.Equals(choice, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static LeadingWords FinitePresentCueRegex() => FinitePresentCueRegexField.Value;
    private static readonly Lazy<LeadingWords> FinitePresentCueRegexField = new(() => new LeadingWords(@"\b(?:is|are|stays|remains|expires|lasts|continues|runs)\b", Options));

    // "was renewed until March 31", "agreed to extend the contract to Jan. 15", "an extension of the mandate until": the end an
    // extension sets lies ahead of the act of extending, which a report tells as news; the words are MoveWords'. So does
    // the day a court or a house adjourns to ("the judge adjourned the hearing until May 4"). A pluperfect ("had been
    // extended until March 31 but collapsed") tells the act as background: a plan's target again.
    private static Regex ExtensionTargetBeforeRegex() => ExtensionTargetBeforeRegexField.Value;
    private static readonly Lazy<Regex> ExtensionTargetBeforeRegexField = new(() => new Regex(
        @"(?<!\bhad\s+(?:been\s+)?)\b(?:" + MoveWords.Extension + @"|extension|adjourn(?:ed|s|ing)?|recessed)\b(?:\s+[\p{L}'’.]+){0,5}?(?<prep>\s+(?:until|till|through|to|into))?\s*$", Options));

    private static bool IsExtensionTarget(ReadOnlySpan<char> textBefore, TemporalRole role)
    {
        var window = textBefore[Math.Max(0, textBefore.Length - 60)..];
        // Every extension or adjournment word holds one of these stems: most past clauses have none.
        if (window.IndexOf("exten", StringComparison.OrdinalIgnoreCase) < 0 && window.IndexOf("renew", StringComparison.OrdinalIgnoreCase) < 0
            && window.IndexOf("prolong", StringComparison.OrdinalIgnoreCase) < 0 && window.IndexOf("adjourn", StringComparison.OrdinalIgnoreCase) < 0
            && window.IndexOf("recess", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        return ExtensionTargetBeforeRegex().IsMatch(window)
            && (role != TemporalRole.At || ExtensionTargetBeforeRegex().Match(window.ToString()).Groups["prep"].Success);
    }

    private static LeadingWords ReportingVerbRegex() => ReportingVerbRegexField.Value;
    private static readonly Lazy<LeadingWords> ReportingVerbRegexField = new(() => new LeadingWords(@"\b(?:said|says|told|tells|announced|announces|stated|states|confirmed|confirms|reported|added|declared|noted|explained|warned|insisted|claimed|wrote|tweeted|posted)\b", Options));

    // "was meant to be cleared", "were due to", "had planned to", "originally scheduled": a plan reported in the past.
    private static LeadingWords PastAuxiliaryBeforeRegex() => PastAuxiliaryBeforeRegexField.Value;
    private static readonly Lazy<LeadingWords> PastAuxiliaryBeforeRegexField = new(() => new LeadingWords(@"\b(?:was|were|had|originally|initially|previously)\s+(?:\p{L}+\s+)?$", Options));

    // "said the lander was on course to touch down on Wednesday", "was due to return on Friday, the agency said": reported
    // speech moves "is due to" back to "was due to" without moving the plan into the past. The prospective phrase must be
    // the clause's last past cue before the date; a saying must stand in the sentence (before or after), since narration's
    // "was due to" ("the road was meant to be cleared by September") is a plan told as past.
    private static LeadingWords ProspectiveInPastBeforeRegex() => ProspectiveInPastBeforeRegexField.Value;
    private static readonly Lazy<LeadingWords> ProspectiveInPastBeforeRegexField = new(() => new LeadingWords(
        @"(?<head>\b(?:was|were)\s+(?:still\s+|now\s+|also\s+)?(?:due|set|expected|scheduled|slated|poised|likely|about|going|on\s+(?:course|track)))(?:\s+to\b[^,;]*|\s+(?:for|on|in|by)\s*|\s*)$", Options));

    // "would be announced next week", "will say on Friday": a saying still to come is no reporting date.
    private static LeadingWords FutureSayingRegex() => FutureSayingRegexField.Value;
    private static readonly Lazy<LeadingWords> FutureSayingRegexField = new(() => new LeadingWords(@"\b(?:will|would|shall|to)\s+be\s+\p{L}+\s*$|\b(?:will|would|shall)\s+\p{L}+\s*$", Options));

    // "on July 12, not June 22", "instead of June 9": a date set against another, the old one of a move as often as not.
    private static LeadingWords ContrastBeforeRegex() => ContrastBeforeRegexField.Value;
    private static readonly Lazy<LeadingWords> ContrastBeforeRegexField = new(() => new LeadingWords(@"(?:,\s+not|\binstead\s+of|\brather\s+than)\s+(?:on\s+|in\s+|by\s+)?(?:the\s+)?$", Options));

    private static LeadingWords SinceBeforeRegex() => SinceBeforeRegexField.Value;
    private static readonly Lazy<LeadingWords> SinceBeforeRegexField = new(() => new LeadingWords(@"\b(?:since|ago)\s*$", Options));

    // "was pushed back to", "had planned for", "was due by", "agreed to extend the contract until", "moved the deadline
    // back (from X to Y)", "postponed to July 12 from": a past verb whose object is a plan's date. The act is past; the
    // date it names is the plan's target, which lies on either side of the report. The words are MoveWords'.
    private static LeadingWords PlanTargetBeforeRegex() => PlanTargetBeforeRegexField.Value;
    private static readonly Lazy<LeadingWords> PlanTargetBeforeRegexField = new(() => new LeadingWords(
        @"\b(?:(?:" + MoveWords.Verb + "|" + MoveWords.VerbInProgress + "|" + MoveWords.PhrasalHead + @")\b(?:\s+[\p{L}'’]+){0,4}?(?<prep>\s+" + MoveWords.Particle
        + @"|(?:\s+" + MoveWords.Particle + @")?\s+(?:to|until|till|through|from)|\s+(?:to|until|till)\s+[^,;]{1,30}?\s+from)?"
        + @"|(?:" + MoveWords.PlanWord + @"|promised|targeted|earmarked)\b(?:\s+\p{L}+){0,5}?(?<prep>\s+(?:by|for|on|until|till))?"
        + @"|\bset(?<prep>\s+for))\s*$",
        Options));

    // A plan verb just before a date: ending in its preposition ("pushed back to"), or bare when the date carries its
    // own deadline word ("was due | by May 22", "agreed to extend the contract | until Jan. 15").
    // A range the date opens with "from" ("moved the hearing | from June 22 to July 12") carries the preposition itself.
    private static bool IsPlanTarget(ReadOnlySpan<char> textBefore, TemporalRole role, bool opensWithFrom)
    {
        var window = textBefore[Math.Max(0, textBefore.Length - 60)..];
        // Most clauses name no plan: only a match needs the window as a string, for its groups.
        return PlanTargetBeforeRegex().IsMatch(window)
            && (role != TemporalRole.At || opensWithFrom || PlanTargetBeforeRegex().Match(window.ToString()).Groups["prep"].Success);
    }

    private static readonly string[] ClauseBoundaries = [", ", "; ", ": ", " — ", " – ", " and ", " but ", " while ", " that ", " after ", " before "];

    /// <summary>Reads the clause of <paramref name="sentence"/> around the date at <paramref name="start"/>.</summary>
    public static ClauseReading Read(string sentence, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var clauseStart = ClauseStart(sentence, start);
        var before = sentence.AsSpan(clauseStart, start - clauseStart);
        var end = Math.Min(sentence.Length, start + length);
        var after = sentence.AsSpan(end, ClauseEnd(sentence, end) - end);

        var clauseEnd = end + after.Length;
        var reporting = IsReportingDate(before, after) || IsFrontedSayingDate(sentence, clauseStart, before, end) || IsOwnDate(sentence, start, end)
            || IsSayingFrameDate(sentence, before);
        var tense = LastCue(before) ?? CueAfter(sentence.AsSpan(clauseStart, end - clauseStart), after)
            ?? (IsJoint(sentence, clauseEnd) && OpensClause(before)
                && (clauseStart == 0 || (clauseStart <= MaxFrontedOpening && LastCue(sentence.AsSpan(0, clauseStart)) is null))
                ? FrontedClauseCue(sentence, clauseEnd) : null)
            ?? ClauseTense.Unknown;
        if (tense == ClauseTense.Past && !reporting && IsReportedProspect(sentence, clauseStart, before, end))
        {
            tense = ClauseTense.Future;
        }

        var ended = false;
        var aside = !reporting && tense == ClauseTense.Past && IsParticipleTarget(sentence, clauseStart, before, clauseEnd, out ended);
        if (!reporting && !aside && tense is ClauseTense.Present or ClauseTense.Future)
        {
            // The relative clause's own tense still places the date ("which runs until Sunday": the Sunday ahead of the report).
            ended = IsEndedRelativePlan(sentence, clauseStart, before, clauseEnd);
        }

        if (!reporting && !aside && !ended && tense is ClauseTense.Past or ClauseTense.Future)
        {
            ended = IsCalledOffSubject(before, after);
        }

        return new ClauseReading(tense, reporting) { IsAsideTarget = aside, IsEndedPlan = ended };
    }

    private static bool IsReportedProspect(string sentence, int clauseStart, ReadOnlySpan<char> before, int dateEnd)
    {
        var window = before[Math.Max(0, before.Length - 80)..];
        // Every prospective phrase holds "was" or "were": most past clauses before a date do too, but few end in the phrase.
        if (window.IndexOf("was ", StringComparison.OrdinalIgnoreCase) < 0 && window.IndexOf("were ", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        if (!ProspectiveInPastBeforeRegex().IsMatch(window))
        {
            return false;
        }

        var head = ProspectiveInPastBeforeRegex().Match(window.ToString()).Groups["head"];
        var at = before.Length - window.Length + head.Index;
        // The phrase holds the clause's last past cue ("were expected": its participle is a past form too).
        return PastTenseCue.Last(before) < at + head.Length
            && (ReportingVerbRegex().IsMatch(sentence.AsSpan(0, clauseStart + at)) || ReportingVerbRegex().IsMatch(sentence.AsSpan(dateEnd)));
    }

    // "after the 20 March vote", "the May 1 deadline", "a Friday meeting": a word right after a day and month or a weekday
    // that an article or possessive stands before is the noun the date dates ("vote" is no verb here), not the clause's
    // verb. "The 27th" is a noun itself ("talks on the 27th begin at noon").
    private static Regex DatedNounRegex() => DatedNounRegexField.Value;
    private static readonly Lazy<Regex> DatedNounRegexField = new(() => new Regex(
        @"\b(?:the|a|an|its|their|his|her|our)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$",
        Options | RegexOptions.RightToLeft));

    // The first verb after the date; a cue that is the very next word is checked for being the date's noun (rarely needed).
    private static ClauseTense? CueAfter(ReadOnlySpan<char> clauseToDateEnd, ReadOnlySpan<char> after)
    {
        var tense = FirstCue(after, out var at);
        if (tense is null || at != 1 || after[0] != ' ' || !DatedNounRegex().IsMatch(clauseToDateEnd[Math.Max(0, clauseToDateEnd.Length - 30)..]))
        {
            return tense;
        }

        var noun = after[1..].IndexOfAny(' ', ',', ';');
        return noun < 0 ? null : FirstCue(after[(noun + 1)..]);
    }

    /// <summary>How long a verbless opening before a fronted date may be ("Still, ", "NEW YORK (AP) — "): longer ones are rare.</summary>
    private const int MaxFrontedOpening = 40;

    // The date opens its clause, a preposition at most before it ("On Monday, ..."); one at a clause's end ("exit from
    // bases by September 2025, followed by ...") dates its own clause, verb or not.
    // "As of today, ...", "Starting Monday, ...": the openings of a start fronted before its clause.
    private static bool OpensClause(ReadOnlySpan<char> before) => before.Trim() is var opening
        && ((opening.Length <= 6 && opening.IndexOf(' ') < 0) || IsOneOf(opening, StartOpenings));

    private static readonly string[] StartOpenings = ["as of", "starting", "beginning", "effective", "starting from", "with effect from"];

    // "Parking charges apply from Monday", "the new fares, starting 1 April": a start named with no verb that dates it
    // looks ahead; news tells a start already past with "since".
    private static LeadingWords StartBeforeRegex() => StartBeforeRegexField.Value;
    private static readonly Lazy<LeadingWords> StartBeforeRegexField = new(() => new LeadingWords(@"\b(?:from|as\s+of|starting|beginning)\s*$", Options));

    private static bool IsJoint(string sentence, int clauseEnd) =>
        sentence.AsSpan(clauseEnd).StartsWith(", ") || sentence.AsSpan(clauseEnd).StartsWith(" and ", StringComparison.OrdinalIgnoreCase);

    // "By Wednesday night, 38 ships were anchored", "Still, in May, prices fell": a date in a clause with no verb of its own
    // and none before it (a fronted adverbial) dates the clause after its comma.
    // A list of dates before it ("Monday, Tuesday and Wednesday will see strikes") is read through to the clause with a verb.
    private static ClauseTense? FrontedClauseCue(string sentence, int clauseEnd)
    {
        for (var listed = 0; listed < 4 && IsJoint(sentence, clauseEnd); listed++)
        {
            var next = clauseEnd + (sentence[clauseEnd] == ',' ? 2 : 5);
            clauseEnd = ClauseEnd(sentence, next);
            var clause = sentence.AsSpan(next, clauseEnd - next);
            if (IsSayingAside(sentence, clause, clauseEnd))
            {
                // "By Friday, officials said, most ferries would sail again": the saying is an aside; the clause after it is the date's.
                continue;
            }

            if (FirstCue(clause) is { } tense)
            {
                return tense;
            }
        }

        return null;
    }

    /// <summary>The tense of the last verb before <paramref name="position"/> in the whole sentence, across clauses ("They met in May and in a week").</summary>
    public static ClauseTense TenseBefore(string sentence, int position)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return LastCue(sentence.AsSpan(0, position)) ?? ClauseTense.Unknown;
    }

    // "said on Tuesday", "announced Wednesday", "on Monday said": the date is the day of the saying.
    private static bool IsReportingDate(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var tail = before.TrimEnd();
        if (tail.EndsWith(" on", StringComparison.OrdinalIgnoreCase))
        {
            tail = tail[..^3];
        }

        var window = tail[Math.Max(0, tail.Length - 14)..];
        foreach (var verb in ReportingVerbRegex().EnumerateMatches(window))
        {
            if (verb.Index + verb.Length >= window.Length)
            {
                return !FutureSayingRegex().IsMatch(tail);
            }
        }

        foreach (var verb in ReportingVerbRegex().EnumerateMatches(after))
        {
            return verb.Index <= 2;
        }

        return false;
    }

    /// <summary>
    /// Which way a date named without its year, week or month lies from its anchor: a past or reporting clause looks
    /// back ("ended on Friday", "said Tuesday"), a present or future one ahead ("resume on Friday", "will vote in
    /// June"), and so does a deadline ("by June"); "since June" looks back; with no verb, the nearest, and so for the
    /// target of a plan or move told in the past, on either side ("was pushed back to June 12", "had set for Monday"), and
    /// so for a date set against another ("on July 12, not June 22") and for the target an aside names ("The ban,
    /// extended to March 31, was lifted").
    /// </summary>
    /// <param name="opensWithFrom">The date is a range that opens with "from" ("from June 22 to July 12").</param>
    public static DateDirection DirectionOf(ClauseReading reading, TemporalRole role, ReadOnlySpan<char> textBefore, bool opensWithFrom = false) =>
        reading.IsReportingDate ? DateDirection.Back
        : reading.IsAsideTarget || (reading.IsEndedPlan && reading.Tense == ClauseTense.Past) ? DateDirection.EitherSide
        : ContrastBeforeRegex().IsMatch(textBefore[Math.Max(0, textBefore.Length - 24)..]) ? DateDirection.EitherSide
        : reading.Tense == ClauseTense.Past ? (IsExtensionTarget(textBefore, role) ? DateDirection.Ahead
            : IsPlanTarget(textBefore, role, opensWithFrom) ? DateDirection.EitherSide : DateDirection.Back)
        : reading.Tense is ClauseTense.Present or ClauseTense.Future ? DateDirection.Ahead
        : role != TemporalRole.At ? DateDirection.Ahead
        : SinceBeforeRegex().IsMatch(textBefore[Math.Max(0, textBefore.Length - 12)..]) ? DateDirection.Back
        : !opensWithFrom && StartBeforeRegex().IsMatch(textBefore[Math.Max(0, textBefore.Length - 12)..]) ? DateDirection.Ahead
        : DateDirection.Nearest;

    // The verb nearest before the date decides; at a tie the auxiliary wins ("is expected": future, not past).
    private static ClauseTense? LastCue(ReadOnlySpan<char> text)
    {
        var future = LastIndex(FutureCueRegex(), text);
        var past = PastTenseCue.Last(text);
        if (future < 0 && past < 0)
        {
            // A present verb decides only when no auxiliary does: "will vote" is future, not present.
            return PresentCueRegex().IsMatch(text) ? ClauseTense.Present : null;
        }

        if (future >= past)
        {
            return PastAuxiliaryBeforeRegex().IsMatch(text[..future]) ? ClauseTense.Past : ClauseTense.Future;
        }

        var sincePast = text[past..];
        return (sincePast.IndexOfAny(FinitePresentWords) > 0 && LastIndex(FinitePresentCueRegex(), sincePast) > 0)
            || LastIndex(ReportedIntentRegex(), sincePast) > 0 || IsNamedSubjectIntent(sincePast) ? ClauseTense.Present : ClauseTense.Past;
    }

    private static ClauseTense? FirstCue(ReadOnlySpan<char> text) => FirstCue(text, out _);

    private static ClauseTense? FirstCue(ReadOnlySpan<char> text, out int at)
    {
        var future = FirstIndex(FutureCueRegex(), text);
        var past = PastTenseCue.First(text);
        var present = FirstIndex(PresentCueRegex(), text);
        var best = (ClauseTense?)null;
        at = int.MaxValue;
        foreach (var (index, tense) in (ReadOnlySpan<(int, ClauseTense)>)[(future, ClauseTense.Future), (past, ClauseTense.Past), (present, ClauseTense.Present)])
        {
            if (index >= 0 && index < at)
            {
                at = index;
                best = tense;
            }
        }

        return best;
    }

    private static int LastIndex(LeadingWords regex, ReadOnlySpan<char> text)
    {
        var last = -1;
        foreach (var match in regex.EnumerateMatches(text))
        {
            last = match.Index;
        }

        return last;
    }

    private static int FirstIndex(LeadingWords regex, ReadOnlySpan<char> text)
    {
        foreach (var match in regex.EnumerateMatches(text))
        {
            return match.Index;
        }

        return -1;
    }

    private static int ClauseStart(string sentence, int position)
    {
        var start = 0;
        foreach (var boundary in ClauseBoundaries)
        {
            var at = sentence.LastIndexOf(boundary, Math.Max(0, position - 1), StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at + boundary.Length <= position)
            {
                start = Math.Max(start, at + boundary.Length);
            }
        }

        return start;
    }

    private static int ClauseEnd(string sentence, int position)
    {
        var end = sentence.Length;
        foreach (var boundary in ClauseBoundaries)
        {
            var at = sentence.IndexOf(boundary, position, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                end = Math.Min(end, at);
            }
        }

        return end;
    }
}
