using System.Text.RegularExpressions;

namespace Bot.Core.Analysis.Time;

/// <summary>Finds and resolves temporal expressions in one sentence, the way a careful news reader does.</summary>
/// <remarks>
/// Three steps. <b>Find</b>: each form of date language (<see cref="TemporalPatterns"/>) proposes candidates, each with
/// what it means as a function of its anchor. <b>Compose</b>: an offset or an ordinal that needs a date after it ("two
/// weeks after the 1 May deadline", "the first Friday of July"), a weekday beside a week ("Friday next week") and two
/// dates joined as a range ("from 5 May to 9 June") become one candidate; where candidates overlap the longest wins,
/// then each is widened to the words that change its role ("by", "until", "the end of"). <b>Resolve</b>: in sentence
/// order, each candidate reads its clause (<see cref="ClauseTenseReader"/>) for the direction of a date named without
/// its year or week (past tense looks back, present and future look ahead), against its anchor: the publication date,
/// or the date a sentence says something was said on ("said on 3 March that the vote would be held next week"); "a
/// month later" and "the following week" count from the date mentioned just before. Pure: no clock, no I/O.
/// </remarks>
public static partial class TemporalTagger
{
    /// <param name="sentence">One normalised sentence.</param>
    /// <param name="published">The document's published date; null leaves relative expressions unresolved.</param>
    public static IReadOnlyList<TemporalMention> Tag(string sentence, DateOnly? published) => Tag(sentence, new TemporalContext(published));

