using System.Text.RegularExpressions;
using Bot.Core.Analysis.Time;

namespace Bot.Core.Analysis;

/// <summary>What a newer report does to something an older one set a date for.</summary>
public enum UpdateAction
{
    /// <summary>Moved, postponed, delayed, extended, brought forward: a new date, or none yet.</summary>
    Moved,
    Cancelled,
    Completed,
    Missed,
}

/// <summary>
/// A sentence that changes a date others gave ("moved the deadline for phase two from the end of 2026 to June 2027",
/// "the vote was cancelled", "the handover was completed on Tuesday", "missed the June deadline").
/// <see cref="From"/> is the old date when the sentence names it; <see cref="To"/> the new one; <see cref="On"/> the day
/// it was done. <see cref="Subject"/> is what the change is about, for finding it in older reports.
/// </summary>
public sealed record StoryUpdate(int SentenceIndex, UpdateAction Action, TemporalMention? From, TemporalMention? To, TemporalMention? On, string Subject)
{
    /// <summary>Further old dates one change closes ("cancelled the strikes planned for Thursday, Friday and Saturday").</summary>
    public IReadOnlyList<TemporalMention> AlsoFrom { get; init; } = [];

    /// <summary>
    /// The span the tagger read as one range, which the change reads as its old and new dates ("pushed the deadline back
    /// from Jan. 15 to Feb. 28"): <see cref="From"/> and <see cref="To"/> stand for it.
    /// </summary>
    public TemporalMention? Replaces { get; init; }

    /// <summary>
    /// An extension ("agreed to extend their contract until Jan. 15", "renewed the mandate through March"): it lengthens
    /// something that ends, to a later end, so it speaks of an item whose date is an end and never moves one earlier.
    /// </summary>
    public bool Lengthens { get; init; }

    /// <summary>
    /// Dates of the change's reason clause ("delayed to May because the parts arrive in April", "postponed after the storm
    /// on Tuesday"): they date why it moved, not a step of what moved, so they are neither its new date nor a plan to follow.
    /// </summary>
    public IReadOnlyList<TemporalMention> Reasons { get; init; } = [];

    /// <summary>Where the reason clause begins in the sentence ("because …"), when it names a date.</summary>
    public int ReasonStart { get; init; }
}

