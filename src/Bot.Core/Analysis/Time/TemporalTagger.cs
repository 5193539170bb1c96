using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Analysis.Time;

/// <summary>Finds and resolves temporal expressions in one sentence against its document's published date.</summary>
/// <remarks>
/// Each form has its own small regular expression with no nested quantifiers (linear to match); candidates from all
/// forms are then widened to the words around them that change their meaning ("the end of", "by", "until") and the
/// longest wins where they overlap. A mention's text holds those words, but not a plain "on" or "in", which says
/// nothing about the period. Pure: no clock, no I/O, the published date is the only anchor.
/// </remarks>
public static partial class TemporalTagger
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Month =
        @"(?<month>january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)";

    private const string Weekday = "(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

    private const string Year = @"(?<year>(?:19|20)\d{2})(?!\p{N}|[.,]\p{N})";

    private const string Count = "(?<count>[0-9]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

    private const string Unit = @"(?<unit>day|week|month|year)s?";

    [GeneratedRegex(
        @"\b(?:" + Weekday + @",?\s+)?(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"(?:,?\s+" + Year + ")?"
        + "|" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+" + Year + @")?)(?![\p{L}\p{N}])",
        Options)]
    private static partial Regex DayMonthRegex();

    [GeneratedRegex(@"(?<![\p{N}.,/-])(?<year>(?:19|20)\d{2})-(?<mon>\d{2})-(?<day>\d{2})(?!\p{N}|[-/.,]\p{N})", Options)]
    private static partial Regex IsoDateRegex();

    [GeneratedRegex(@"\b" + Month + @",?\s+(?:of\s+)?" + Year + @"(?![\p{L}\p{N}])", Options)]
    private static partial Regex MonthYearRegex();

    // A year stands alone: not inside a number ("2,500", "12024"), not money ("$2024"), not a percentage; a range
    // ("2024-25") is read whole so that its second part is not mistaken for a number of its own.
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_$€£¥#.,/]|\p{N}\s?[-–])(?<year>(?:19|20)\d{2})(?:\s?[-–]\s?(?<to>\d{4}|\d{2}))?(?![\p{L}\p{N}%]|[.,:/]\p{N}|\s?[-–]\s?\p{N})",
        Options)]
    private static partial Regex YearRegex();

    /// <summary>A month named without a year ("by the end of June", "in March"); a preposition must precede it, so the verb "may" is not a month.</summary>
    [GeneratedRegex(@"(?<=\b(?:in|by|until|till|through|throughout|before|after|since|from|during|of|early|late|mid|mid-)\s*)" + Month + @"(?!\s*\d)(?![\p{L}])", Options)]
    private static partial Regex MonthAloneRegex();

    [GeneratedRegex(@"\b(?:by|until|till|through|throughout|before|no\s+later\s+than|not\s+later\s+than|end\s+of)\s+(?:the\s+)?(?:end\s+of\s+)?$", Options)]
    private static partial Regex DeadlineCueBeforeRegex();

    [GeneratedRegex(@"\b(?:(?<modifier>this\s+coming|last|next|this|coming|past)\s+)?" + Weekday + @"\b", Options)]
    private static partial Regex WeekdayRegex();

    [GeneratedRegex(@"\b(?<word>today|yesterday|tomorrow|tonight|last\s+night)\b", Options)]
    private static partial Regex DayWordRegex();

    [GeneratedRegex(@"\b(?<modifier>next|last|this|coming)\s+(?<unit>week|month|year)\b", Options)]
    private static partial Regex RelativePeriodRegex();

    [GeneratedRegex(@"\b(?:the\s+)?(?<qualifier>end|beginning|start|middle)\s+of\s+the\s+(?<unit>week|month|year)\b", Options)]
    private static partial Regex CurrentPeriodRegex();

    [GeneratedRegex(@"\b(?<cue>in|within)\s+(?:the\s+)?(?:next\s+)?" + Count + @"\s+" + Unit + @"\b", Options)]
    private static partial Regex InCountRegex();

    [GeneratedRegex(@"\b(?<count>[0-9]{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+" + Unit + @"\s+ago\b", Options)]
    private static partial Regex AgoRegex();

    [GeneratedRegex(
        @"\b(?:will|won't|shall|is\s+to|are\s+to|to\s+be|going\s+to|set\s+to|next|scheduled|expected\s+to|due\s+to|plans?\s+to|aims?\s+to|must|should|ha(?:s|ve)\s+to|needs?\s+to)\b|'ll\b",
        Options)]
    private static partial Regex FutureCueRegex();

    [GeneratedRegex(@"\b(?:said|says|told|announced|stated|confirmed|reported|added|declared|noted)\b", Options)]
    private static partial Regex ReportingVerbRegex();

    // A year followed by one of these counts things ("2000 troops"), it does not name a year.
    private static readonly HashSet<string> CountedNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "soldiers", "troops", "people", "personnel", "men", "women", "children", "civilians", "fighters", "members",
        "workers", "residents", "refugees", "families", "students", "jobs", "votes", "cases", "deaths", "casualties",
        "vehicles", "tanks", "aircraft", "rockets", "missiles", "drones", "km", "kilometres", "kilometers", "miles",
        "metres", "meters", "feet", "tonnes", "tons", "barrels", "dollars", "euros", "pounds", "units", "homes",
        "houses", "hours", "hrs", "gmt", "utc", "pages", "words", "kg", "mw", "more", "additional", "other",
    };

    private static readonly (string Phrase, TemporalRole Role)[] Cues =
    [
        ("on or before", TemporalRole.By),
        ("no later than", TemporalRole.By),
        ("not later than", TemporalRole.By),
        ("by", TemporalRole.By),
        ("before", TemporalRole.By),
        ("until", TemporalRole.Until),
        ("till", TemporalRole.Until),
        ("through", TemporalRole.Until),
        ("throughout", TemporalRole.Until),
    ];

    // "The end of X" is a deadline even without "by": the statement is done when X ends.
    private static readonly (string Phrase, bool IsEnd)[] Qualifiers =
    [
        ("the end of", true),
        ("end of", true),
        ("the beginning of", false),
        ("beginning of", false),
        ("the start of", false),
        ("start of", false),
        ("the middle of", false),
        ("middle of", false),
        ("early", false),
        ("mid-", false),
        ("mid", false),
        ("late", false),
    ];

    /// <param name="sentence">One normalised sentence.</param>
    /// <param name="published">The document's published date; null leaves relative expressions unresolved.</param>
    public static IReadOnlyList<TemporalMention> Tag(string sentence, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var candidates = new List<Candidate>();

        FindDayMonth(sentence, published, candidates);
        FindIsoDates(sentence, candidates);
        FindMonthYears(sentence, candidates);
        FindMonthsAlone(sentence, published, candidates);
        FindYears(sentence, candidates);
        FindWeekdays(sentence, published, candidates);
        FindDayWords(sentence, published, candidates);
        FindRelativePeriods(sentence, published, candidates);
        FindCounts(sentence, published, candidates);

        return Select(sentence, candidates);
    }

    private readonly record struct Candidate(int Start, int End, TemporalRole Role, DatePeriod? Period, bool IsRelative, bool IsRange = false)
    {
        public int Length => End - Start;
    }

    private static void FindDayMonth(string sentence, DateOnly? published, List<Candidate> candidates)
    {
        for (var match = DayMonthRegex().Match(sentence); match.Success; match = match.NextMatch())
        {
            var month = MonthNumber(match.Groups["month"].ValueSpan);
            var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
            if (match.Groups["year"].Success)
            {
                var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
                if (IsValidDate(year, month, day))
                {
                    candidates.Add(new(match.Index, match.Index + match.Length, TemporalRole.At,
                        DatePeriod.Day(new DateOnly(year, month, day)), IsRelative: false));
                }

                continue;
            }

            if (!IsValidDate(2000, month, day))
            {
                continue;
            }

            // Without a year the date is the one nearest to publication: news reports the recent past and near future.
            var period = published is { } anchor && NearestDate(anchor, month, day) is { } date ? DatePeriod.Day(date) : (DatePeriod?)null;
            candidates.Add(new(match.Index, match.Index + match.Length, TemporalRole.At, period, IsRelative: true));
        }
    }

    private static void FindIsoDates(string sentence, List<Candidate> candidates)
    {
        for (var match = IsoDateRegex().Match(sentence); match.Success; match = match.NextMatch())
        {
            var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["mon"].ValueSpan, CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
            if (IsValidDate(year, month, day))
            {
                candidates.Add(new(match.Index, match.Index + match.Length, TemporalRole.At,
                    DatePeriod.Day(new DateOnly(year, month, day)), IsRelative: false));
            }
        }
    }

    private static void FindMonthYears(string sentence, List<Candidate> candidates)
    {
        for (var match = MonthYearRegex().Match(sentence); match.Success; match = match.NextMatch())
        {
            var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
            candidates.Add(new(match.Index, match.Index + match.Length, TemporalRole.At,
                DatePeriod.Month(year, MonthNumber(match.Groups["month"].ValueSpan)), IsRelative: false));
        }
    }

    private static void FindMonthsAlone(string sentence, DateOnly? published, List<Candidate> candidates)
    {
        for (var match = MonthAloneRegex().Match(sentence); match.Success; match = match.NextMatch())
        {
            DatePeriod? period = null;
            if (published is { } anchor)
            {
                var month = MonthNumber(match.Groups["month"].ValueSpan);
                var before = sentence.AsSpan(0, match.Index).ToString();
                var upcoming = DeadlineCueBeforeRegex().IsMatch(before) || IsFutureBefore(sentence, match.Index);
                period = DatePeriod.Month(MonthYear(anchor, month, upcoming), month);
            }

            candidates.Add(new(match.Index, match.Index + match.Length, TemporalRole.At, period, IsRelative: true));
        }
    }

    /// <summary>
    /// The year of a month named without one: for a deadline or the future, the first such month from publication
    /// on; otherwise the nearest one, the past winning a tie (news reports what happened more than what will).
    /// </summary>
    private static int MonthYear(DateOnly anchor, int month, bool upcoming)
    {
        if (upcoming)
        {
            return month >= anchor.Month ? anchor.Year : anchor.Year + 1;
        }

        var monthsAgo = (anchor.Month - month + 12) % 12;
        var monthsAhead = (month - anchor.Month + 12) % 12;
        return monthsAgo <= monthsAhead
            ? (month <= anchor.Month ? anchor.Year : anchor.Year - 1)
            : (month >= anchor.Month ? anchor.Year : anchor.Year + 1);
    }

    private static void FindYears(string sentence, List<Candidate> candidates)
    {
        for (var match = YearRegex().Match(sentence); match.Success; match = match.NextMatch())
        {
            var yearGroup = match.Groups["year"];
            var year = int.Parse(yearGroup.ValueSpan, CultureInfo.InvariantCulture);
            var to = match.Groups["to"];
            if (!to.Success)
            {
                if (!IsFollowedByCountedNoun(sentence, match.Index + match.Length))
                {
                    candidates.Add(new(match.Index, match.Index + match.Length, TemporalRole.At, DatePeriod.Year(year), IsRelative: false));
                }

                continue;
            }

            // "2024-25", "2014-2017": the first year, then the span lasting until the end of the second.
            var toValue = int.Parse(to.ValueSpan, CultureInfo.InvariantCulture);
            var toYear = to.Length == 2 ? year / 100 * 100 + toValue : toValue;
            if (toYear <= year || toYear > 2099)
            {
                continue;
            }

            candidates.Add(new(yearGroup.Index, yearGroup.Index + yearGroup.Length, TemporalRole.At, DatePeriod.Year(year), IsRelative: false, IsRange: true));
            candidates.Add(new(to.Index, to.Index + to.Length, TemporalRole.Until, DatePeriod.Year(toYear), IsRelative: false, IsRange: true));
        }
    }

    private static void FindWeekdays(string sentence, DateOnly? published, List<Candidate> candidates)
    {
        for (var match = WeekdayRegex().Match(sentence); match.Success; match = match.NextMatch())
        {
            DatePeriod? period = null;
            if (published is { } anchor)
            {
                var weekday = WeekdayOf(match.Groups["weekday"].ValueSpan);
                var modifier = match.Groups["modifier"];
                var date = modifier.Success
                    ? ResolveModifiedWeekday(anchor, weekday, modifier.ValueSpan)
                    : IsFutureBefore(sentence, match.Index) ? FirstAfter(anchor, weekday) : LatestOnOrBefore(anchor, weekday);
                period = DatePeriod.Day(date);
            }

            candidates.Add(new(match.Index, match.Index + match.Length, TemporalRole.At, period, IsRelative: true));
        }
    }

    private static void FindDayWords(string sentence, DateOnly? published, List<Candidate> candidates)
    {
        for (var match = DayWordRegex().Match(sentence); match.Success; match = match.NextMatch())
        {
            var word = match.Groups["word"].ValueSpan;
            var offset = word.Equals("yesterday", StringComparison.OrdinalIgnoreCase) || word.StartsWith("last", StringComparison.OrdinalIgnoreCase) ? -1
                : word.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) ? 1
                : 0;
            var period = published is { } anchor ? DatePeriod.Day(anchor.AddDays(offset)) : (DatePeriod?)null;
            candidates.Add(new(match.Index, match.Index + match.Length, TemporalRole.At, period, IsRelative: true));
        }
    }

    private static void FindRelativePeriods(string sentence, DateOnly? published, List<Candidate> candidates)
    {
        for (var match = RelativePeriodRegex().Match(sentence); match.Success; match = match.NextMatch())
        {
            var modifier = match.Groups["modifier"].ValueSpan;
            var step = modifier.Equals("last", StringComparison.OrdinalIgnoreCase) ? -1
                : modifier.Equals("this", StringComparison.OrdinalIgnoreCase) ? 0
                : 1;
            var period = published is { } anchor ? Shift(anchor, UnitOf(match.Groups["unit"].ValueSpan), step) : null;
            candidates.Add(new(match.Index, match.Index + match.Length, TemporalRole.At, period, IsRelative: true));
        }

        for (var match = CurrentPeriodRegex().Match(sentence); match.Success; match = match.NextMatch())
        {
            var isEnd = match.Groups["qualifier"].ValueSpan.Equals("end", StringComparison.OrdinalIgnoreCase);
            var period = published is { } anchor ? Shift(anchor, UnitOf(match.Groups["unit"].ValueSpan), 0) : null;
            candidates.Add(new(match.Index, match.Index + match.Length, isEnd ? TemporalRole.By : TemporalRole.At, period, IsRelative: true));
        }
    }

    private static void FindCounts(string sentence, DateOnly? published, List<Candidate> candidates)
    {
        for (var match = InCountRegex().Match(sentence); match.Success; match = match.NextMatch())
        {
            var count = CountOf(match.Groups["count"].ValueSpan);
            var role = match.Groups["cue"].ValueSpan.Equals("within", StringComparison.OrdinalIgnoreCase) ? TemporalRole.By : TemporalRole.At;
            var period = published is { } anchor ? Shift(anchor, UnitOf(match.Groups["unit"].ValueSpan), count) : null;
            candidates.Add(new(match.Index, match.Index + match.Length, role, period, IsRelative: true));
        }

        for (var match = AgoRegex().Match(sentence); match.Success; match = match.NextMatch())
        {
            var count = CountOf(match.Groups["count"].ValueSpan);
            var period = published is { } anchor ? Shift(anchor, UnitOf(match.Groups["unit"].ValueSpan), -count) : null;
            candidates.Add(new(match.Index, match.Index + match.Length, TemporalRole.At, period, IsRelative: true));
        }
    }

    private static List<TemporalMention> Select(string sentence, List<Candidate> candidates)
    {
        var widened = new List<Candidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            widened.Add(candidate.IsRange ? candidate : Widen(sentence, candidate));
        }

        widened.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        var chosen = new List<Candidate>(widened.Count);
        foreach (var candidate in widened)
        {
            if (!chosen.Exists(taken => candidate.Start < taken.End && taken.Start < candidate.End))
            {
                chosen.Add(candidate);
            }
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen.ConvertAll(c =>
        {
            var reading = ClauseTenseReader.Read(sentence, c.Start, c.Length);
            return new TemporalMention(c.Start, c.Length, sentence[c.Start..c.End], c.Role, c.Period)
            {
                IsRelative = c.IsRelative,
                Tense = reading.Tense,
                IsReportingDate = reading.IsReportingDate,
            };
        });
    }

    /// <summary>Takes in "the end of", "early", "mid-" and a deadline cue standing right before the expression.</summary>
    private static Candidate Widen(string sentence, Candidate candidate)
    {
        var start = candidate.Start;
        var role = candidate.Role;
        foreach (var (phrase, isEnd) in Qualifiers)
        {
            if (PhraseBefore(sentence, start, phrase) is { } at)
            {
                start = at;
                if (isEnd && role == TemporalRole.At)
                {
                    role = TemporalRole.By;
                }

                break;
            }
        }

        foreach (var (phrase, cueRole) in Cues)
        {
            if (PhraseBefore(sentence, start, phrase) is { } at)
            {
                start = at;
                role = cueRole;
                break;
            }
        }

        return candidate with { Start = start, Role = role };
    }

    /// <summary>Where <paramref name="phrase"/> starts when it stands as whole words right before <paramref name="end"/>.</summary>
    private static int? PhraseBefore(string sentence, int end, string phrase)
    {
        var position = end;
        // A phrase ending in a hyphen ("mid-") is glued to what follows; any other is separated by whitespace.
        if (phrase[^1] != '-')
        {
            var trimmed = position;
            while (trimmed > 0 && char.IsWhiteSpace(sentence[trimmed - 1]))
            {
                trimmed--;
            }

            if (trimmed == position)
            {
                return null;
            }

            position = trimmed;
        }

        // Compare word by word from the end so that "no  later than" matches "no later than".
        var words = phrase.Split(' ');
        for (var w = words.Length - 1; w >= 0; w--)
        {
            var word = words[w];
            if (position < word.Length || !sentence.AsSpan(position - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            position -= word.Length;
            if (w > 0)
            {
                var gapEnd = position;
                while (position > 0 && char.IsWhiteSpace(sentence[position - 1]))
                {
                    position--;
                }

                if (position == gapEnd)
                {
                    return null;
                }
            }
        }

        return position > 0 && char.IsLetterOrDigit(sentence[position - 1]) ? null : position;
    }

    /// <summary>
    /// Whether the clause before a bare weekday speaks of the future ("will meet on Friday"); a reporting verb after
    /// the future cue ("will close, officials said Wednesday") puts the weekday back in the past.
    /// </summary>
    private static bool IsFutureBefore(string sentence, int weekdayStart)
    {
        var lastFuture = -1;
        for (var match = FutureCueRegex().Match(sentence, 0, weekdayStart); match.Success; match = match.NextMatch())
        {
            lastFuture = match.Index;
        }

        if (lastFuture < 0)
        {
            return false;
        }

        var from = lastFuture;
        return !ReportingVerbRegex().Match(sentence, from, weekdayStart - from).Success;
    }

    private static DateOnly ResolveModifiedWeekday(DateOnly anchor, DayOfWeek weekday, ReadOnlySpan<char> modifier)
    {
        if (modifier.StartsWith("last", StringComparison.OrdinalIgnoreCase) || modifier.StartsWith("past", StringComparison.OrdinalIgnoreCase))
        {
            var back = ((int)anchor.DayOfWeek - (int)weekday + 7) % 7;
            return anchor.AddDays(back == 0 ? -7 : -back);
        }

        if (modifier.Equals("this", StringComparison.OrdinalIgnoreCase))
        {
            // "This Thursday" is the Thursday of the publication's own week, Monday to Sunday.
            var monday = anchor.AddDays(-(((int)anchor.DayOfWeek + 6) % 7));
            return monday.AddDays(((int)weekday + 6) % 7);
        }

        return FirstAfter(anchor, weekday);
    }

    private static DateOnly LatestOnOrBefore(DateOnly anchor, DayOfWeek weekday) =>
        anchor.AddDays(-(((int)anchor.DayOfWeek - (int)weekday + 7) % 7));

    private static DateOnly FirstAfter(DateOnly anchor, DayOfWeek weekday)
    {
        var ahead = ((int)weekday - (int)anchor.DayOfWeek + 7) % 7;
        return anchor.AddDays(ahead == 0 ? 7 : ahead);
    }

    private static DatePeriod? Shift(DateOnly anchor, DateGranularity unit, int count)
    {
        try
        {
            return unit switch
            {
                DateGranularity.Day => DatePeriod.Day(anchor.AddDays(count)),
                DateGranularity.Week => DatePeriod.WeekOf(anchor.AddDays(7 * count)),
                DateGranularity.Month => new DatePeriod(anchor.AddMonths(count), DateGranularity.Month),
                _ => DatePeriod.Year(anchor.Year + count),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            // Beyond the calendar DateOnly can hold: better unresolved than wrong.
            return null;
        }
    }

    private static DateOnly? NearestDate(DateOnly anchor, int month, int day)
    {
        DateOnly? best = null;
        for (var year = anchor.Year - 1; year <= anchor.Year + 1; year++)
        {
            if (!IsValidDate(year, month, day))
            {
                continue;
            }

            var date = new DateOnly(year, month, day);
            if (best is not { } current || Math.Abs(date.DayNumber - anchor.DayNumber) < Math.Abs(current.DayNumber - anchor.DayNumber))
            {
                best = date;
            }
        }

        return best;
    }

    private static bool IsValidDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static bool IsFollowedByCountedNoun(string sentence, int end)
    {
        var start = end;
        while (start < sentence.Length && sentence[start] == ' ')
        {
            start++;
        }

        if (start == end)
        {
            return false;
        }

        var wordEnd = start;
        while (wordEnd < sentence.Length && char.IsLetter(sentence[wordEnd]))
        {
            wordEnd++;
        }

        return CountedNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.AsSpan(start, wordEnd - start));
    }

    private static int MonthNumber(ReadOnlySpan<char> name)
    {
        Span<char> key = stackalloc char[3];
        name[..3].ToLowerInvariant(key);
        return key switch
        {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "may" => 5,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" => 9,
            "oct" => 10,
            "nov" => 11,
            _ => 12,
        };
    }

    private static DayOfWeek WeekdayOf(ReadOnlySpan<char> name)
    {
        Span<char> key = stackalloc char[2];
        name[..2].ToLowerInvariant(key);
        return key switch
        {
            "mo" => DayOfWeek.Monday,
            "tu" => DayOfWeek.Tuesday,
            "we" => DayOfWeek.Wednesday,
            "th" => DayOfWeek.Thursday,
            "fr" => DayOfWeek.Friday,
            "sa" => DayOfWeek.Saturday,
            _ => DayOfWeek.Sunday,
        };
    }

    private static DateGranularity UnitOf(ReadOnlySpan<char> unit) => char.ToLowerInvariant(unit[0]) switch
    {
        'd' => DateGranularity.Day,
        'w' => DateGranularity.Week,
        'm' => DateGranularity.Month,
        _ => DateGranularity.Year,
    };

    private static int CountOf(ReadOnlySpan<char> count)
    {
        if (char.IsDigit(count[0]))
        {
            return int.Parse(count, CultureInfo.InvariantCulture);
        }

        Span<char> key = stackalloc char[count.Length];
        count.ToLowerInvariant(key);
        return key switch
        {
            "a" or "an" or "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            _ => 12,
        };
    }
}
