using System.Buffers;
using System.Text.RegularExpressions;

namespace Bot.Core.Analysis.Time;

/// <summary>
/// How the shape of a sentence frames a date, beside its verb: a date fronted before a saying ("On Tuesday, the
/// minister said ..."), or in a saying's frame ("speaking on Monday", "in a statement on Monday"), the report's own date in a dateline or a time stamp ("LONDON, March 3 (Reuters) -",
/// "Updated: March 4, 2026"), and a past-participle aside ("The ban, extended to March 31, was lifted on Monday").
/// Each rule runs only when the characters its words need stand where it looks, so most dates pay a comparison or two.
/// </summary>
public static partial class ClauseTenseReader
{
    // "On Tuesday, ", "Late on Monday ", "Earlier on Friday, ": what may stand before a date fronted before its clause's subject.
    private static Regex FrontedSayingOpeningRegex() => FrontedSayingOpeningRegexField.Value;
    private static readonly Lazy<Regex> FrontedSayingOpeningRegexField = new(() => new Regex(@"^\s*(?:(?:late|early|earlier|later)\s+)?(?:on\s+|in\s+)?$", Options));

    // The subject between the fronted date and its saying: a few words, no clause of its own ("the minister who resigned said").
    private static Regex SayingSubjectRegex() => SayingSubjectRegexField.Value;
    private static readonly Lazy<Regex> SayingSubjectRegexField = new(() => new Regex(@"^,?\s*(?<subject>(?:(?!(?:who|which|that|and|but|when|after|before)\b)[\p{L}'’.\-]+\s+){1,7})$", Options));

    /// <summary>How far after a fronted date its saying may come ("On Monday, Prime Minister Ana Ruiz's spokesman said").</summary>
    private const int MaxSubjectBeforeSaying = 60;

    // "On Tuesday, the minister said the port would reopen on Friday": a date that opens the sentence, before a subject
    // and its saying, is the day of the saying, which what was said is read against; "On Monday, the port reopened" is no
    // saying, and "On Monday, the minister will say" one still to come.
    private static bool IsFrontedSayingDate(string sentence, int clauseStart, ReadOnlySpan<char> before, int dateEnd)
    {
        if (before.Length > 12 || !FrontedSayingOpeningRegex().IsMatch(before)
            || !(clauseStart == 0 || (clauseStart <= MaxFrontedOpening && LastCue(sentence.AsSpan(0, clauseStart)) is null)))
        {
            return false;
        }

        var window = sentence.AsSpan(dateEnd, Math.Min(MaxSubjectBeforeSaying, sentence.Length - dateEnd));
        foreach (var verb in ReportingVerbRegex().EnumerateMatches(window))
        {
            var subject = window[..verb.Index];
            // "By Friday, officials said, most ferries would sail": a saying set off by commas is an aside; the date is the main clause's.
            var aside = window[(verb.Index + verb.Length)..].StartsWith(",");
            return !aside && SayingSubjectRegex().IsMatch(subject) && FirstIndex(FutureCueRegex(), subject) < 0 && PastTenseCue.First(subject) < 0;
        }

        return false;
    }

    // "The minister, speaking on Monday, said", "Speaking to reporters on Sunday, the mayor said", "said in a statement on
    // Monday that", "at a news conference on Friday": the frame of a saying, whose date is the saying's day.
    private static Regex SayingFrameBeforeRegex() => SayingFrameBeforeRegexField.Value;
    private static readonly Lazy<Regex> SayingFrameBeforeRegexField = new(() => new Regex(
        @"\b(?:speaking|writing|in\s+(?:a|an|his|her|their|its)\s+(?:[\p{L}\-]+\s+){0,2}?(?:statement|interview|letter|post|briefing|speech|address|message|video|release)|at\s+(?:a|an|his|her|their|its)\s+(?:news|press)\s+(?:conference|briefing))\b(?:\s+[\p{L}'’.\-]+){0,5}?\s+(?:on\s+)?$",
        Options | RegexOptions.RightToLeft));