/// <summary>Reads the words of change around dates (their vocabulary is <see cref="MoveWords"/>'), and which date is old and which new.</summary>
public static partial class StoryUpdateReader
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public static StoryUpdate? Read(TextSentence sentence, IReadOnlyList<TemporalMention> mentions, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mentions);
        var text = sentence.Text;
        var (action, cue) = Find(text);
        if (action is null)
        {
            return null;
        }

        var dated = mentions.Where(m => m.Period is not null && !m.IsReportingDate).ToList();
        var replaces = action == UpdateAction.Moved ? dated.FirstOrDefault(m => m.Start > cue.Index && FromTo().IsMatch(m.Text)) : null;
        if (replaces is not null)
        {
            dated = [.. dated.SelectMany(m => ReferenceEquals(m, replaces) ? Ends(m) : [m])];
        }

        TemporalMention? from = null, on = null;
        var after = new List<TemporalMention>();
        var also = new List<TemporalMention>();
        var reason = ReasonClause().Match(text, cue.Index + cue.Length) is { Success: true } found ? found.Index : text.Length;
        var reasons = new List<TemporalMention>();
        foreach (var mention in dated)
        {
            if (mention.Start >= reason)
            {
                reasons.Add(mention);
                continue;
            }

            var before = text[Math.Max(0, mention.Start - 40)..mention.Start];
            if (PriorCue().IsMatch(before) || (mention.Start < cue.Index && FormerCue().IsMatch(before)) || (from is not null && action != UpdateAction.Moved && ListJoin().IsMatch(text[((also.Count > 0 ? also[^1] : from).Start + (also.Count > 0 ? also[^1] : from).Length)..mention.Start])))
            {
                if (from is null)
                {
                    from = mention;
                }
                else if (action != UpdateAction.Moved)
                {
                    also.Add(mention);
                }
            }
            else if (action == UpdateAction.Moved && mention.Start > cue.Index)
            {
                after.Add(mention);
            }
            else if (action != UpdateAction.Moved && !SameClause(text, cue.Index, mention.Start))
            {
                continue;
            }
            else if (action != UpdateAction.Moved && IsDoneDay(mention, published))
            {
                on ??= mention;
            }
            else if (action != UpdateAction.Moved)
            {
                from ??= mention;
            }
        }

        // The new date is the first after the change ("to March 2028"), not one of a clause after it ("after the maker
        // went into administration in September").
        bool Cued(TemporalMention m) => NewDateCue().IsMatch(text[Math.Max(0, m.Start - 12)..m.Start]);
        var to = after.FirstOrDefault(m => Cued(m) && SameClause(text, cue.Index, m.Start))
            ?? after.FirstOrDefault(m => SameClause(text, cue.Index, m.Start))
            ?? after.FirstOrDefault(Cued)
            ?? after.FirstOrDefault();
        // "postponed by a week": the new date is the old one moved by that much.
        if (action == UpdateAction.Moved && to is null && from?.Period is { Granularity: DateGranularity.Day } old && Shift().Match(text) is { Success: true } shift
            && PhaseOrdinals.Count(shift.Groups["n"].Value is "a" or "an" ? "one" : shift.Groups["n"].Value) is { } n)
        {
            var days = shift.Groups["unit"].Value.ToLowerInvariant() switch { "day" => n, "week" => 7 * n, _ => 0 };
            var later = shift.Groups["way"].Value.Contains("forward", StringComparison.OrdinalIgnoreCase) ? -days : days;
            if (days > 0)
            {
                to = new TemporalMention(shift.Index, shift.Length, shift.Value, TemporalRole.At, DatePeriod.Day(old.Start.AddDays(later))) { Tense = ClauseTense.Future };
            }
        }

        if (action == UpdateAction.Moved && to is null && from is null)
        {
            // "postponed the vote", no date at all: moved, no new date given.
            return new StoryUpdate(sentence.Index, action.Value, null, null, null, text) { Reasons = reasons, ReasonStart = reason };
        }

        var lengthens = action == UpdateAction.Moved && Lengthening().IsMatch(text, cue.Index);
        return new StoryUpdate(sentence.Index, action.Value, from, to, on, text) { AlsoFrom = also, Replaces = replaces, Lengthens = lengthens, Reasons = reasons, ReasonStart = reason };
    }

    /// <summary>"from Jan. 15 to Feb. 28" as two dates, "Jan. 15" and "Feb. 28", each as fine as the words give it.</summary>
    private static TemporalMention[] Ends(TemporalMention range)
    {
        var match = FromTo().Match(range.Text);
        var period = range.Period!.Value;
        DatePeriod End(Group words, DateOnly day) =>
            DayNumber().IsMatch(words.Value) ? DatePeriod.Day(day) : DatePeriod.Month(day.Year, day.Month);
        var old = match.Groups["old"];
        var @new = match.Groups["new"];
        return
        [
            range with { Start = range.Start + old.Index, Length = old.Length, Text = old.Value, Role = TemporalRole.At, Period = End(old, period.Start) },
            range with { Start = range.Start + @new.Index, Length = @new.Length, Text = @new.Value, Role = TemporalRole.At, Period = End(@new, period.End) },
        ];
    }

    private static Regex FromTo() => FromToField.Value;
    private static readonly Lazy<Regex> FromToField = new(() => new Regex(@"^from\s+(?<old>.+?)\s+to\s+(?<new>.+)$", Options));

    private static Regex DayNumber() => DayNumberField.Value;
    private static readonly Lazy<Regex> DayNumberField = new(() => new Regex(@"(?<!\d)\d{1,2}(?!\d)", Options));

    /// <summary>No clause boundary between the word of change and the date: "after repairs were completed" says nothing of "by June".</summary>
    private static bool SameClause(string text, int a, int b)
    {
        var (from, to) = a < b ? (a, b) : (b, a);
        var between = text[from..to];
        return !ClauseBreak().IsMatch(between);
    }

    private static Regex ClauseBreak() => ClauseBreakField.Value;
    private static readonly Lazy<Regex> ClauseBreakField = new(() => new Regex(@",\s|;|\s(?:after|before|while|when|because|although|but)\s", Options));

    /// <summary>A mention that is the day something was done: at a day or week that had come by the report.</summary>
    private static bool IsDoneDay(TemporalMention mention, DateOnly? published) =>
        mention.Role == TemporalRole.At && mention.Period is { } p && (published is null || p.Start <= published) && mention.Tense != ClauseTense.Future;

    private static (UpdateAction? Action, Match Cue) Find(string text)
    {
        // Speculation is no change: "could be delayed", "may be cancelled", "if ... postponed".
        foreach (var (regex, action) in (ReadOnlySpan<(LeadingWords, UpdateAction)>)[(Missed(), UpdateAction.Missed), (Cancelled(), UpdateAction.Cancelled), (Moved(), UpdateAction.Moved), (Completed(), UpdateAction.Completed)])
        {
            var match = regex.Match(text);
            if (match.Success && !Speculative().IsMatch(text[Math.Max(0, match.Index - 25)..match.Index]))
            {
                return (action, match);
            }
        }

        return (null, Match.Empty);
    }

    /// <summary>
    /// Where the change's reason begins: "because", "due to", "citing", "amid", "after the storm", ", as …", ", since …",
    /// "following". "until after the vote", "a week after the vote" and "the following week" are a date, not a reason.
    /// </summary>
    private static Regex ReasonClause() => ReasonClauseField.Value;
    private static readonly Lazy<Regex> ReasonClauseField = new(() => new Regex(@"(?:\b(?:because|due\s+to|owing\s+to|citing|amid|(?<!\bthe\s)following)|(?<!\b(?:until|till|to|day|days|week|weeks|month|months|year|years|shortly|soon|just|right)\s)\bafter|,\s*(?:as|since))\b", Options));

    private static Regex ListJoin() => ListJoinField.Value;
    private static readonly Lazy<Regex> ListJoinField = new(() => new Regex(@"^\s*(?:,|,?\s*and|,?\s*or)\s*$", Options));

    private static Regex Shift() => ShiftField.Value;
    private static readonly Lazy<Regex> ShiftField = new(() => new Regex(@"\b(?<way>postponed|delayed|pushed\s+back|put\s+off|moved|brought\s+forward|deferred)\s+by\s+(?<n>a|an|one|two|three|four|\d{1,2})\s+(?<unit>day|week)s?\b", Options));

    private static Regex NewDateCue() => NewDateCueField.Value;
    private static readonly Lazy<Regex> NewDateCueField = new(() => new Regex(@"\b(?:to|until|till|into|for|on|at)\s+(?:the\s+)?$", Options));

    private static LeadingWords Moved() => MovedField.Value;
    private static readonly Lazy<LeadingWords> MovedField = new(() => new LeadingWords(@"\b(?:" + MoveWords.Verb + "|" + MoveWords.Phrasal + @"|now\s+(?:" + MoveWords.PlanWord + @"|set|expected)|" + NowUntil + @"|will\s+now|would\s+now\s+(?:begin|start|open|close|end|run|resume|take\s+place|be\s+held))\b", Options));

    private static Regex Lengthening() => LengtheningField.Value;
    private static readonly Lazy<Regex> LengtheningField = new(() => new Regex(@"\G(?:" + MoveWords.Extension + "|" + NowUntil + ")", Options));

    /// <summary>"Homeowners now have until Oct. 29": a time to act that ends later than it did, which is an extension.</summary>
    private const string NowUntil = @"now\s+ha(?:ve|s)\s+until";

    private static LeadingWords Cancelled() => CancelledField.Value;
    private static readonly Lazy<LeadingWords> CancelledField = new(() => new LeadingWords(@"\b(?:cancell?(?:ed|s)|call(?:ed|s)\s+off|scrap(?:ped|s)|abandon(?:ed|s)|shelv(?:ed|es)|axed|dropped\s+(?:the|its|their)\s+plans?)\b", Options));

    private static LeadingWords Completed() => CompletedField.Value;
    private static readonly Lazy<LeadingWords> CompletedField = new(() => new LeadingWords(@"\b(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:now\s+)?(?:completed|complete|finished|concluded|done|fulfilled|achieved|carried\s+out)|(?<!\bbe\s)(?<!\bto\s)(?<!\bwill\s)(?:completed|finished|concluded|wrapped\s+up)|(?:met|meets)\s+(?:the|its|their)\s+(?:\w+\s+)?deadline)\b", Options));

    private static LeadingWords Missed() => MissedField.Value;
    private static readonly Lazy<LeadingWords> MissedField = new(() => new LeadingWords(@"\b(?:miss(?:ed|es)\s+(?:the|its|their|a)\b|fail(?:ed|s)?\s+to\s+meet|(?:was|were|has\s+been|have\s+been)\s+not\s+met|went\s+unmet|passed\s+without|fell\s+behind\s+schedule)", Options));

    // "may" counts only in lower case: "which was due by May 22, has been pushed back" speaks of the month.
    private static Regex Speculative() => SpeculativeField.Value;
    private static readonly Lazy<Regex> SpeculativeField = new(() => new Regex(@"\b(?:could|might|(?-i:may)|if|unless|whether|would|threat(?:ened|ens)?\s+to|risk(?:s|ed)?)\b[^.]*$", Options));

    /// <summary>The old date told as a plan that was: "which was to end on Sunday", "it was to be held in Oslo in May".</summary>
    private static Regex FormerCue() => FormerCueField.Value;
    private static readonly Lazy<Regex> FormerCueField = new(() => new Regex(@"\b(?:was|were|had\s+been)\s+(?:to|due\s+to|supposed\s+to|meant\s+to|set\s+to|expected\s+to|planned\s+to|scheduled\s+to)\b[^;,]*$|\b(?:was|were|had\s+been)\s+(?:" + MoveWords.PlanWord + @"|set|expected)\b[^;,]*$", Options));

    /// <summary>
    /// The old date: "from the end of 2026", "originally set for Friday", "planned for June", "on June 12, not May 22", "instead of May 22",
    /// "than the original Sept. 30 cutoff", "the previous deadline of May 1".
    /// </summary>
    private static Regex PriorCue() => PriorCueField.Value;
    private static readonly Lazy<Regex> PriorCueField = new(() => new Regex(@"\b(?:from|originally(?:\s+\w+)?(?:\s+for)?|initially(?:\s+\w+)?(?:\s+for)?|previously(?:\s+\w+)?(?:\s+for)?|(?:" + MoveWords.PlanWord + @"|set)\s+for|(?:the|its|their)(?:\s+\w+)?\s+deadline\s+of|(?:the|its|their)\s+(?:original|previous|initial|earlier|former|old)|instead\s+of|rather\s+than)\s+(?:on\s+|in\s+|by\s+)?(?:the\s+)?$|,\s+not\s+(?:on\s+|in\s+|by\s+)?(?:the\s+)?$", Options));
}
