using System.Text.RegularExpressions;
using Bot.Core.Analysis.Time;

namespace Bot.Core.Analysis;

/// <summary>
/// Turns a bare weekday or month the tagger placed against its clause's tense: "takes effect on Sunday" (present,
/// scheduling) is the coming Sunday, "the fighting began in February" (past) the last February. A stopgap until the
/// tagger reads direction from <see cref="ClauseTenseReader"/> itself: once it does, nothing here matches and this
/// class can go.
/// </summary>
public static partial class TenseDirection
{
    [GeneratedRegex(@"\b(?:last|next|this|coming|past|ago|previous|following|yesterday|today|tomorrow|\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anchored();

    /// <summary>"Wednesday", "by Wednesday night", "early Thursday", "late on Friday": a weekday with at most a part of its day.</summary>
    [GeneratedRegex(@"^(?:(?:by|until|till|before|from|since|on|in|early|late)\s+)*(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareWeekday();

    /// <summary>A month's name, in full or as news agencies shorten it ("Sept.", "Oct", "Jan.").</summary>
    private const string Months = @"(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)";

    /// <summary>"Tuesday 6 October", "Friday, Jan. 15": a weekday named with its date, which pins the year the date falls in.</summary>
    [GeneratedRegex(@"^(?:(?:by|until|till|before|from|since|on)\s+)?(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+" + Months + @"|" + Months + @"\s+\d{1,2}(?:st|nd|rd|th)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayWithDate();

    [GeneratedRegex(@"^(?:(?:by|until|till|before|from|since|in|early|late|mid|the\s+end\s+of)\s+)*(?:january|february|march|april|may|june|july|august|september|october|november|december)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareMonth();

    [GeneratedRegex(@"\b(?:will|would|shall|is\s+to|are\s+to|due\s+to|set\s+to|expected\s+to|plans?\s+to|going\s+to|(?:agreed|agrees?|decided|promised|vowed|pledged|planned|hopes?|hoped|wants?|wanted|intends?|intended)\s+to\s+\w+)\b[^,;]*$|\b(?:planned|scheduled|set|due)\s+(?:for|on)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Modal();

    /// <summary>"would be announced next week": a saying still to come is no reporting date.</summary>
    [GeneratedRegex(@"\b(?:will|would|shall|to)\s+be\s+\w+\s*$|\b(?:will|would|shall)\s+\w+\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureSaying();

    /// <summary>"in six weeks" after a past or perfect verb is a length of time, not a date ("have made two offers in six weeks").</summary>
    [GeneratedRegex(@"^in\s+(?:the\s+(?:last|past)\s+)?(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:day|week|month|year)s?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InCount();

    [GeneratedRegex(@"\b(?:has|have|had)\s+\w+\b[^,;]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Perfect();

    [GeneratedRegex(@"\G\s+(?<day>\d{1,2})\b(?!\s*(?:st|nd|rd|th)?\s*(?:january|february|march|april|may|june|july|august|september|october|november|december))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayNumberAfter();

    [GeneratedRegex(@"^\s*(?:,|,?\s*and|,?\s*or)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListJoin();

    /// <summary>
    /// Every mention of a sentence, turned; a length of time dropped; and a list of weekdays kept in order ("Thursday,
    /// Friday and Saturday" are the days after the first, not before it).
    /// </summary>
    public static IReadOnlyList<TemporalMention> ApplyAll(IReadOnlyList<TemporalMention> mentions, DateOnly? published, string sentence)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(sentence);
        var turned = new List<TemporalMention>();
        foreach (var mention in mentions)
        {
            var before = sentence[Math.Max(0, mention.Start - 40)..mention.Start];
            if (InCount().IsMatch(mention.Text.Trim()) && mention.Tense == ClauseTense.Past && Perfect().IsMatch(before))
            {
                continue;
            }

            var one = Apply(mention, published, sentence);
            if (one.IsReportingDate && FutureSaying().IsMatch(before))
            {
                one = Apply(one with { IsReportingDate = false, Tense = ClauseTense.Future }, published, sentence);
            }

            if (turned.Count > 0 && turned[^1] is { Period: { Granularity: DateGranularity.Day } earlier } listed && one.Period is { Granularity: DateGranularity.Day }
                && BareWeekday().IsMatch(one.Text.Trim()) && DayNumberAfter().Match(sentence, one.Start + one.Length) is { Success: true } number
                && listed.Start + listed.Length <= one.Start && ListJoin().IsMatch(sentence[(listed.Start + listed.Length)..one.Start]))
            {
                // "Thursday 9, Friday 10 and Saturday 11 April": a listed weekday with its day's number is the day after the one before with that number.
                var weekday = Enum.Parse<DayOfWeek>(BareWeekday().Match(one.Text.Trim()).Groups["weekday"].Value, ignoreCase: true);
                var dayNumber = int.Parse(number.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var match = Enumerable.Range(1, 31).Select(earlier.Start.AddDays).FirstOrDefault(d => d.Day == dayNumber && d.DayOfWeek == weekday);
                if (match != default)
                {
                    one = one with { Period = DatePeriod.Day(match) };
                }
            }

            if (turned.Count > 0 && turned[^1] is { Period: { Granularity: DateGranularity.Day } last } previous && one.Period is { Granularity: DateGranularity.Day } day
                && BareWeekday().IsMatch(one.Text.Trim()) && BareWeekday().IsMatch(previous.Text.Trim())
                && previous.Start + previous.Length <= one.Start && ListJoin().IsMatch(sentence[(previous.Start + previous.Length)..one.Start]))
            {
                var next = day.Start;
                while (next <= last.Start)
                {
                    next = next.AddDays(7);
                }

                while (next.DayNumber - last.Start.DayNumber > 7)
                {
                    next = next.AddDays(-7);
                }

                one = one with { Period = DatePeriod.Day(next) };
            }

            turned.Add(one);
        }

        return turned;
    }

    /// <param name="sentence">The sentence holding the mention: a modal before the date in its clause decides for the future ("would be freed on Saturday").</param>
    public static TemporalMention Apply(TemporalMention mention, DateOnly? published, string sentence)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (published is not { } day || mention.Period is not { } period || mention.IsReportingDate || Anchored().IsMatch(mention.Text))
        {
            return mention;
        }

        var text = mention.Text.Trim();
        if (period.Granularity == DateGranularity.Day && WeekdayWithDate().Match(text) is { Success: true } pinned
            && Enum.Parse<DayOfWeek>(pinned.Groups["weekday"].Value, ignoreCase: true) is var weekday && period.Start.DayOfWeek != weekday)
        {
            // The tense guessed the wrong year; the weekday tells the right one, the nearest year the date falls on it.
            var year = new[] { period.Start.AddYears(1), period.Start.AddYears(-1) }
                .Where(d => d.DayOfWeek == weekday)
                .OrderBy(d => Math.Abs(d.DayNumber - day.DayNumber))
                .Select(d => (DateOnly?)d)
                .FirstOrDefault();
            return year is { } right ? mention with { Period = DatePeriod.Day(right) } : mention;
        }

        var ahead = mention.Tense is ClauseTense.Future or ClauseTense.Present || Modal().IsMatch(sentence[Math.Max(0, mention.Start - 80)..mention.Start]);
        if (period.Granularity == DateGranularity.Day && BareWeekday().IsMatch(text))
        {
            if (ahead && period.Start < day)
            {
                return mention with { Period = DatePeriod.Day(period.Start.AddDays(7)) };
            }

            if (!ahead && mention.Tense == ClauseTense.Past && period.Start > day)
            {
                return mention with { Period = DatePeriod.Day(period.Start.AddDays(-7)) };
            }
        }

        if (period.Granularity == DateGranularity.Month && BareMonth().IsMatch(text))
        {
            if (!ahead && mention.Tense == ClauseTense.Past && period.Start > day)
            {
                return mention with { Period = DatePeriod.Month(period.Start.Year - 1, period.Start.Month) };
            }

            if (ahead && period.End < day && mention.Role == TemporalRole.At)
            {
                return mention with { Period = DatePeriod.Month(period.Start.Year + 1, period.Start.Month) };
            }
        }

        return mention;
    }
}