    /// <param name="sentence">One normalised sentence.</param>
    /// <param name="context">The publication date, the previous sentence's last date and the document's numeric date order.</param>
    public static IReadOnlyList<TemporalMention> Tag(string sentence, TemporalContext context)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.Length == 0)
        {
            return [];
        }

        var candidates = new List<Candidate>();
        Find(sentence, candidates);
        Compose(sentence, candidates);
        return Resolve(sentence, Select(sentence, candidates), context);
    }

    /// <summary>
    /// How a document orders its numeric dates, from the first one that shows it ("13/7/2026" is day first); a
    /// document that never shows it leaves its ambiguous numeric dates unresolved.
    /// </summary>
    public static NumericDateOrder NumericOrderOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var regex in (ReadOnlySpan<Regex>)[TemporalPatterns.NumericDate(), TemporalPatterns.NumericDayMonth()])
        {
            for (var match = regex.Match(text); match.Success; match = match.NextMatch())
            {
                var a = int.Parse(match.Groups["a"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                var b = int.Parse(match.Groups["b"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                if (a > 12 && a <= 31 && b is >= 1 and <= 12)
                {
                    return NumericDateOrder.DayFirst;
                }

                if (b > 12 && b <= 31 && a is >= 1 and <= 12)
                {
                    return NumericDateOrder.MonthFirst;
                }
            }
        }

        return NumericDateOrder.Unknown;
    }

    private static Regex ListJoint() => ListJointField.Value;
    private static readonly Lazy<Regex> ListJointField = new(() => new Regex(@"^\s*(?:,|,?\s*and|,?\s*or|&)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    /// <summary>What a candidate is read against when it is resolved.</summary>
    /// <param name="Named">The date the text itself named last, or null: the anchor stands in for it as <paramref name="Antecedent"/>.</param>
    private readonly record struct Reading(DateOnly? Anchor, DateDirection Direction, DatePeriod? Antecedent, NumericDateOrder Order, DatePeriod? Named = null);

    /// <summary>What a candidate is, where a composition needs to know it.</summary>
    private enum Kind
    {
        Other,
        /// <summary>A bare weekday (<see cref="Candidate.Number"/> is its <see cref="DayOfWeek"/>).</summary>
        Weekday,
        /// <summary>A week named relative to the anchor ("next week").</summary>
        Week,
        /// <summary>An offset from the anchor that lands on a day ("two weeks from now"); a weekday beside it names a day of that week.</summary>
        Landing,
        /// <summary>A month named without a year after a preposition ("of July"; <see cref="Candidate.Number"/> is the month).</summary>
        MonthName,
        /// <summary>A day and month without a year (<see cref="Candidate.Number"/> is the month, <see cref="Candidate.Day"/> the day).</summary>
        DayMonth,
        /// <summary>A day of the month alone ("the 20th").</summary>
        DayOfMonth,
        /// <summary>A period with its year ("March 2026", "2019"): it can lend its year to the first part of a range.</summary>
        WithYear,
        /// <summary>An offset or ordinal that needs a date after it ("two weeks after", "the first Friday of").</summary>
        NeedsBase,
        /// <summary>A year named relative to the anchor ("next year", "this year"): a month or holiday before it takes it.</summary>
        RelativeYear,
        /// <summary>A holiday named without its year (<see cref="Candidate.Apply"/> gives its day in a year).</summary>
        Holiday,
    }

    private sealed record Candidate(int Start, int End, Func<Reading, DatePeriod?> Resolve)
    {
        public TemporalRole Role { get; init; } = TemporalRole.At;

        /// <summary>True when the expression needs an anchor to mean anything.</summary>
        public bool IsRelative { get; init; }

        /// <summary>Part of a year range ("2024-25"): kept exactly as found.</summary>
        public bool IsRange { get; init; }

        public Kind Kind { get; init; }

        public int Number { get; init; }

        /// <summary>Names a weekday ("Friday", "this Friday").</summary>
        public bool IsWeekday { get; init; }

        public int Day { get; init; }

        /// <summary>For <see cref="Kind.NeedsBase"/>: what it makes of the date after it.</summary>
        public Func<DatePeriod, DatePeriod?>? Apply { get; init; }

        /// <summary>For <see cref="Kind.NeedsBase"/>: whether it means something with no date after it ("the day after").</summary>
        public bool Standalone { get; init; }

        /// <summary>For <see cref="Kind.NeedsBase"/>: how many words may stand between it and its date ("two days before his visit on Monday").</summary>
        public int GapWords { get; init; }

        public int Length => End - Start;
    }

    private static Candidate Absolute(int start, int end, DatePeriod period, Kind kind = Kind.Other) =>
        new(start, end, _ => period) { Kind = kind };

    private static Candidate Relative(int start, int end, Func<DateOnly, Reading, DatePeriod?> resolve, Kind kind = Kind.Other) =>
        new(start, end, r => r.Anchor is { } anchor ? Safe(() => resolve(anchor, r)) : null) { IsRelative = true, Kind = kind };

    /// <summary>Dates beyond what <see cref="DateOnly"/> holds are better unresolved than wrong.</summary>
    private static DatePeriod? Safe(Func<DatePeriod?> resolve)
    {
        try
        {
            return resolve();
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static List<Candidate> Select(string sentence, List<Candidate> candidates)
    {
        var usable = candidates.Where(c => c.Kind != Kind.NeedsBase || c.Standalone).ToList();
        // Longest first; of two readings of the same words, the one that knows its month ("Thursday 9" in a list ending "11 April").
        usable.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : (b.Kind == Kind.DayMonth).CompareTo(a.Kind == Kind.DayMonth));
        var chosen = new List<Candidate>(usable.Count);
        foreach (var candidate in usable)
        {
            if (!chosen.Exists(taken => candidate.Start < taken.End && taken.Start < candidate.End))
            {
                chosen.Add(candidate);
            }
        }

        for (var i = 0; i < chosen.Count; i++)
        {
            if (!chosen[i].IsRange)
            {
                chosen[i] = Widen(sentence, chosen[i]);
            }
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    private static List<TemporalMention> Resolve(string sentence, List<Candidate> chosen, TemporalContext context)
    {
        var mentions = new List<TemporalMention>(chosen.Count);
        DateOnly? said = null;
        var antecedent = context.Antecedent;
        Candidate? previous = null;
        DatePeriod? previousPeriod = null;
        foreach (var c in chosen)
        {
            var reading = ClauseTenseReader.Read(sentence, c.Start, c.Length);
            // Reported speech re-anchors: what was said on a day is relative to that day, not to the publication.
            var anchor = said is { } day && !reading.IsReportingDate ? day : context.Published;
            var opensWithFrom = sentence.AsSpan(c.Start).StartsWith("from ", StringComparison.OrdinalIgnoreCase);
            var direction = ClauseTenseReader.DirectionOf(reading, c.Role, sentence.AsSpan(0, c.Start), opensWithFrom);
            if (direction == DateDirection.Nearest && ClauseTenseReader.TenseBefore(sentence, c.Start) is var earlier and not ClauseTense.Unknown)
            {
                // A clause with no verb of its own ("..., Friday and Saturday") is read with the sentence's verb before it.
                direction = ClauseTenseReader.DirectionOf(reading with { Tense = earlier }, c.Role, sentence.AsSpan(0, c.Start), opensWithFrom);
            }

            var period = c.Resolve(new Reading(anchor, direction, antecedent ?? (anchor is { } a ? DatePeriod.Day(a) : null), context.NumericOrder, antecedent));
            if (c.Kind == Kind.Weekday && previous is { Kind: Kind.Weekday } listed && previousPeriod is { Granularity: DateGranularity.Day } first
                && ListJoint().IsMatch(sentence.AsSpan(listed.End, c.Start - listed.End))
                && DateDirections.Weekday(first.Start, (DayOfWeek)c.Number, DateDirection.Ahead) is var following
                && !(direction == DateDirection.Back && following > anchor))
            {
                // "Thursday, Friday and Saturday": a listed weekday is the first one after the weekday before it, unless
                // that would put a past event after the anchor.
                period = DatePeriod.Day(following);
            }

            previous = c;
            previousPeriod = period;
            if (reading.IsReportingDate && said is null && period is { Granularity: DateGranularity.Day } reported)
            {
                said = reported.Start;
            }

            antecedent = period ?? antecedent;
            mentions.Add(new TemporalMention(c.Start, c.Length, sentence[c.Start..c.End], c.Role, period)
            {
                IsRelative = c.IsRelative,
                Tense = reading.Tense,
                IsReportingDate = reading.IsReportingDate,
                IsEndedPlan = reading.IsEndedPlan,
                IsBeforeItsStart = period is { Granularity: not DateGranularity.Day } && c.Role == TemporalRole.By && IsBeforeItsStart(sentence, c.Start),
            });
        }

        return mentions;
    }
}