    // Every saying frame holds one of these words: most clauses before a date hold none.
    private static readonly SearchValues<string> SayingFrameWords = SearchValues.Create(
        ["speaking", "writing", "statement", "interview", "letter", "post", "briefing", "speech", "address", "message", "video", "release"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>A date in the frame of a saying, in a sentence that tells the saying ("said", "told").</summary>
    private static bool IsSayingFrameDate(string sentence, ReadOnlySpan<char> before)
    {
        var window = before[Math.Max(0, before.Length - 60)..];
        return window.IndexOfAny(SayingFrameWords) >= 0 && SayingFrameBeforeRegex().IsMatch(window) && ReportingVerbRegex().IsMatch(sentence);
    }

    /// <summary>", officials said," between commas: a saying with no clause of its own, set into another.</summary>
    private static bool IsSayingAside(string sentence, ReadOnlySpan<char> clause, int clauseEnd)
    {
        if (!sentence.AsSpan(clauseEnd).StartsWith(", ") || clause.Length > MaxSubjectBeforeSaying)
        {
            return false;
        }

        foreach (var verb in ReportingVerbRegex().EnumerateMatches(clause))
        {
            var subject = clause[..verb.Index];
            return verb.Index + verb.Length == clause.Length && SayingSubjectRegex().IsMatch(subject)
                && FirstIndex(FutureCueRegex(), subject) < 0;
        }

        return false;
    }

    // "LONDON, March 3 (Reuters) -", "KYIV, Ukraine, March 3 (AP) —": a dateline, a place in capitals, its date, the agency, a dash.
    private static Regex DatelinePlaceRegex() => DatelinePlaceRegexField.Value;
    private static readonly Lazy<Regex> DatelinePlaceRegexField = new(() => new Regex(@"^\p{Lu}[\p{Lu}\p{M}.'’ \-]+(?:,\s+\p{Lu}[\p{L}.'’ \-]*){0,2},\s$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture));

    private static Regex DatelineTailRegex() => DatelineTailRegexField.Value;
    private static readonly Lazy<Regex> DatelineTailRegexField = new(() => new Regex(@"^,?\s*(?:\d{4}\s*)?(?:\([^)]{1,40}\)\s*)?(?:-|—|–|--)", Options));

    // "Updated: March 4, 2026, 9:14 a.m.", "Published on 4 March 2026", "Last updated 4 March": the page's own stamp.
    private static Regex StampRegex() => StampRegexField.Value;
    private static readonly Lazy<Regex> StampRegexField = new(() => new Regex(@"^\s*(?:(?:last|first)\s+)?(?:updated|published|posted|modified)(?:\s+on)?\s*:?\s*$", Options));

    /// <summary>How far into a sentence a dateline or a time stamp ends: a place of a few words.</summary>
    private const int MaxDatelinePlace = 48;

    /// <summary>The report's own date, given by its dateline or its stamp: the day of the report's saying, never an event of it.</summary>
    private static bool IsOwnDate(string sentence, int start, int dateEnd)
    {
        if (start > MaxDatelinePlace)
        {
            return false;
        }

        var before = sentence.AsSpan(0, start);
        if (before.EndsWith(", ") && before.Length > 3 && char.IsUpper(sentence[0]) && char.IsUpper(sentence[1]))
        {
            return DatelinePlaceRegex().IsMatch(before) && DatelineTailRegex().IsMatch(sentence.AsSpan(dateEnd));
        }

        // A stamp's last word is its verb ("updated") or its colon or "on": most sentence openings end otherwise.
        var stamp = before.TrimEnd();
        return stamp.Length <= 24 && (stamp.EndsWith(':') || stamp.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || stamp.EndsWith(" on", StringComparison.OrdinalIgnoreCase))
            && StampRegex().IsMatch(before);
    }

    // ", extended to March 31,", ", called for Friday,", ", imposed until Sunday,": an aside that opens with a past
    // participle and names a target after its preposition (which a date of deadline or end carries itself).
    private static Regex ParticipleAsideRegex() => ParticipleAsideRegexField.Value;
    private static readonly Lazy<Regex> ParticipleAsideRegexField = new(() => new Regex(
        @"^(?:(?:originally|initially|first|later|since|already|twice|repeatedly|last)\s+)?(?:\p{L}{3,}ed|set|called|held|brought|put|pushed|moved|due)\s+(?:[\p{L}'’\-]+\s+){0,4}?(?<prep>(?:to|for|until|till|through|into)\s+(?:the\s+)?)?$",
        Options));

    // The main verb that ends the plan an aside dates: the ban "was lifted", the strike "was suspended", the order "overturned".
    private const string EndingVerbs = @"(?:lifted|ended|revoked|rescinded|repealed|suspended|scrapped|cancell?ed|called\s+off|cut\s+short|overturned|struck\s+down|withdrawn|dropped|abandoned|halted|quashed|annulled|reversed|broke\s+down|collapsed|postponed|shelved)";

    private static Regex EndingVerbRegex() => EndingVerbRegexField.Value;
    private static readonly Lazy<Regex> EndingVerbRegexField = new(() => new Regex(@"^[^,;]*?\b" + EndingVerbs + @"\b", Options));

    // "The match on Sunday was postponed", "Tuesday's hearing was cancelled", "the 5 May launch has been scrapped": a date
    // inside the subject, then a few noun words and a passive that ends the plan.
    private static Regex CalledOffAfterRegex() => CalledOffAfterRegexField.Value;
    private static readonly Lazy<Regex> CalledOffAfterRegexField = new(() => new Regex(
        @"^(?:'s|’s)?(?:\s+[\p{L}\-]+){0,3}?\s+(?:was|were|(?:has|have|had)\s+been|(?:is|are)\s+being)\s+(?:\p{L}+ly\s+)?" + EndingVerbs + @"\b", Options));

    // Every such passive holds one of these words: most clauses after a date hold none.
    private static readonly SearchValues<string> PassiveWords = SearchValues.Create([" was ", " were ", " been ", " being "], StringComparison.OrdinalIgnoreCase);

    // "The concert scheduled for Friday": a plan's participle before the date, with the subject it follows.
    private static Regex PlanParticipleBeforeRegex() => PlanParticipleBeforeRegexField.Value;
    private static readonly Lazy<Regex> PlanParticipleBeforeRegexField = new(() => new Regex(@"\b(?:scheduled|planned|set|slated|due)\s+(?:for|on)\s*$", Options));

    /// <summary>
    /// "The match on Sunday was postponed", "Fans were told Tuesday's hearing had been cancelled": the date dates the
    /// subject of a passive that ends its plan, with no verb before it (or only a saying, or the plan's own "scheduled
    /// for"): the date was the plan's, now called off. "The hearing was cancelled on Tuesday" dates the act instead.
    /// </summary>
    private static bool IsCalledOffSubject(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var window = after[..Math.Min(after.Length, 48)];
        if (window.IndexOfAny(PassiveWords) < 0 || !CalledOffAfterRegex().IsMatch(window))
        {
            return false;
        }

        if (PlanParticipleBeforeRegex().Match(before.ToString()) is { Success: true } participle)
        {
            before = before[..participle.Index];
        }

        return LastCue(before) is null || EndsInSaying(before);
    }

    // ", which runs until Sunday,", ", which is due to end on Friday,": a relative clause set into its subject.
    private static Regex RelativeAsideRegex() => RelativeAsideRegexField.Value;
    private static readonly Lazy<Regex> RelativeAsideRegexField = new(() => new Regex(@"^which\s+(?:[\p{L}'’\-]+\s+){1,6}?$", Options));

    /// <summary>
    /// "The fair, which runs until Sunday, was cut short on Friday": a relative clause between commas dates the plan of
    /// its subject, and a past main verb that ends that plan calls the date off; without such a verb ("The fair, which
    /// runs until Sunday, opened on Friday") the date stands.
    /// </summary>
    private static bool IsEndedRelativePlan(string sentence, int clauseStart, ReadOnlySpan<char> before, int clauseEnd)
    {
        // Every such aside opens with "which" right after a comma: most clauses do not.
        if (clauseStart < 4 || sentence[clauseStart - 2] != ',' || !before.StartsWith("which ", StringComparison.OrdinalIgnoreCase)
            || !sentence.AsSpan(clauseEnd).StartsWith(", ") || !RelativeAsideRegex().IsMatch(before)
            || !(LastCue(sentence.AsSpan(0, clauseStart - 2)) is null || EndsInSaying(sentence.AsSpan(0, clauseStart - 2))))
        {
            return false;
        }

        var main = sentence.AsSpan(clauseEnd + 2);
        return FirstCue(main) == ClauseTense.Past && EndingVerbRegex().IsMatch(main);
    }

    /// <summary>"Fans were told the match": the last verb before the subject is a saying, so the subject opens what was said.</summary>
    private static bool EndsInSaying(ReadOnlySpan<char> text)
    {
        var saying = LastIndex(ReportingVerbRegex(), text);
        return saying >= 0 && saying >= PastTenseCue.Last(text) && saying >= LastIndex(FutureCueRegex(), text);
    }

    /// <summary>
    /// "The ban, extended to March 31, was lifted on Monday": a date an aside names as a plan's target, between commas
    /// after a subject with no verb yet, in a sentence whose main verb is past: the target of an act told as background,
    /// on either side of the report; <paramref name="ended"/> when the main verb ends that plan (past context, not ahead).
    /// </summary>
    private static bool IsParticipleTarget(string sentence, int clauseStart, ReadOnlySpan<char> before, int clauseEnd, out bool ended)
    {
        ended = false;
        if (clauseStart < 4 || sentence[clauseStart - 2] != ',' || !sentence.AsSpan(clauseEnd).StartsWith(", ")
            || ParticipleAsideRegex().Match(before.ToString()) is not { Success: true } aside
            || LastCue(sentence.AsSpan(0, clauseStart - 2)) is not null)
        {
            return false;
        }

        // A bare date after the participle is the act's own day ("imposed on Friday" ends in "on"; "held Thursday"), not a target.
        var date = sentence.AsSpan(clauseStart + before.Length);
        if (aside.Groups["prep"].Length == 0 && !(date.StartsWith("until ", StringComparison.OrdinalIgnoreCase)
            || date.StartsWith("till ", StringComparison.OrdinalIgnoreCase) || date.StartsWith("through ", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var main = sentence.AsSpan(clauseEnd + 2);
        if (FirstCue(main) != ClauseTense.Past)
        {
            return false;
        }

        ended = EndingVerbRegex().IsMatch(main);
        return true;
    }
}
