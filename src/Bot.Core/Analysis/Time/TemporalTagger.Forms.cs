using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Analysis.Time;

/// <summary>What each form of date language means (<see cref="TemporalPatterns"/> says where it stands).</summary>
public static partial class TemporalTagger
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // A year followed by one of these counts things ("2000 troops") or labels one ("the 1953 team"): it dates nothing.
    private static readonly HashSet<string> CountedNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "soldiers", "troops", "people", "personnel", "men", "women", "children", "civilians", "fighters", "members",
        "workers", "residents", "refugees", "families", "students", "jobs", "votes", "cases", "deaths", "casualties",
        "vehicles", "tanks", "aircraft", "rockets", "missiles", "drones", "km", "kilometres", "kilometers", "miles",
        "metres", "meters", "feet", "tonnes", "tons", "barrels", "dollars", "euros", "pounds", "units", "homes",
        "houses", "hours", "hrs", "gmt", "utc", "pages", "words", "kg", "mw", "more", "additional", "other", "pieces",
        "items", "points", "acres", "hectares", "shares", "seats", "beds", "team", "squad", "side", "class", "cohort",
        "roster", "lineup", "vintage", "model",
    };

    // A number after one of these is a label ("Route 2032", "Resolution 2334", "flight 1549"), not a year.
    private static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "route", "highway", "road", "flight", "bus", "train", "gate", "platform", "room", "resolution", "article", "no",
        "number", "code", "model", "version", "page", "chapter", "law", "decree", "bill", "item", "unit", "channel",
        "extension", "lot", "case", "docket", "box", "apartment", "suite", "building", "pier", "runway", "section",
        "clause", "paragraph", "order", "file", "ticket", "account", "id", "ref", "pin",
    };

    // Words that every form of a family contains: a sentence without any of them skips the family's expressions,
    // which keeps the tagger fast on the many sentences of a news text that name no date.
    private static readonly SearchValues<string> MonthStems = SearchValues.Create(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> UnitWords = SearchValues.Create(
        ["day", "week", "fortnight", "month", "quarter", "year", "decade", "half"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> DayWords = SearchValues.Create(
        ["day", "tomorrow", "tonight", "night", "tmrw", "now", "current", "present", "moment", "immediate"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> SeasonAndHolidayWords = SearchValues.Create(
        ["spring", "summer", "autumn", "fall", "winter", "christmas", "new year", "easter", "halloween", "valentine", "thanksgiving", "juneteenth", "pentecost", "bonfire", "fawkes"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> PeriodNameWords = SearchValues.Create(
        ["ties", "century", "fiscal", "financial", "fy", "school", "academic", "teen", "twenty", "thousand", "hundred"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> SeasonWords = SearchValues.Create(
        ["spring", "summer", "autumn", "fall", "winter"], StringComparison.OrdinalIgnoreCase);

    // Every weekday, written out or short ("Fri 14th"), starts with one of these.
    private static readonly SearchValues<string> WeekdayStems = SearchValues.Create(
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], StringComparison.OrdinalIgnoreCase);

    // Every ordinal in words (NumberWords.Ordinal: "first", "twenty-third", "fourteenth", "thirtieth") holds one of these.
    private static readonly SearchValues<string> OrdinalWordStems = SearchValues.Create(
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "teenth", "tieth"],
        StringComparison.OrdinalIgnoreCase);

    // Every number in words (NumberWords.Cardinal and Ordinal: "five", "fourteen", "twenty-one", "third") holds one of these.
    private static readonly SearchValues<string> NumberWordStems = SearchValues.Create(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "teen", "twenty", "thirty", "forty",
            "fifty", "sixty", "seventy", "eighty", "ninety", "first", "second", "third", "fifth", "ninth", "twelfth", "tieth"],
        StringComparison.OrdinalIgnoreCase);

    // Every year in words (NumberWords.Year: "nineteen ninety-six", "two thousand and five") starts with one of these.
    private static readonly SearchValues<string> YearWordStems = SearchValues.Create(
        ["eleven", "twelve", "teen", "twenty", "thousand"], StringComparison.OrdinalIgnoreCase);

    // The words a month is written as; "decided", "market" and "novel" start like one but are none.
    private static readonly HashSet<string> MonthWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static bool HasMonthWord(ReadOnlySpan<char> text)
    {
        var lookup = MonthWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var offset = 0;
        for (var at = text.IndexOfAny(MonthStems); at >= 0; at = text[offset..].IndexOfAny(MonthStems))
        {
            at += offset;
            var end = at;
            while (end < text.Length && char.IsAsciiLetter(text[end]))
            {
                end++;
            }

            if ((at == 0 || !char.IsLetter(text[at - 1])) && lookup.Contains(text[at..end]))
            {
                return true;
            }

            offset = at + 1;
        }

        return false;
    }

    private static void Find(string sentence, List<Candidate> candidates)
    {
        var text = sentence.AsSpan();
        var digits = text.IndexOfAnyInRange('0', '9') >= 0;
        var units = text.IndexOfAny(UnitWords) >= 0;
        if (HasMonthWord(text))
        {
            FindDayMonth(sentence, TemporalPatterns.DayMonth(), candidates);
            FindDayMonth(sentence, TemporalPatterns.MonthDay(), candidates);
            FindMonthYears(sentence, candidates);
            FindMonthsAlone(sentence, candidates);
            FindRanges(sentence, candidates);
        }

        if (digits)
        {
            FindNumericDates(sentence, candidates);
        }

        if (digits || text.IndexOfAny(PeriodNameWords) >= 0)
        {
            FindYears(sentence, candidates);
            FindDecades(sentence, candidates);
        }

        FindWeekdays(sentence, units, digits, candidates);
        if (text.IndexOfAny(DayWords) >= 0)
        {
            FindDayWords(sentence, candidates);
        }

        if (text.Contains(" da", StringComparison.OrdinalIgnoreCase))
        {
            FindSameDate(sentence, candidates);
        }

        if (units)
        {
            FindRelativePeriods(sentence, candidates);
            FindCounts(sentence, candidates);
            FindOrdinals(sentence, candidates);
        }

        if (digits || units)
        {
            FindQuartersAndHalves(sentence, candidates);
        }

        if (text.IndexOfAny(SeasonWords) >= 0)
        {
            FindSeasons(sentence, candidates);
        }

        // A holiday's name holds "day" or "year" ("Memorial Day", "New Year's Eve") or is one of the words listed.
        if (units || text.IndexOfAny(SeasonAndHolidayWords) >= 0)
        {
            FindHolidays(sentence, candidates);
        }
    }

    private static readonly string[] WeekdayPrefixes =
    [
        "monday,", "monday", "tuesday,", "tuesday", "wednesday,", "wednesday", "thursday,", "thursday", "friday,", "friday",
        "saturday,", "saturday", "sunday,", "sunday",
    ];

    private static void FindDayMonth(string sentence, LeadingWords regex, List<Candidate> candidates)
    {
        var dayFirst = regex == TemporalPatterns.DayMonth();
        for (var match = regex.Match(sentence); match.Success; match = match.NextMatch())
        {
            // "the 4th of July", "Sunday, 5 January", "Wednesday, December 31": the words before belong to the date.
            var start = match.Index;
            var the = dayFirst && PhraseBefore(sentence, start, "the") is { } at ? at : -1;
            start = the >= 0 ? the : start;
            var weekdayStart = FirstPhraseBefore(sentence, start, WeekdayPrefixes);
            DayOfWeek? weekday = weekdayStart is { } w ? WeekdayOf(sentence.AsSpan(w)) : null;
            start = weekdayStart ?? start;
            var month = MonthNumber(match.Groups["month"].ValueSpan);
            if (NumberWords.Parse(match.Groups["day"].ValueSpan) is not { } day || day is < 1 or > 31 || !SpelledDayFits(sentence, match, month, the >= 0))
            {
                continue;
            }

            var end = match.Index + match.Length;
            Candidate last;
            if (YearOf(sentence, match, ref end) is { } year)
            {
                if (!DateDirections.Valid(year, month, day))
                {
                    continue;
                }

                last = Absolute(start, end, DatePeriod.Day(new DateOnly(year, month, day)), Kind.WithYear);
            }
            else if (DateDirections.Valid(2000, month, day))
            {
                // "Tuesday 6 October": the weekday tells the year better than the tense does.
                last = Relative(start, end, (anchor, r) => DateDirections.DayOfMonthOn(anchor, month, day, weekday, r.Direction) is { } date ? DatePeriod.Day(date) : null, Kind.DayMonth)
                    with { Number = month, Day = day };
            }
            else
            {
                continue;
            }

            candidates.Add(last);
            if (dayFirst)
            {
                AddListedDays(sentence, last, month, day, candidates);
            }
        }
    }

    /// <summary>
    /// "on 18 and 19 June", "Thursday 9, Friday 10 and Saturday 11 April": the days listed before a day and month are
    /// days of that month, in the year that date falls in.
    /// </summary>
    private static void AddListedDays(string sentence, Candidate last, int month, int lastDay, List<Candidate> candidates)
    {
        var before = last.Start;
        var following = lastDay;
        for (var item = TemporalPatterns.ListedDay().Match(sentence, 0, before); item.Success; item = TemporalPatterns.ListedDay().Match(sentence, 0, before))
        {
            var day = Int(item, "day");
            if (day < 1 || day >= following)
            {
                return;
            }

            var end = item.Groups["joint"].Index;
            candidates.Add(new Candidate(item.Index, end, r => last.Resolve(r) is { } date && DateDirections.Valid(date.Start.Year, month, day)
                ? DatePeriod.Day(new DateOnly(date.Start.Year, month, day))
                : null)
            { IsRelative = last.IsRelative, Kind = Kind.DayMonth, Number = month, Day = day });
            before = item.Index;
            following = day;
        }
    }

    /// <summary>
    /// A day in words must read as a date: "May one day" is a verb and a count, "a second March rally" an ordinal.
    /// In words it needs "of", a year, a "the" or "on" before it, or a compound number ("May twenty one").
    /// </summary>
    private static bool SpelledDayFits(string sentence, Match match, int month, bool afterThe)
    {
        if (!match.Groups["word"].Success)
        {
            return true;
        }

        var monthText = match.Groups["month"].Value;
        if (month == 5 && monthText.Length == 3 && monthText[0] == 'm' && match.Groups["month"].Index < match.Groups["day"].Index)
        {
            return false;
        }

        var word = match.Groups["word"].Value;
        var sep = match.Groups["sep"].Value;
        var monthFirst = match.Groups["month"].Index < match.Groups["day"].Index;
        if (monthFirst && NumberWords.IsOrdinal(word) && !(month == 3 && char.IsLower(monthText[0])))
        {
            // "January first", "Sept. twenty-first": an ordinal after a month reads as its day.
            return true;
        }

        return sep.Contains("of", StringComparison.OrdinalIgnoreCase) || match.Groups["year"].Success || afterThe
            || sep.Contains("the", StringComparison.OrdinalIgnoreCase)
            || word.Contains(' ', StringComparison.Ordinal) || word.Contains('-', StringComparison.Ordinal)
            || EndsWithWord(sentence.AsSpan(0, match.Index), "on");
    }

    /// <summary>The year a date's tail gives, unless that "year" counts what follows ("on 5 June 1500 troops").</summary>
    private static int? YearOf(string sentence, Match match, ref int end)
    {
        var year = match.Groups["year"];
        if (year.Success)
        {
            var value = char.IsAsciiDigit(year.Value[0]) ? int.Parse(year.ValueSpan, Invariant) : NumberWords.ParseYear(year.ValueSpan);
            if (value is not null && !IsFollowedByCountedNoun(sentence, year.Index + year.Length))
            {
                return value;
            }

            end = year.Index;
            while (end > match.Index && !char.IsLetterOrDigit(sentence[end - 1]) && sentence[end - 1] != '.')
            {
                end--;
            }

            return null;
        }

        var yy = match.Groups["yy"];
        return yy.Success ? TwoDigitYear(int.Parse(yy.ValueSpan, Invariant)) : null;
    }

    /// <summary>Two-digit years as .NET reads them: 00-29 are this century, 30-99 the last.</summary>
    private static int TwoDigitYear(int yy) => yy <= 29 ? 2000 + yy : 1900 + yy;

    private static void FindNumericDates(string sentence, List<Candidate> candidates)
    {
        for (var match = TemporalPatterns.NumericDate().Match(sentence); match.Success; match = match.NextMatch())
        {
            var a = Int(match, "a");
            var b = Int(match, "b");
            var y = match.Groups["y"];
            if (match.Groups["sep"].Value == "." && y.Length == 2)
            {
                continue;
            }

            var year = y.Length == 2 ? TwoDigitYear(Int(match, "y")) : Int(match, "y");
            AddNumeric(candidates, match.Index, match.Index + match.Length, a, b, year);
        }

        for (var match = TemporalPatterns.YearFirstDate().Match(sentence); match.Success; match = match.NextMatch())
        {
            var (year, month, day) = (Int(match, "y"), Int(match, "m"), Int(match, "d"));
            if (DateDirections.Valid(year, month, day))
            {
                candidates.Add(Absolute(match.Index, match.Index + match.Length, DatePeriod.Day(new DateOnly(year, month, day)), Kind.WithYear));
            }
        }

        for (var match = TemporalPatterns.YearFirstNamedDate().Match(sentence); match.Success; match = match.NextMatch())
        {
            var (year, month, day) = (Int(match, "y"), MonthNumber(match.Groups["month"].ValueSpan), Int(match, "d"));
            if (DateDirections.Valid(year, month, day))
            {
                candidates.Add(Absolute(match.Index, match.Index + match.Length, DatePeriod.Day(new DateOnly(year, month, day)), Kind.WithYear));
            }
        }

        for (var match = TemporalPatterns.CompactDate().Match(sentence); match.Success; match = match.NextMatch())
        {
            var (year, month, day) = (Int(match, "y"), Int(match, "m"), Int(match, "d"));
            if (DateDirections.Valid(year, month, day))
            {
                candidates.Add(Absolute(match.Index, match.Index + match.Length, DatePeriod.Day(new DateOnly(year, month, day)), Kind.WithYear));
            }
        }

        foreach (var regex in (ReadOnlySpan<Regex>)[TemporalPatterns.NumericDayMonth(), TemporalPatterns.NumericDayMonthAfterOn()])
        {
            var afterOn = regex == TemporalPatterns.NumericDayMonthAfterOn();
            for (var match = regex.Match(sentence); match.Success; match = match.NextMatch())
            {
                var (a, b) = (Int(match, "a"), Int(match, "b"));
                var end = match.Index + match.Length;
                // Without a year only an unmistakable pair is a date: "1/2" is more often a fraction, "24/7" an idiom;
                // with a dash or a dot it must also close its phrase ("on 4-22", not "on 4-22 aggregate").
                if ((a > 12) == (b > 12) || a == 0 || b == 0 || (a == 24 && b == 7) || (afterOn && !FollowedByPause(sentence, end)))
                {
                    continue;
                }

                var (month, day) = a > 12 ? (b, a) : (a, b);
                if (DateDirections.Valid(2000, month, day))
                {
                    candidates.Add(Relative(match.Index, end,
                        (anchor, r) => DateDirections.DayOfMonthIn(anchor, month, day, r.Direction) is { } date ? DatePeriod.Day(date) : null, Kind.DayMonth)
                        with { Number = month, Day = day });
                }
            }
        }

        for (var match = TemporalPatterns.NumericMonthYear().Match(sentence); match.Success; match = match.NextMatch())
        {
            if (match.Groups["dash"].Success && !IsYearDashMonth(sentence, match))
            {
                continue;
            }

            candidates.Add(Absolute(match.Index, match.Index + match.Length, DatePeriod.Month(Int(match, "y"), Int(match, "m")), Kind.WithYear));
        }
    }

    /// <summary>
    /// "2016-11" is November 2016 where it stands as a date: after a preposition ("in 2016-11", "since 2016-11") or
    /// closing its clause ("out 2016-11."), and only where it cannot be a span of years ("2011-12" is the 2011-12
    /// season or fiscal year). Before a noun it modifies ("the 2024-09 reading", "a 2015-12 code") it is a label.
    /// </summary>
    private static bool IsYearDashMonth(string sentence, Match match)
    {
        var year = Int(match, "y");
        var month = Int(match, "m");
        if (match.Groups["m"].Length == 2 && month > year % 100)
        {
            return false;
        }

        var before = sentence.AsSpan(0, match.Index);
        foreach (var word in (ReadOnlySpan<string>)["in", "by", "since", "until", "till", "from", "before", "after", "during", "through", "on", "of"])
        {
            if (EndsWithWord(before, word))
            {
                return true;
            }
        }

        var end = match.Index + match.Length;
        return end == sentence.Length || sentence[end] is '.' or ',' or '!' or '?' or ';' or ')';
    }

    /// <summary>Day first or month first: unambiguous when a part is over 12 or both are equal, otherwise as the document writes them.</summary>
    private static void AddNumeric(List<Candidate> candidates, int start, int end, int a, int b, int year)
    {
        if (a > 12 || b > 12 || a == b)
        {
            var (month, day) = a > 12 ? (b, a) : (a, b);
            if (DateDirections.Valid(year, month, day))
            {
                candidates.Add(Absolute(start, end, DatePeriod.Day(new DateOnly(year, month, day)), Kind.WithYear));
            }

            return;
        }

        candidates.Add(new Candidate(start, end, r => r.Order switch
        {
            NumericDateOrder.DayFirst when DateDirections.Valid(year, b, a) => DatePeriod.Day(new DateOnly(year, b, a)),
            NumericDateOrder.MonthFirst when DateDirections.Valid(year, a, b) => DatePeriod.Day(new DateOnly(year, a, b)),
            _ => null,
        }) { Kind = Kind.WithYear });
    }

    private static void FindMonthYears(string sentence, List<Candidate> candidates)
    {
        for (var match = TemporalPatterns.MonthYear().Match(sentence); match.Success; match = match.NextMatch())
        {
            var end = match.Index + match.Length;
            var month = MonthNumber(match.Groups["month"].ValueSpan);
            if (YearOf(sentence, match, ref end) is { } year)
            {
                candidates.Add(Absolute(match.Index, end, DatePeriod.Month(year, month), Kind.WithYear));
            }
        }

        for (var match = TemporalPatterns.YearMonth().Match(sentence); match.Success; match = match.NextMatch())
        {
            var monthText = match.Groups["month"].Value;
            if (monthText.Equals("may", StringComparison.Ordinal) || monthText.StartsWith("mar", StringComparison.Ordinal) && monthText.Length == 3)
            {
                continue;
            }

            candidates.Add(Absolute(match.Index, match.Index + match.Length, DatePeriod.Month(Int(match, "year"), MonthNumber(monthText)), Kind.WithYear));
        }
    }

    private static void FindMonthsAlone(string sentence, List<Candidate> candidates)
    {
        for (var match = TemporalPatterns.MonthAlone().Match(sentence); match.Success; match = match.NextMatch())
        {
            var end = match.Index + match.Length;
            if (!IsAfterMonthPreposition(sentence.AsSpan(0, match.Index)) && !IsCapitalisedMonthAfterTarget(sentence, match)
                && (IsVerbMay(match.Groups["month"].Value) || !TemporalPatterns.RelativeYearAfter().IsMatch(sentence.AsSpan(end))))
            {
                continue;
            }

            var month = MonthNumber(match.Groups["month"].ValueSpan);
            candidates.Add(Relative(match.Index, match.Index + match.Length,
                (anchor, r) => DatePeriod.Month(DateDirections.MonthYear(anchor, month, r.Direction), month), Kind.MonthName) with { Number = month });
        }

        for (var match = TemporalPatterns.ModifiedMonth().Match(sentence); match.Success; match = match.NextMatch())
        {
            if (IsVerbMay(match.Groups["month"].Value))
            {
                continue;
            }

            var month = MonthNumber(match.Groups["month"].ValueSpan);
            var step = Step(match.Groups["modifier"].ValueSpan);
            candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, _) =>
            {
                // "this September" is this year's; "next June" the first after this month, "last June" the latest before it.
                var year = step switch
                {
                    0 => anchor.Year,
                    > 0 => month > anchor.Month ? anchor.Year : anchor.Year + 1,
                    _ => month < anchor.Month ? anchor.Year : anchor.Year - 1,
                };
                return DatePeriod.Month(year, month);
            }));
        }
    }

    private static readonly string[] MonthPrepositions =
        ["in", "by", "until", "till", "through", "throughout", "before", "after", "since", "from", "during", "of", "early", "late", "mid"];

    // "pushed back to March instead of January", "set for May", "in June rather than May": after "for" or "than", or a
    // word of change and "to", a month is a month only in its capital inside a sentence ("to march", "plans to March on
    // the capital" at a title's start are the verb), and "may" after them is never the modal.
    private static readonly string[] TargetPrepositions = ["for", "than"];

    private static readonly Regex ChangeTo = new(@"\b(?:" + MoveWords.Verb + "|" + MoveWords.Phrasal + @"|put\s+off|set)\s+(?:(?:back|forward|up)\s+)?(?:to|into)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static bool IsCapitalisedMonthAfterTarget(string sentence, Match match)
    {
        var month = match.Groups["month"].ValueSpan;
        if (!char.IsUpper(month[0]) || (month.Length > 1 && !char.IsLower(month[1])))
        {
            return false;
        }

        var before = sentence.AsSpan(0, match.Index);
        if (ChangeTo.IsMatch(before[Math.Max(0, before.Length - 60)..]))
        {
            return true;
        }

        foreach (var word in TargetPrepositions)
        {
            if (EndsWithWord(before, word) && before.TrimEnd().Length > word.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAfterMonthPreposition(ReadOnlySpan<char> before)
    {
        if (before.EndsWith("mid-", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var word in MonthPrepositions)
        {
            if (EndsWithWord(before, word))
            {
                return true;
            }
        }

        return false;
    }

    private static void FindRanges(string sentence, List<Candidate> candidates)
    {
        foreach (var regex in (ReadOnlySpan<LeadingWords>)[TemporalPatterns.DayRangeMonth(), TemporalPatterns.MonthDayRange()])
        {
            for (var match = regex.Match(sentence); match.Success; match = match.NextMatch())
            {
                var (first, last) = (Int(match, "d1"), Int(match, "d2"));
                if (!JointFits(match) || first >= last || last > 31)
                {
                    continue;
                }

                var month = MonthNumber(match.Groups["month"].ValueSpan);
                if (match.Groups["year"].Success)
                {
                    var year = Int(match, "year");
                    if (DateDirections.Valid(year, month, last))
                    {
                        candidates.Add(Absolute(match.Index, match.Index + match.Length, DatePeriod.Between(new DateOnly(year, month, first), new DateOnly(year, month, last))));
                    }

                    continue;
                }

                candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, r) =>
                    DateDirections.DayOfMonthIn(anchor, month, first, r.Direction) is { } from && DateDirections.Valid(from.Year, month, last)
                        ? DatePeriod.Between(from, new DateOnly(from.Year, month, last))
                        : null));
            }
        }

        for (var match = TemporalPatterns.MonthRange().Match(sentence); match.Success; match = match.NextMatch())
        {
            var (first, last) = (MonthNumber(match.Groups["m1"].ValueSpan), MonthNumber(match.Groups["m2"].ValueSpan));
            var hasYear = match.Groups["year"].Success;
            if (first == last || (!JointFits(match) && !hasYear) || IsVerbMay(match.Groups["m1"].Value) || IsVerbMay(match.Groups["m2"].Value))
            {
                continue;
            }

            if (hasYear)
            {
                var year = Int(match, "year");
                candidates.Add(Absolute(match.Index, match.Index + match.Length,
                    DatePeriod.Between(DatePeriod.Month(first > last ? year - 1 : year, first), DatePeriod.Month(year, last))));
                continue;
            }

            candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, r) =>
            {
                var year = DateDirections.MonthYear(anchor, first, r.Direction);
                return DatePeriod.Between(DatePeriod.Month(year, first), DatePeriod.Month(last < first ? year + 1 : year, last));
            }));
        }
    }

    /// <summary>"5 and 9 March" is a range only after "between"; "5 to 9 March" after "from" or alone; a dash always.</summary>
    private static bool JointFits(Match match)
    {
        var joint = match.Groups["joint"].Value;
        var cue = match.Groups["cue"].Value;
        return joint switch
        {
            "-" or "–" => true,
            _ when joint.Equals("and", StringComparison.OrdinalIgnoreCase) => cue.Equals("between", StringComparison.OrdinalIgnoreCase),
            _ => !cue.Equals("between", StringComparison.OrdinalIgnoreCase),
        };
    }

    private static bool IsVerbMay(string month) => month.Equals("may", StringComparison.Ordinal);

    private static void FindYears(string sentence, List<Candidate> candidates)
    {
        for (var match = TemporalPatterns.Year().Match(sentence); match.Success; match = match.NextMatch())
        {
            var yearGroup = match.Groups["year"];
            var year = int.Parse(yearGroup.ValueSpan, Invariant);
            if (IsLabel(sentence, match.Index))
            {
                continue;
            }

            var to = match.Groups["to"];
            if (!to.Success)
            {
                if (!IsFollowedByCountedNoun(sentence, match.Index + match.Length))
                {
                    candidates.Add(Absolute(match.Index, match.Index + match.Length, DatePeriod.Year(year), Kind.WithYear));
                }

                continue;
            }

            // "2024-25", "2014-2017": the first year, then the span lasting until the end of the second. A second part
            // far from the first ("2015-32") is a code or a score, not a range.
            var toValue = int.Parse(to.ValueSpan, Invariant);
            var toYear = to.Length == 2 ? (year / 100 * 100) + toValue : toValue;
            if (toYear <= year || toYear - year > (to.Length == 2 ? 10 : 100))
            {
                continue;
            }

            candidates.Add(Absolute(yearGroup.Index, yearGroup.Index + yearGroup.Length, DatePeriod.Year(year)) with { IsRange = true });
            candidates.Add(Absolute(to.Index, to.Index + to.Length, DatePeriod.Year(toYear)) with { IsRange = true, Role = TemporalRole.Until });
        }

        var yearWords = sentence.AsSpan().IndexOfAny(YearWordStems) >= 0;
        for (var match = yearWords ? TemporalPatterns.YearInWords().Match(sentence) : Match.Empty; match.Success; match = match.NextMatch())
        {
            if (NumberWords.ParseYear(match.ValueSpan) is { } year && !IsFollowedByCountedNoun(sentence, match.Index + match.Length))
            {
                candidates.Add(Absolute(match.Index, match.Index + match.Length, DatePeriod.Year(year), Kind.WithYear));
            }
        }

        for (var match = TemporalPatterns.FiscalYear().Match(sentence); match.Success; match = match.NextMatch())
        {
            // Where a fiscal year starts differs by country and company; the text does not say, so it is not guessed.
            candidates.Add(new Candidate(match.Index, match.Index + match.Length, _ => null));
        }
    }

    /// <summary>Whether the word before a number makes it a label ("Route 2032", "Resolution 2334").</summary>
    private static bool IsLabel(string sentence, int start)
    {
        var end = start;
        while (end > 0 && sentence[end - 1] is ' ' or '.')
        {
            end--;
        }

        var wordStart = end;
        while (wordStart > 0 && char.IsLetter(sentence[wordStart - 1]))
        {
            wordStart--;
        }

        return end < start && LabelWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.AsSpan(wordStart, end - wordStart));
    }

    /// <param name="days">Whether the sentence holds "day" at all: every weekday's name does.</param>
    /// <param name="days">The sentence holds "day": every weekday written out does.</param>
    /// <param name="digits">The sentence holds a digit: a day of the month not in words does.</param>
    private static void FindWeekdays(string sentence, bool days, bool digits, List<Candidate> candidates)
    {
        for (var match = days ? TemporalPatterns.Weekday().Match(sentence) : Match.Empty; match.Success; match = match.NextMatch())
        {
            var weekday = WeekdayOf(match.Groups["weekday"].ValueSpan);
            var modifier = match.Groups["modifier"];
            if (modifier.Success)
            {
                var words = modifier.Value;
                candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, _) => DatePeriod.Day(ResolveModifiedWeekday(anchor, weekday, words))) with { IsWeekday = true });
                continue;
            }

            candidates.Add(Relative(match.Index, match.Index + match.Length,
                (anchor, r) => DatePeriod.Day(DateDirections.Weekday(anchor, weekday, r.Direction)), Kind.Weekday) with { Number = (int)weekday, IsWeekday = true });
        }

        for (var match = days ? TemporalPatterns.OrdinalWeekday().Match(sentence) : Match.Empty; match.Success; match = match.NextMatch())
        {
            // "The second Sunday" with no month named is of the month the text is in, as "the 15th" is.
            var weekday = WeekdayOf(match.Groups["weekday"].ValueSpan);
            var n = NumberWords.Parse(match.Groups["ord"].Value) ?? 1;
            candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, _) => NthOf(DatePeriod.Month(anchor.Year, anchor.Month), weekday.ToString(), n)));
        }

        for (var match = days ? TemporalPatterns.CountedWeekdays().Match(sentence) : Match.Empty; match.Success; match = match.NextMatch())
        {
            var countText = match.Groups["count"].Value;
            if (IsVague(countText) || NumberWords.Parse(countText) is not { } count || count is < 1 or > 52)
            {
                continue;
            }

            // "Two Sundays from now": the second Sunday after the anchor; "later" and "earlier" count from the date just mentioned.
            var weekday = WeekdayOf(match.Groups["weekday"].ValueSpan);
            var rel = match.Groups["rel"].Value.ToLowerInvariant();
            var back = rel is "ago" or "earlier";
            var fromAntecedent = rel is "later" or "earlier";
            candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, r) =>
            {
                var from = fromAntecedent && r.Antecedent is { Granularity: DateGranularity.Day } said ? said.Start : anchor;
                var first = DateDirections.Weekday(from, weekday, back ? DateDirection.Back : DateDirection.Ahead);
                first = back && first == from ? first.AddDays(-7) : first;
                return DatePeriod.Day(first.AddDays((back ? -7 : 7) * (count - 1)));
            }));
        }

        var text = sentence.AsSpan();
        if (days && (text.Contains(" after ", StringComparison.OrdinalIgnoreCase) || text.Contains(" before ", StringComparison.OrdinalIgnoreCase)))
        {
            AddWeekdaysAround(sentence, candidates);
        }

        var weekdayAndDay = (digits || text.IndexOfAny(NumberWordStems) >= 0) && text.IndexOfAny(WeekdayStems) >= 0;
        for (var match = weekdayAndDay ? TemporalPatterns.WeekdayAndDay().Match(sentence) : Match.Empty; match.Success; match = match.NextMatch())
        {
            var weekdayText = match.Groups["weekday"].ValueSpan;
            var word = match.Groups["word"];
            var marked = match.Groups["the"].Success || match.Groups["suffix"].Success || (word.Success && NumberWords.IsOrdinal(word.Value));
            var end = match.Index + match.Length;
            var closes = end == sentence.Length || sentence[end] is '.' or ',' or '!' or '?' or ';' or ')';
            // "Sunday 31!" is a date; "Monday 5 people" is not, nor "on Friday, six weeks after": a cardinal in words is a
            // count unless it closes the clause. An abbreviation ("Fri") needs "the" or "14th".
            var full = weekdayText.Length >= 6;
            var fits = full ? marked || closes : match.Groups["the"].Success || match.Groups["suffix"].Success;
            if (NumberWords.Parse(match.Groups["day"].ValueSpan) is not { } day || day is < 1 or > 31 || !fits)
            {
                continue;
            }

            var weekday = WeekdayOf(weekdayText);
            candidates.Add(Relative(match.Index, end,
                (anchor, r) => DateDirections.DayOfAnyMonth(anchor, day, weekday, r.Direction) is { } date ? DatePeriod.Day(date) : null));
        }

        var dayOfMonth = digits || text.IndexOfAny(OrdinalWordStems) >= 0;
        for (var match = dayOfMonth ? TemporalPatterns.DayOfMonthAlone().Match(sentence) : Match.Empty; match.Success; match = match.NextMatch())
        {
            if (NumberWords.Parse(match.Groups["day"].ValueSpan) is not { } day || day is < 1 or > 31)
            {
                continue;
            }

            var end = match.Index + match.Length;
            var spelled = match.Groups["word"].Success;
            // Alone, "the 27th" is a date only where nothing follows that it could be counting ("the 21st century").
            var standalone = FollowedByPause(sentence, end)
                && (!spelled || EndsWithWord(sentence.AsSpan(0, match.Index), "on") || EndsWithWord(sentence.AsSpan(0, match.Index), "for")
                    || EndsWithWord(sentence.AsSpan(0, match.Index), "by") || EndsWithWord(sentence.AsSpan(0, match.Index), "until"));
            var candidate = Relative(match.Index, end,
                (anchor, r) => DateDirections.DayOfAnyMonth(anchor, day, null, r.Direction) is { } date ? DatePeriod.Day(date) : null, Kind.DayOfMonth) with { Day = day };
            candidates.Add(standalone ? candidate : candidate with { Kind = Kind.NeedsBase, Standalone = false, Apply = p => DayInMonth(p, day) });
        }
    }

    /// <summary>
    /// "the Friday after the vote on 3 May", "the Monday before Christmas": the first such weekday after the end (or before
    /// the start) of the date it counts from; alone and closing its clause ("the Friday after,"), from the date just mentioned.
    /// </summary>
    private static void AddWeekdaysAround(string sentence, List<Candidate> candidates)
    {
        for (var match = TemporalPatterns.WeekdayAround().Match(sentence); match.Success; match = match.NextMatch())
        {
            var weekday = WeekdayOf(match.Groups["weekday"].ValueSpan);
            var after = match.Groups["rel"].ValueSpan.Equals("after", StringComparison.OrdinalIgnoreCase);
            var end = match.Index + match.Length;
            DatePeriod? From(DatePeriod from) => DatePeriod.Day(after
                ? DateDirections.Weekday(from.End, weekday, DateDirection.Ahead)
                : DateDirections.Weekday(from.Start.AddDays(-1), weekday, DateDirection.Back));
            var standalone = FollowedByPause(sentence, end);
            candidates.Add(new Candidate(match.Index, end, r => standalone && r.Antecedent is { } from ? Safe(() => From(from)) : null)
            {
                IsRelative = true,
                IsWeekday = true,
                Kind = Kind.NeedsBase,
                Standalone = standalone,
                GapWords = 4,
                Apply = from => Safe(() => From(from)),
            });
        }
    }

    private static readonly HashSet<string> PauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "to", "at", "when", "as", "this", "that", "next", "last", "in", "on", "for", "until", "before", "after",
        "with", "but", "so", "if", "we", "i", "you", "he", "she", "they", "it", "was", "is", "will", "would", "could",
    };

    private static bool FollowedByPause(string sentence, int end)
    {
        var at = end;
        while (at < sentence.Length && sentence[at] == ' ')
        {
            at++;
        }

        if (at == sentence.Length || sentence[at] is '.' or ',' or '!' or '?' or ';' or ':' or ')' or '"')
        {
            return true;
        }

        var wordEnd = at;
        while (wordEnd < sentence.Length && char.IsLetter(sentence[wordEnd]))
        {
            wordEnd++;
        }

        return PauseWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(sentence.AsSpan(at, wordEnd - at));
    }

    private static DatePeriod? DayInMonth(DatePeriod month, int day) =>
        month.Granularity == DateGranularity.Month && DateDirections.Valid(month.Start.Year, month.Start.Month, day)
            ? DatePeriod.Day(new DateOnly(month.Start.Year, month.Start.Month, day))
            : null;

    private static void FindDayWords(string sentence, List<Candidate> candidates)
    {
        for (var match = TemporalPatterns.DayWord().Match(sentence); match.Success; match = match.NextMatch())
        {
            var word = match.Groups["word"].ValueSpan;
            var offset = word.Equals("yesterday", StringComparison.OrdinalIgnoreCase) || word.StartsWith("last", StringComparison.OrdinalIgnoreCase) ? -1
                : word.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) || word.Equals("tmrw", StringComparison.OrdinalIgnoreCase) ? 1
                : 0;
            candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, _) => DatePeriod.Day(anchor.AddDays(offset))));
        }

        for (var match = TemporalPatterns.DayAroundTomorrow().Match(sentence); match.Success; match = match.NextMatch())
        {
            var offset = match.Groups["dir"].ValueSpan.Equals("after", StringComparison.OrdinalIgnoreCase) ? 2 : -2;
            candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, _) => DatePeriod.Day(anchor.AddDays(offset))));
        }

        for (var match = TemporalPatterns.Now().Match(sentence); match.Success; match = match.NextMatch())
        {
            candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, _) => DatePeriod.Day(anchor)));
        }
    }

    /// <summary>
    /// "Rao set Jan. 14 as the deadline. By that date, homes must report …"; "until 12 May. He must also pay costs by the
    /// same date": the date just mentioned, in this sentence or the one before. With none named it stays unresolved: the
    /// publication date is no date the text pointed back to.
    /// </summary>
    private static void FindSameDate(string sentence, List<Candidate> candidates)
    {
        for (var match = TemporalPatterns.SameDate().Match(sentence); match.Success; match = match.NextMatch())
        {
            candidates.Add(new Candidate(match.Index, match.Index + match.Length, r => r.Named) { IsRelative = true });
        }
    }

    private static void FindRelativePeriods(string sentence, List<Candidate> candidates)
    {
        for (var match = TemporalPatterns.RelativePeriod().Match(sentence); match.Success; match = match.NextMatch())
        {
            var modifier = match.Groups["modifier"].Value;
            var unit = match.Groups["unit"].Value.ToLowerInvariant();
            var step = Step(modifier);
            // "the following week", "the next day", "the previous day" count from the date just mentioned.
            var anaphoric = modifier.Equals("following", StringComparison.OrdinalIgnoreCase)
                || (unit == "day" && modifier.ToLowerInvariant() is "next" or "previous");
            if (unit == "day" && step == 0)
            {
                continue;
            }

            var kind = unit.EndsWith("week", StringComparison.Ordinal) ? Kind.Week : unit.EndsWith("year", StringComparison.Ordinal) ? Kind.RelativeYear : Kind.Other;
            if (anaphoric)
            {
                candidates.Add(new Candidate(match.Index, match.Index + match.Length, r => r.Antecedent is { } from ? Safe(() => ShiftPeriod(from, unit, step)) : null)
                { IsRelative = true, Kind = kind });
                continue;
            }

            candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, _) => ShiftPeriod(DatePeriod.Day(anchor), unit, step), kind));
        }

        for (var match = TemporalPatterns.AfterNext().Match(sentence); match.Success; match = match.NextMatch())
        {
            var unit = match.Groups["unit"].Value.ToLowerInvariant();
            if (unit.Length > "month".Length)
            {
                // "The Monday after next": the one a week after the next one.
                var weekday = WeekdayOf(unit);
                candidates.Add(Relative(match.Index, match.Index + match.Length,
                    (anchor, _) => DatePeriod.Day(DateDirections.Weekday(anchor, weekday, DateDirection.Ahead).AddDays(7))) with { IsWeekday = true });
                continue;
            }

            candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, _) => ShiftPeriod(DatePeriod.Day(anchor), unit, 2),
                unit == "week" ? Kind.Week : Kind.Other));
        }

        for (var match = TemporalPatterns.CurrentPeriod().Match(sentence); match.Success; match = match.NextMatch())
        {
            var qualifier = match.Groups["qualifier"].Value.ToLowerInvariant();
            var unit = match.Groups["unit"].Value.ToLowerInvariant();
            var role = qualifier is "end" or "close" ? TemporalRole.By : TemporalRole.At;
            candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, r) => qualifier switch
            {
                // "The turn of the year" is the New Year the clause looks to; "the rest of the week" runs from the anchor.
                "turn" when unit == "year" => DatePeriod.Day(new DateOnly(r.Direction == DateDirection.Back || (r.Direction == DateDirection.Nearest && anchor.Month < 7) ? anchor.Year : anchor.Year + 1, 1, 1)),
                "turn" => null,
                "rest" or "remainder" => DatePeriod.Between(anchor, ShiftPeriod(DatePeriod.Day(anchor), unit, 0)!.Value.End),
                _ => ShiftPeriod(DatePeriod.Day(anchor), unit, 0),
            }) with { Role = role });
        }

        for (var match = TemporalPatterns.WithinCurrentPeriod().Match(sentence); match.Success; match = match.NextMatch())
        {
            var toDate = match.Groups["todate"].Success;
            var unit = match.Groups["unit"].Value.ToLowerInvariant();
            candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, _) =>
                toDate ? DatePeriod.Between(new DateOnly(anchor.Year, 1, 1), anchor) : ShiftPeriod(DatePeriod.Day(anchor), unit, 0)));
        }

        for (var match = TemporalPatterns.Weekend().Match(sentence); match.Success; match = match.NextMatch())
        {
            var modifier = match.Groups["modifier"].Value;
            var anaphoric = modifier.StartsWith("the ", StringComparison.OrdinalIgnoreCase);
            var bare = modifier.Equals("the", StringComparison.OrdinalIgnoreCase);
            var step = bare ? 0 : Step(modifier);
            if (anaphoric)
            {
                candidates.Add(new Candidate(match.Index, match.Index + match.Length, r => r.Antecedent is { } from ? Safe(() => WeekendOf(from.Start.AddDays(7 * step))) : null)
                { IsRelative = true });
                continue;
            }

            candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, r) =>
            {
                // A weekend already under way is "this weekend"; "the weekend" in a past clause is the one just gone.
                var saturday = WeekendOf(anchor).Start;
                if (bare && r.Direction == DateDirection.Back && anchor < saturday)
                {
                    saturday = saturday.AddDays(-7);
                }

                return WeekendOf(saturday.AddDays(7 * step));
            }));
        }

        for (var match = TemporalPatterns.WeekNumber().Match(sentence); match.Success; match = match.NextMatch())
        {
            var week = Int(match, "num");
            if (week is >= 1 and <= 53)
            {
                // The week number of the ISO year the anchor is in: on Wednesday 31 December 2025, "week 1" is 29 December 2025.
                candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, _) => IsoWeek(ISOWeek.GetYear(anchor.ToDateTime(TimeOnly.MinValue)), week)));
            }
        }
    }

    /// <summary>The Saturday and Sunday of the week <paramref name="day"/> is in.</summary>
    private static DatePeriod WeekendOf(DateOnly day)
    {
        var saturday = DatePeriod.WeekOf(day).Start.AddDays(5);
        return DatePeriod.Between(saturday, saturday.AddDays(1));
    }

    private static DatePeriod? IsoWeek(int year, int week) =>
        week <= ISOWeek.GetWeeksInYear(year) ? DatePeriod.WeekOf(DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday))) : null;

    /// <summary>The period of <paramref name="unit"/> that holds <paramref name="from"/>'s start, moved by <paramref name="step"/> units.</summary>
    private static DatePeriod? ShiftPeriod(DatePeriod from, string unit, int step)
    {
        var day = from.Start;
        return unit switch
        {
            "day" => DatePeriod.Day(day.AddDays(step)),
            "fortnight" => step >= 0 ? DatePeriod.Between(day.AddDays(1 + (14 * Math.Max(0, step - 1))), day.AddDays(14 * Math.Max(1, step))) : DatePeriod.Between(day.AddDays(-14), day.AddDays(-1)),
            "month" => new DatePeriod(day.AddMonths(step), DateGranularity.Month),
            "quarter" => new DatePeriod(day.AddMonths(3 * step), DateGranularity.Quarter),
            "year" or "calendar year" => DatePeriod.Year(day.Year + step),
            // "this decade" is the calendar decade; "the next decade" and "the last decade" the ten years either side.
            "decade" => step == 0 ? new DatePeriod(day, DateGranularity.Decade)
                : step > 0 ? DatePeriod.Between(day.AddDays(1), day.AddYears(10)) : DatePeriod.Between(day.AddYears(-10), day.AddDays(-1)),
            _ => DatePeriod.WeekOf(day.AddDays(7 * step)),
        };
    }

    private static void FindCounts(string sentence, List<Candidate> candidates)
    {
        for (var match = TemporalPatterns.InCount().Match(sentence); match.Success; match = match.NextMatch())
        {
            var cue = match.Groups["cue"].Value.ToLowerInvariant();
            var modifier = match.Groups["modifier"].Value.ToLowerInvariant();
            var unit = match.Groups["unit"].Value.ToLowerInvariant();
            var countText = match.Groups["count"].Value;
            var count = NumberWords.Parse(countText) ?? 1;
            var vague = IsVague(countText);
            var back = modifier is "past" or "last" or "previous";
            if (back)
            {
                candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, _) => DatePeriod.Between(Move(anchor, unit, -count), anchor.AddDays(-1))));
                continue;
            }

            if (cue is "over" or "during" or "for")
            {
                if (modifier.Length > 0)
                {
                    candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, _) => DatePeriod.Between(anchor.AddDays(1), Move(anchor, unit, count))));
                }

                continue;
            }

            // "They met in a week" counts how long something took; only a clause that looks ahead dates something.
            if (cue == "in" && ClauseTenseReader.Read(sentence, match.Index, match.Length).Tense switch
            {
                ClauseTense.Past => true,
                ClauseTense.Unknown => ClauseTenseReader.TenseBefore(sentence, match.Index) == ClauseTense.Past,
                _ => false,
            })
            {
                continue;
            }

            var role = cue == "within" ? TemporalRole.By : TemporalRole.At;
            candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, _) => vague
                ? DatePeriod.Between(Move(anchor, unit, 2), Move(anchor, unit, 6))
                : LandingDay(anchor, unit, count)) with { Role = role });
        }

        for (var match = TemporalPatterns.CountedSpan().Match(sentence); match.Success; match = match.NextMatch())
        {
            var modifier = match.Groups["modifier"].Value.ToLowerInvariant();
            var unit = match.Groups["unit"].Value.ToLowerInvariant();
            var count = NumberWords.Parse(match.Groups["count"].Value) ?? 1;
            var back = modifier is "past" or "last" or "previous";
            candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, _) => back
                ? DatePeriod.Between(Move(anchor, unit, -count), anchor.AddDays(-1))
                : DatePeriod.Between(anchor.AddDays(1), Move(anchor, unit, count))));
        }

        foreach (var regex in (ReadOnlySpan<Regex>)[TemporalPatterns.Offset(), TemporalPatterns.UnitAround()])
        {
            for (var match = regex.Match(sentence); match.Success; match = match.NextMatch())
            {
                AddOffset(match, candidates);
            }
        }
    }

    /// <summary>
    /// "three weeks ago", "a month later", "two weeks after the 1 May deadline": counted from the anchor, from the date
    /// just mentioned, or from the date after it. The result is as precise as the smallest unit counted, or a day when
    /// counted from a known day.
    /// </summary>
    private static void AddOffset(Match match, List<Candidate> candidates)
    {
        var parts = new List<(string Unit, int Count)>(3);
        var vague = false;
        foreach (var i in (ReadOnlySpan<string>)["1", "2", "3"])
        {
            var unit = match.Groups["u" + i];
            if (unit.Success)
            {
                var countGroup = match.Groups["c" + i];
                var countText = countGroup.Success ? countGroup.Value : "a";
                vague |= IsVague(countText);
                parts.Add((unit.Value.ToLowerInvariant(), NumberWords.Parse(countText) ?? 1));
            }
        }

        var rel = match.Groups["rel"].Value.ToLowerInvariant();
        var sign = rel is "ago" or "earlier" or "before" or "prior to" or "in the past" ? -1 : 1;
        var finest = parts.Select(p => p.Unit).OrderBy(UnitRank).First();
        var start = match.Index;
        var end = match.Index + match.Length;
        DatePeriod? From(DatePeriod from, bool keepDay)
        {
            var day = from.Start;
            foreach (var (unit, count) in parts)
            {
                day = Move(day, unit, sign * count);
            }

            if (vague)
            {
                var near = Move(from.Start, finest, sign * 2);
                var far = Move(from.Start, finest, sign * 6);
                return DatePeriod.Between(near, far);
            }

            return keepDay && from.Granularity == DateGranularity.Day ? DatePeriod.Day(day) : PeriodOf(day, finest);
        }

        switch (rel)
        {
            case "ago" or "hence" or "from now" or "in the future" or "in the past":
                candidates.Add(Relative(start, end, (anchor, _) => From(DatePeriod.Day(anchor), keepDay: true), vague ? Kind.Other : Kind.Landing));
                break;
            case "later" or "earlier":
                candidates.Add(new Candidate(start, end, r => r.Antecedent is { } from ? Safe(() => From(from, keepDay: true)) : null) { IsRelative = true });
                break;
            default:
                // "the day after" means something alone (the day after the date just mentioned); "60 days after" does not.
                // "The week after the election" is the calendar week that follows, not a day seven days on.
                var standalone = match.Groups["c1"].Success is false;
                var keepDay = !standalone || finest == "day";
                candidates.Add(new Candidate(start, end, r => standalone && r.Antecedent is { } from ? Safe(() => From(from, keepDay)) : null)
                {
                    IsRelative = true,
                    Kind = Kind.NeedsBase,
                    Standalone = standalone,
                    GapWords = 4,
                    Apply = from => Safe(() => From(from, keepDay)),
                });
                break;
        }
    }

    private static int UnitRank(string unit) => unit switch
    {
        "day" => 0,
        "week" or "fortnight" => 1,
        "month" => 2,
        "year" => 3,
        _ => 4,
    };

    private static bool IsVague(string count) =>
        count.Contains("few", StringComparison.OrdinalIgnoreCase) || count.Equals("several", StringComparison.OrdinalIgnoreCase);

    private static DateOnly Move(DateOnly day, string unit, int count) => unit switch
    {
        "day" => day.AddDays(count),
        "week" => day.AddDays(7 * count),
        "fortnight" => day.AddDays(14 * count),
        "month" => day.AddMonths(count),
        "quarter" => day.AddMonths(3 * count),
        "decade" => day.AddYears(10 * count),
        _ => day.AddYears(count),
    };

    /// <summary>
    /// An offset from the anchor names the day it lands on, as TimeML annotates it: "in two weeks" is the anchor plus 14
    /// days, "in six months" the same day six months on; only decades, too coarse for a day, stay a year.
    /// </summary>
    private static DatePeriod LandingDay(DateOnly anchor, string unit, int count) =>
        unit == "decade" ? DatePeriod.Year(anchor.Year + (10 * count)) : DatePeriod.Day(Move(anchor, unit, count));

    /// <summary>The period of <paramref name="unit"/> that holds <paramref name="day"/>.</summary>
    private static DatePeriod PeriodOf(DateOnly day, string unit) => unit switch
    {
        "day" => DatePeriod.Day(day),
        "week" or "fortnight" => DatePeriod.WeekOf(day),
        "month" => new DatePeriod(day, DateGranularity.Month),
        _ => DatePeriod.Year(day.Year),
    };

    private static void FindOrdinals(string sentence, List<Candidate> candidates)
    {
        for (var match = TemporalPatterns.OrdinalOf().Match(sentence); match.Success; match = match.NextMatch())
        {
            var what = match.Groups["what"].Success ? match.Groups["what"].Value.ToLowerInvariant() : match.Groups["num"].Success ? "week number" : "day";
            if (!match.Groups["ord"].Success && !match.Groups["num"].Success)
            {
                // "the week of 5 January": the week that holds the date.
                candidates.Add(new Candidate(match.Index, match.Index + match.Length, _ => null)
                {
                    Kind = Kind.NeedsBase,
                    Apply = period => period.Granularity == DateGranularity.Day ? DatePeriod.WeekOf(period.Start) : null,
                });
                continue;
            }

            var ordText = match.Groups["ord"].Value.ToLowerInvariant();
            var last = ordText is "last" or "final";
            var n = match.Groups["num"].Success ? Int(match, "num") : last ? -1 : NumberWords.Parse(ordText) ?? 1;
            if (match.Groups["current"].Success)
            {
                // "the thirty-first day of the month": of the month (or year) the text is in.
                var ofYear = match.Groups["current"].Value.EndsWith("year", StringComparison.OrdinalIgnoreCase);
                candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, _) =>
                    NthOf(ofYear ? DatePeriod.Year(anchor.Year) : DatePeriod.Month(anchor.Year, anchor.Month), what, n)));
                continue;
            }

            candidates.Add(new Candidate(match.Index, match.Index + match.Length, _ => null)
            {
                Kind = Kind.NeedsBase,
                Apply = period => Safe(() => NthOf(period, what, n)),
            });
        }
    }

    /// <summary>
    /// The <paramref name="n"/>th (-1: last) week, weekday, day, month, quarter or half of a month or year. The weeks of
    /// a month are those whose Thursday falls in it, as ISO counts the weeks of a year.
    /// </summary>
    private static DatePeriod? NthOf(DatePeriod period, string what, int n)
    {
        var month = period.Granularity == DateGranularity.Month;
        var year = period.Granularity == DateGranularity.Year;
        switch (what)
        {
            case "week number" when year:
                return IsoWeek(period.Start.Year, n);
            case "week" when year:
                return n > 0 ? IsoWeek(period.Start.Year, n) : IsoWeek(period.Start.Year, ISOWeek.GetWeeksInYear(period.Start.Year));
            case "week" or "weekend" when month || period.Granularity == DateGranularity.Quarter:
                var thursdays = Enumerable.Range(0, period.Days).Select(period.Start.AddDays).Where(d => d.DayOfWeek == DayOfWeek.Thursday).ToList();
                if (thursdays.Count == 0 || Math.Abs(n) > thursdays.Count)
                {
                    return null;
                }

                var thursday = n > 0 ? thursdays[n - 1] : thursdays[^1];
                return what == "week" ? DatePeriod.WeekOf(thursday) : WeekendOf(thursday);
            case "day" when month:
                return DayInMonth(period, n);
            case "month" when year:
                return n is >= 1 and <= 12 ? DatePeriod.Month(period.Start.Year, n) : n == -1 ? DatePeriod.Month(period.Start.Year, 12) : null;
            case "quarter" when year:
                return n is >= 1 and <= 4 ? DatePeriod.Quarter(period.Start.Year, n) : n == -1 ? DatePeriod.Quarter(period.Start.Year, 4) : null;
            case "half" when year:
                var second = n is 2 or -1;
                return n is 1 or 2 or -1
                    ? DatePeriod.Between(new DateOnly(period.Start.Year, second ? 7 : 1, 1), new DateOnly(period.Start.Year, second ? 12 : 6, second ? 31 : 30))
                    : null;
            default:
                if (!Enum.TryParse<DayOfWeek>(what, ignoreCase: true, out var weekday) || !(month || period.Granularity == DateGranularity.Week))
                {
                    return null;
                }

                if (period.Granularity == DateGranularity.Week)
                {
                    return DatePeriod.Day(period.Start.AddDays(((int)weekday + 6) % 7));
                }

                var days = Enumerable.Range(0, period.Days).Select(period.Start.AddDays).Where(d => d.DayOfWeek == weekday).ToList();
                return Math.Abs(n) <= days.Count ? DatePeriod.Day(n > 0 ? days[n - 1] : days[^1]) : null;
        }
    }

    private static void FindQuartersAndHalves(string sentence, List<Candidate> candidates)
    {
        for (var match = TemporalPatterns.Quarter().Match(sentence); match.Success; match = match.NextMatch())
        {
            var q = match.Groups["q"].Success ? Int(match, "q") : QuarterWord(match.Groups["word"].Value);
            if (match.Groups["year"].Success)
            {
                candidates.Add(Absolute(match.Index, match.Index + match.Length, DatePeriod.Quarter(Int(match, "year"), q)));
                continue;
            }

            candidates.Add(Relative(match.Index, match.Index + match.Length,
                (anchor, r) => DateDirections.Yearly(anchor, year => DatePeriod.Quarter(year, q), r.Direction)));
        }

        for (var match = TemporalPatterns.Half().Match(sentence); match.Success; match = match.NextMatch())
        {
            var year = Int(match, "year");
            var second = Int(match, "h") == 2;
            candidates.Add(Absolute(match.Index, match.Index + match.Length,
                DatePeriod.Between(new DateOnly(year, second ? 7 : 1, 1), new DateOnly(year, second ? 12 : 6, second ? 31 : 30))));
        }
    }

    private static void FindSeasons(string sentence, List<Candidate> candidates)
    {
        for (var match = TemporalPatterns.Season().Match(sentence); match.Success; match = match.NextMatch())
        {
            var name = match.Groups["season"].Value.ToLowerInvariant();
            var yearGroup = match.Groups["year"];
            var modifierStart = FirstPhraseBefore(sentence, match.Index, SeasonModifiers);
            var modifier = modifierStart is { } m ? sentence[m..match.Index].Trim() : null;
            if (modifier is null && !SeasonFits(sentence, match, name))
            {
                continue;
            }

            var start = modifierStart ?? match.Index;

            var season = name switch
            {
                "spring" => Time.Season.Spring,
                "summer" => Time.Season.Summer,
                "winter" => Time.Season.Winter,
                _ => Time.Season.Autumn,
            };
            if (yearGroup.Success)
            {
                var year = char.IsAsciiDigit(yearGroup.Value[0]) ? int.Parse(yearGroup.ValueSpan, Invariant) : NumberWords.ParseYear(yearGroup.ValueSpan);
                if (year is { } y)
                {
                    // "Winter 2026" is the winter most of whose days fall in 2026: December 2025 to February 2026.
                    candidates.Add(Absolute(start, match.Index + match.Length, DatePeriod.SeasonOf(season == Time.Season.Winter ? y - 1 : y, season)));
                }

                continue;
            }

            var step = modifier is null ? 0 : Step(modifier);
            var plain = modifier is null;
            candidates.Add(Relative(start, match.Index + match.Length, (anchor, r) =>
            {
                var current = DateDirections.Yearly(anchor, year => DatePeriod.SeasonOf(year, season), plain ? r.Direction : DateDirection.Nearest);
                if (plain || current is not { } now)
                {
                    return current;
                }

                // "this summer" is the one under way or this year's; "next spring" the first to begin after now; "last winter" the last to end before.
                if (step == 0)
                {
                    return now.Contains(anchor) || now.Start.Year == anchor.Year ? now : DatePeriod.SeasonOf(anchor.Year, season);
                }

                var candidate = DatePeriod.SeasonOf(now.Start.Year + step, season);
                return step > 0 && now.Start > anchor ? now
                    : step < 0 && now.End < anchor ? now
                    : candidate;
            }));
        }
    }

    private static int QuarterWord(string word) => word.ToLowerInvariant() switch
    {
        "first" or "1st" => 1,
        "second" or "2nd" => 2,
        "third" or "3rd" => 3,
        _ => 4,
    };

    /// <summary>A season's name is a date only with a modifier, a year, or a preposition or "the" before it ("Summer" is also a name, "fall" a verb).</summary>
    private static readonly string[] SeasonModifiers = ["this coming", "this past", "this", "next", "last", "coming", "past", "previous", "following"];

    private static readonly string[] HolidayModifiers = ["next", "last", "this", "previous", "following"];

    /// <summary>Where the first of <paramref name="phrases"/> that stands right before <paramref name="end"/> starts.</summary>
    private static int? FirstPhraseBefore(string sentence, int end, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (PhraseBefore(sentence, end, phrase) is { } at)
            {
                return at;
            }
        }

        return null;
    }

    private static bool SeasonFits(string sentence, Match match, string name)
    {
        if (match.Groups["year"].Success)
        {
            return true;
        }

        var before = sentence.AsSpan(0, match.Index);
        if (name == "fall")
        {
            return EndsWithWords(before, "in the") || EndsWithWords(before, "by the") || EndsWithWords(before, "until the") || EndsWithWords(before, "this");
        }

        foreach (var word in (ReadOnlySpan<string>)["in", "by", "until", "since", "during", "over", "through", "throughout", "the", "early", "late", "mid", "before", "after", "from", "this"])
        {
            if (EndsWithWord(before, word))
            {
                return true;
            }
        }

        return before.EndsWith("mid-", StringComparison.OrdinalIgnoreCase);
    }

    private static void FindDecades(string sentence, List<Candidate> candidates)
    {
        for (var match = TemporalPatterns.Decade().Match(sentence); match.Success; match = match.NextMatch())
        {
            if (match.Groups["decade"].Success)
            {
                candidates.Add(Absolute(match.Index, match.Index + match.Length, DatePeriod.Decade(Int(match, "decade"))));
                continue;
            }

            var tens = match.Groups["short"].Success ? Int(match, "short") : TensOf(match.Groups["tens"].Value);
            if (match.Groups["century"].Success && NumberWords.Parse(match.Groups["century"].Value) is { } century)
            {
                candidates.Add(Absolute(match.Index, match.Index + match.Length, DatePeriod.Decade((century * 100) + (tens * 10))));
                continue;
            }

            // "The seventies", "the '90s": the latest such decade that has begun by the anchor.
            candidates.Add(Relative(match.Index, match.Index + match.Length, (anchor, _) =>
            {
                var first = (anchor.Year / 100 * 100) + (tens * 10);
                return DatePeriod.Decade(first > anchor.Year ? first - 100 : first);
            }));
        }

        var centuries = sentence.Contains("century", StringComparison.OrdinalIgnoreCase);
        for (var match = centuries ? TemporalPatterns.Century().Match(sentence) : Match.Empty; match.Success; match = match.NextMatch())
        {
            var n = match.Groups["n"].Success ? Int(match, "n") : NumberWords.Parse(match.Groups["word"].Value) ?? 0;
            if (n is >= 1 and <= 30)
            {
                candidates.Add(Absolute(match.Index, match.Index + match.Length,
                    DatePeriod.Between(new DateOnly(((n - 1) * 100) + 1, 1, 1), new DateOnly(n * 100, 12, 31))));
            }
        }
    }

    private static int TensOf(string word) => word.ToLowerInvariant() switch
    {
        "noughties" => 0,
        "twenties" => 2,
        "thirties" => 3,
        "forties" => 4,
        "fifties" => 5,
        "sixties" => 6,
        "seventies" => 7,
        "eighties" => 8,
        _ => 9,
    };

    /// <summary>How far a holiday named with nothing to say which way it lies may be from the anchor: a season's length.</summary>
    private const int MaxUnsaidHolidayDistance = 92;

    private static void FindHolidays(string sentence, List<Candidate> candidates)
    {
        for (var match = TemporalPatterns.Holiday().Match(sentence); match.Success; match = match.NextMatch())
        {
            var name = match.Groups["name"].Value;
            Func<int, DatePeriod?> inYear = y => DatePeriod.Day(Holidays.DayIn(name, y));
            if (match.Groups["year"].Success)
            {
                candidates.Add(Absolute(match.Index, match.Index + match.Length, inYear(Int(match, "year"))!.Value));
                continue;
            }

            var modifierStart = FirstPhraseBefore(sentence, match.Index, HolidayModifiers);
            var step = modifierStart is { } m ? Step(sentence.AsSpan(m, match.Index - m).Trim()) : (int?)null;
            candidates.Add(Relative(modifierStart ?? match.Index, match.Index + match.Length, (anchor, r) =>
            {
                var direction = step switch
                {
                    > 0 => DateDirection.Ahead,
                    < 0 => DateDirection.Back,
                    _ => r.Direction,
                };
                // "next Easter" said on Easter Sunday is the following year's.
                var found = DateDirections.Yearly(anchor, inYear, direction);
                return step switch
                {
                    > 0 when found is { } f && f.Start <= anchor => inYear(f.Start.Year + 1),
                    < 0 when found is { } f && f.Start >= anchor => inYear(f.Start.Year - 1),
                    // With no verb or modifier to say which, a holiday months away on both sides is either year's: unresolved.
                    null when direction == DateDirection.Nearest && found is { } f && Math.Abs(f.Start.DayNumber - anchor.DayNumber) > MaxUnsaidHolidayDistance => null,
                    _ => found,
                };
            }) with { Kind = Kind.Holiday, Apply = year => inYear(year.Start.Year) });
        }
    }

    /// <summary>-1 for last, past, previous; +1 for next, coming, following, upcoming; 0 for this and current.</summary>
    private static int Step(ReadOnlySpan<char> modifier)
    {
        if (modifier.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            modifier = modifier[4..].TrimStart();
        }

        if (modifier.StartsWith("this", StringComparison.OrdinalIgnoreCase))
        {
            var rest = modifier[4..].Trim();
            return rest.IsEmpty ? 0 : rest.StartsWith("past", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
        }

        return modifier.StartsWith("last", StringComparison.OrdinalIgnoreCase) || modifier.StartsWith("past", StringComparison.OrdinalIgnoreCase)
            || modifier.StartsWith("previous", StringComparison.OrdinalIgnoreCase) ? -1
            : modifier.StartsWith("current", StringComparison.OrdinalIgnoreCase) ? 0
            : 1;
    }

    /// <summary>
    /// "Next Friday" is the Friday of next week and "last Wednesday" the Wednesday of last week (weeks Monday to Sunday,
    /// as TimeML annotates them); "this Thursday" is the one of this week; "coming", "upcoming" and "this past" take
    /// the nearest one ahead or behind.
    /// </summary>
    private static DateOnly ResolveModifiedWeekday(DateOnly anchor, DayOfWeek weekday, string modifier)
    {
        var step = Step(modifier);
        var inWeek = ((int)weekday + 6) % 7;
        var monday = DatePeriod.WeekOf(anchor).Start;
        var bare = modifier.Trim().ToLowerInvariant() is "next" or "last" or "previous" or "following";
        if (bare || step == 0)
        {
            return monday.AddDays((7 * step) + inWeek);
        }

        if (step < 0)
        {
            var back = ((int)anchor.DayOfWeek - (int)weekday + 7) % 7;
            return anchor.AddDays(back == 0 ? -7 : -back);
        }

        return DateDirections.Weekday(anchor, weekday, DateDirection.Ahead);
    }

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

    private static bool EndsWithWord(ReadOnlySpan<char> before, string word) => EndsWithWords(before, word);

    /// <summary>Whether <paramref name="before"/> ends with <paramref name="words"/> as whole words, then a space.</summary>
    private static bool EndsWithWords(ReadOnlySpan<char> before, string words)
    {
        var trimmed = before.TrimEnd();
        return trimmed.Length < before.Length && trimmed.EndsWith(words, StringComparison.OrdinalIgnoreCase)
            && (trimmed.Length == words.Length || !char.IsLetter(trimmed[^(words.Length + 1)]));
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, Invariant);

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
}
