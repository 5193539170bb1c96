using System.Text.RegularExpressions;

namespace Bot.Core.Analysis.Time;

/// <summary>
/// The forms of English date language the tagger knows, one small regular expression each. None has a quantifier
/// inside a repeated group, so each matches in time linear in the sentence; what a form means is decided in code.
/// Bot.Core's expressions are built for the interpreter on first use rather than source-generated: the ~140
/// generated matchers (171,000 lines) were JIT-compiled on first use, which cost more than a whole cold start's
/// matching, with the same results; warm matching is at most a little slower. The figures: README, Performance.
/// </summary>
internal static partial class TemporalPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Forms written in digits alone need no IgnoreCase, and must not have it: with it, a backreference ("\k<sep>")
    // keeps the source generator from compiling the expression, and it is interpreted instead.
    private const RegexOptions DigitOptions = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string MonthNames =
        @"january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?";

    private const string Month = "(?<month>" + MonthNames + ")";

    private const string WeekdayNames = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

    private const string WeekdayShort = "mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun";

    private const string Seasons = "spring|summer|autumn|fall|winter";

    /// <summary>A year beside a day and month: any four digits from 1000 to 2999, or in words.</summary>
    private const string YearTail =
        @"(?:(?:\s*,\s*|\s+|[-/]|\s+(?:of|in)\s+)(?<year>[12]\d{3}(?!\p{N})|" + NumberWords.Year + @")(?![\p{L}\p{N}])|\s+(?:of\s+|')(?<yy>\d{2})(?![\p{L}\p{N}]))?";

    private const string DayNumber = @"(?<day>\d{1,2}(?<suffix>st|nd|rd|th)?(?!\p{N})|(?<word>" + NumberWords.Ordinal + "|" + NumberWords.Cardinal + "))";

    private const string CountUnit1 = "(?<c1>" + NumberWords.Count + @")\s+(?<u1>day|week|fortnight|month|year|decade)s?";
    private const string CountUnit2 = "(?<c2>" + NumberWords.Count + @")\s+(?<u2>day|week|fortnight|month|year|decade)s?";
    private const string CountUnit3 = "(?<c3>" + NumberWords.Count + @")\s+(?<u3>day|week|fortnight|month|year|decade)s?";

    /// <summary>"27 September 2024", "4th of July", "second of Aug.", "05-Aug-2016", "15 April of 87" (a weekday or "the" before it is taken in by the tagger).</summary>
    public static LeadingWords DayMonth() => DayMonthField.Value;
    private static readonly Lazy<LeadingWords> DayMonthField = new(() => new LeadingWords(
        @"(?<![$€£]\s?)\b" + DayNumber + @"(?![\p{L}])(?<sep>\s+(?:day\s+)?of\s+|\s+|\s?[-/.]\s?|\.\s+)" + Month + @"(?![\p{L}])" + YearTail,
        Options));

    /// <summary>"September 27, 2024", "Sept. 27", "Oct-2", "jan/3", "May twenty-first", "September the 21st", "sep-23-2020" (a weekday before it is taken in by the tagger).</summary>
    public static LeadingWords MonthDay() => MonthDayField.Value;
    private static readonly Lazy<LeadingWords> MonthDayField = new(() => new LeadingWords(
        @"\b" + Month + @"(?<sep>\s+the\s+|\s*,\s*|\s*[-/]\s*|\.\s*|\s*)" + DayNumber + @"(?![\p{L}\p{N}])" + YearTail,
        Options));

    /// <summary>"21/04/2016", "3-7-2017", "13.5.2015", "11/12/35": two numbers and a year; which is the day is decided in code.</summary>
    public static Regex NumericDate() => NumericDateField.Value;
    private static readonly Lazy<Regex> NumericDateField = new(() => new Regex(@"(?<![\p{N}.,/$€£]|\p{N}-)(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?!\p{N}|[/.]\p{N})", DigitOptions));

    /// <summary>"2024-09-27", "2015/08/12", "2015.5.13" (year first is always year, month, day).</summary>
    public static LeadingWords YearFirstDate() => YearFirstDateField.Value;
    private static readonly Lazy<LeadingWords> YearFirstDateField = new(() => new LeadingWords(@"(?<![\p{N}.,/]|\p{N}[-/.])(?<y>(?:1[89]|20)\d{2})(?<sep>[/.-])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?!\p{N}|[/.]\p{N})", DigitOptions));

    /// <summary>"2019-sep-1", "2020/sep/23", "2020/23/sep".</summary>
    public static LeadingWords YearFirstNamedDate() => YearFirstNamedDateField.Value;
    private static readonly Lazy<LeadingWords> YearFirstNamedDateField = new(() => new LeadingWords(@"(?<![\p{L}\p{N}])(?<y>(?:1[89]|20)\d{2})(?<sep>[/-])(?:" + Month + @"(?-i:\k<sep>)(?<d>\d{1,2})|(?<d>\d{1,2})(?-i:\k<sep>)" + Month + @")(?![\p{L}\p{N}])", Options));

    /// <summary>"20161016", "report-20170302.html": eight digits that are a valid date.</summary>
    public static LeadingWords CompactDate() => CompactDateField.Value;
    private static readonly Lazy<LeadingWords> CompactDateField = new(() => new LeadingWords(@"(?<!\p{N})(?<y>(?:19|20)\d{2})(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(?!\p{N})", Options));

    /// <summary>"4/22", "22/04": a day and month in numbers, read only when one of them is over 12 or the document says which.</summary>
    public static Regex NumericDayMonth() => NumericDayMonthField.Value;
    private static readonly Lazy<Regex> NumericDayMonthField = new(() => new Regex(@"(?<![\p{N}.,/$€£-])(?<a>\d{1,2})/(?<b>\d{1,2})(?![\p{N}%]|[/.,-]\p{N})", Options));

    /// <summary>"on 4-22", "on 22.4": a day and month with a dash or a dot, read only after "on" (elsewhere they are scores and decimals).</summary>
    public static Regex NumericDayMonthAfterOn() => NumericDayMonthAfterOnField.Value;
    private static readonly Lazy<Regex> NumericDayMonthAfterOnField = new(() => new Regex(@"(?<=\bon\s)(?<a>\d{1,2})[.-](?<b>\d{1,2})(?![\p{N}%]|[/.,-]\p{N})", Options));

    /// <summary>"11/2016", "3-2015", "12 - 2015", "2016/11", "2016-11": a month and year in numbers (year first with a dash only where the tagger finds it stands as a date).</summary>
    public static LeadingWords NumericMonthYear() => NumericMonthYearField.Value;
    private static readonly Lazy<LeadingWords> NumericMonthYearField = new(() => new LeadingWords(@"(?<![\p{N}.,/$€£-])(?:(?<m>0?[1-9]|1[0-2])\s?[/-]\s?(?<y>(?:19|20)\d{2})|(?<y>(?:19|20)\d{2})(?:\s?/\s?|(?<dash>\s?-\s?))(?<m>0?[1-9]|1[0-2]))(?!\p{N}|[/.-]\p{N})", Options));

    /// <summary>"September 2025", "Sept. 2025", "June of 2026", "Dec-2018", "November , 2016", "April of 87", "October two thousand and five".</summary>
    public static LeadingWords MonthYear() => MonthYearField.Value;
    private static readonly Lazy<LeadingWords> MonthYearField = new(() => new LeadingWords(
        @"\b" + Month + @"(?![\p{L}])(?:(?:\s*,\s*|\s+(?:of\s+)?|\s?[-/]\s?)(?<year>(?:1\d|2\d)\d{2}|" + NumberWords.Year + @")(?![\p{L}\p{N}])|\s+of\s+(?<yy>\d{2})(?![\p{L}\p{N}]))",
        Options));

    /// <summary>"2016 November", "2016, nov".</summary>
    public static LeadingWords YearMonth() => YearMonthField.Value;
    private static readonly Lazy<LeadingWords> YearMonthField = new(() => new LeadingWords(@"(?<![\p{L}\p{N}])(?<year>(?:19|20)\d{2})(?:\s*,\s*|\s+)" + Month + @"(?![\p{L}])(?!\s*\d)", Options));

    /// <summary>A month named without a year ("by the end of June", "in March", "June next year"); the tagger checks that a preposition or a year says it is a month, so the verb "may" is not one.</summary>
    public static LeadingWords MonthAlone() => MonthAloneField.Value;
    private static readonly Lazy<LeadingWords> MonthAloneField = new(() => new LeadingWords(@"\b" + Month + @"(?!\s*\d)(?![\p{L}])", Options));

    /// <summary>"next year", "of this year" right after a month.</summary>
    public static Regex RelativeYearAfter() => RelativeYearAfterField.Value;
    private static readonly Lazy<Regex> RelativeYearAfterField = new(() => new Regex(@"^\s+(?:of\s+)?(?:next|last|this)\s+year\b", Options));

    /// <summary>"from 5 to 9 March", "5-9 March 2026", "between 5 and 9 March".</summary>
    public static LeadingWords DayRangeMonth() => DayRangeMonthField.Value;
    private static readonly Lazy<LeadingWords> DayRangeMonthField = new(() => new LeadingWords(
        @"\b(?:(?<cue>from|between)\s+)?(?<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?<joint>-|–|to|until|till|through|and)\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+" + Month + @"(?![\p{L}])(?:,?\s+(?<year>(?:19|20)\d{2})(?!\p{N}))?",
        Options));

    /// <summary>"March 5-9", "from March 5 to 9, 2026".</summary>
    public static LeadingWords MonthDayRange() => MonthDayRangeField.Value;
    private static readonly Lazy<LeadingWords> MonthDayRangeField = new(() => new LeadingWords(
        @"\b(?:(?<cue>from|between)\s+)?" + Month + @"\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?<joint>-|–|to|until|till|through|and)\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}])(?:,?\s+(?<year>(?:19|20)\d{2})(?!\p{N}))?",
        Options));

    /// <summary>"between March and May", "Jan-Feb 2017", "from June to August 2026".</summary>
    public static LeadingWords MonthRange() => MonthRangeField.Value;
    private static readonly Lazy<LeadingWords> MonthRangeField = new(() => new LeadingWords(
        @"\b(?:(?<cue>from|between)\s+)?(?<m1>" + MonthNames + @")\s*(?<joint>-|–|to|until|till|through|and)\s*(?<m2>" + MonthNames + @")(?![\p{L}])(?:,?\s+(?<year>(?:19|20)\d{2})(?!\p{N}))?",
        Options));

    // A year stands alone: not inside a number ("2,500", "12024"), not money ("$2024"), not a percentage; a range
    // ("2024-25") is read whole so that its second part is not mistaken for a number of its own.
    public static LeadingWords Year() => YearField.Value;
    private static readonly Lazy<LeadingWords> YearField = new(() => new LeadingWords(
        @"(?<![\p{L}\p{N}_$€£¥#.,/]|\p{N}\s?[-–]\s?)(?<year>(?:19|20|21)\d{2})(?:\s?[-–]\s?(?<to>\d{4}|\d{2}))?(?![\p{L}\p{N}%]|[.,:/]\p{N}|\s?[-–]\s?\p{N})",
        Options));

    /// <summary>"in nineteen ninety-six", "since two thousand and fifteen": a year in words needs a preposition before it.</summary>
    public static LeadingWords YearInWords() => YearInWordsField.Value;
    private static readonly Lazy<LeadingWords> YearInWordsField = new(() => new LeadingWords(@"(?<=\b(?:in|of|since|until|by|from|during|year|before|after|through)\s)" + NumberWords.Year + @"(?![\p{L}])", Options));

    /// <summary>"Friday", "last Monday", "this coming Sunday", "next Tuesday", "previous Wednesday".</summary>
    public static LeadingWords Weekday() => WeekdayField.Value;
    private static readonly Lazy<LeadingWords> WeekdayField = new(() => new LeadingWords(
        @"\b(?:(?<modifier>this\s+coming|this\s+upcoming|this\s+past|last|next|this|coming|upcoming|past|previous|following)\s+)?(?<weekday>" + WeekdayNames + @")\b",
        Options));

    /// <summary>"Friday the 15th", "Fri 14th", "Sunday 31", "tuesday the eleventh".</summary>
    public static LeadingWords WeekdayAndDay() => WeekdayAndDayField.Value;
    private static readonly Lazy<LeadingWords> WeekdayAndDayField = new(() => new LeadingWords(
        @"\b(?<weekday>" + WeekdayNames + "|" + WeekdayShort + @")\.?,?\s+(?<the>the\s+)?" + DayNumber + @"(?![\p{L}\p{N}]|[/.:]\p{N})",
        Options));

    /// <summary>"18 and", "Friday 10, ": a day of a list that ends in a day and month, read from the list's end (right to left).</summary>
    public static Regex ListedDay() => ListedDayField.Value;
    private static readonly Lazy<Regex> ListedDayField = new(() => new Regex(@"(?<![\p{N},.])(?:\b(?:" + WeekdayNames + @"),?\s+)?\b(?<day>\d{1,2})(?:st|nd|rd|th)?(?<joint>\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$", Options | RegexOptions.RightToLeft));

    /// <summary>"the 27th", "on the twenty-first": a day of the month named alone.</summary>
    public static LeadingWords DayOfMonthAlone() => DayOfMonthAloneField.Value;
    private static readonly Lazy<LeadingWords> DayOfMonthAloneField = new(() => new LeadingWords(@"\bthe\s+(?<day>\d{1,2}(?:st|nd|rd|th)(?!\p{N})|(?<word>" + NumberWords.Ordinal + @"))(?![\p{L}\p{N}])", Options));

    /// <summary>"last June", "this September", "next march".</summary>
    public static LeadingWords ModifiedMonth() => ModifiedMonthField.Value;
    private static readonly Lazy<LeadingWords> ModifiedMonthField = new(() => new LeadingWords(@"\b(?<modifier>this\s+coming|this\s+past|this|next|last|coming|upcoming|past|previous|following)\s+" + Month + @"(?![\p{L}])(?!\s*\d)", Options));

    public static LeadingWords DayWord() => DayWordField.Value;
    private static readonly Lazy<LeadingWords> DayWordField = new(() => new LeadingWords(@"\b(?<word>today|yesterday|tomorrow|tonight|last\s+night|tmrw)\b", Options));

    /// <summary>"the day after tomorrow", "the day before yesterday".</summary>
    public static LeadingWords DayAroundTomorrow() => DayAroundTomorrowField.Value;
    private static readonly Lazy<LeadingWords> DayAroundTomorrowField = new(() => new LeadingWords(@"\b(?:the\s+)?day\s+(?<dir>after|before)\s+(?:tomorrow|tmrw|yesterday)\b", Options));

    /// <summary>
    /// "now", "currently", "at present", "at the moment": the anchor day itself; so is an order's start "effective
    /// immediately" or "with immediate effect" (its end, "until further notice", names no date and stays untagged).
    /// </summary>
    public static LeadingWords Now() => NowField.Value;
    private static readonly Lazy<LeadingWords> NowField = new(() => new LeadingWords(@"\b(?:right\s+now|as\s+of\s+now|at\s+present|at\s+the\s+moment|currently|now|effective\s+immediately|with\s+immediate\s+effect)\b(?!\s+that\b)", Options));

    /// <summary>"next week", "last month", "this year", "the following week", "the previous day", "next quarter", "this decade".</summary>
    public static LeadingWords RelativePeriod() => RelativePeriodField.Value;
    private static readonly Lazy<LeadingWords> RelativePeriodField = new(() => new LeadingWords(
        @"\b(?<modifier>next|last|this|coming|upcoming|current|past|previous|following)\s+(?<unit>day|week|fortnight|month|quarter|year|decade|calendar\s+year|work\s?week|working\s+week)\b",
        Options));

    /// <summary>"the week after next", "the year after next", "the Monday after next".</summary>
    public static LeadingWords AfterNext() => AfterNextField.Value;
    private static readonly Lazy<LeadingWords> AfterNextField = new(() => new LeadingWords(@"\bthe\s+(?<unit>day|week|month|year|" + WeekdayNames + @")\s+after\s+next\b", Options));

    /// <summary>"the Friday after", "the Monday before": a weekday counted from the date after it or, alone, the date just mentioned.</summary>
    public static LeadingWords WeekdayAround() => WeekdayAroundField.Value;
    private static readonly Lazy<LeadingWords> WeekdayAroundField = new(() => new LeadingWords(@"\bthe\s+(?<weekday>" + WeekdayNames + @")\s+(?<rel>after|before)(?![\p{L}])(?!\s+next\b)", Options));

    /// <summary>"the end of the month", "end of year", "the turn of the year", "the rest of the week".</summary>
    public static LeadingWords CurrentPeriod() => CurrentPeriodField.Value;
    private static readonly Lazy<LeadingWords> CurrentPeriodField = new(() => new LeadingWords(@"\b(?:the\s+)?(?<qualifier>end|beginning|start|middle|turn|rest|remainder|close)\s+of\s+(?:the\s+|this\s+)?(?<unit>week|month|year|quarter)\b", Options));

    /// <summary>"later this year", "earlier in the week", "the year to date".</summary>
    public static LeadingWords WithinCurrentPeriod() => WithinCurrentPeriodField.Value;
    private static readonly Lazy<LeadingWords> WithinCurrentPeriodField = new(() => new LeadingWords(@"\b(?:(?:later|earlier)\s+(?:in\s+the|this)\s+(?<unit>week|month|year)|(?<todate>year[\s-]to[\s-]date))\b", Options));

    /// <summary>"in 3 days", "within six months", "in 30 days' time", "over the past two weeks", "within the next two weeks".</summary>
    public static LeadingWords InCount() => InCountField.Value;
    private static readonly Lazy<LeadingWords> InCountField = new(() => new LeadingWords(
        @"\b(?<cue>in|within|over|during|for)\s+(?:the\s+)?(?:(?<modifier>next|coming|upcoming|past|last|previous|following)\s+)?(?<count>" + NumberWords.Count + @")\s+(?<unit>day|week|fortnight|month|year|decade)s?(?:'s?\s+time|\s+time)?(?![\p{L}])",
        Options));

    /// <summary>"by that date", "by the same date", "on that day": the date the text has just named.</summary>
    public static Regex SameDate() => SameDateField.Value;
    private static readonly Lazy<Regex> SameDateField = new(() => new Regex(@"\b(?:the\s+same|that)\s+(?:date|day)\b", Options));

    /// <summary>"the next 3 days", "the past two weeks", "the last two decades"; not the verb ("is expected to last four weeks", "will last").</summary>
    public static LeadingWords CountedSpan() => CountedSpanField.Value;
    private static readonly Lazy<LeadingWords> CountedSpanField = new(() => new LeadingWords(
        @"\b(?:the\s+)?(?<!\b(?:to|will|would|could|should|may|might|can|must|shall|not|cannot)\s+)(?<modifier>next|coming|upcoming|past|last|previous|following)\s+(?<count>" + NumberWords.Count + @")\s+(?<unit>day|week|fortnight|month|quarter|year|decade)s?(?![\p{L}])",
        Options));

    /// <summary>
    /// "three weeks ago", "2 weeks and 2 days ago", "a month later", "two weeks from now", "60 days after", "a day before".
    /// "a month later than the original cutoff", "two weeks earlier than planned" compare two dates by a span: no date of their own.
    /// </summary>
    public static Regex Offset() => OffsetField.Value;
    private static readonly Lazy<Regex> OffsetField = new(() => new Regex(
        @"\b(?<!\b(?:last|past|next|previous|coming|following)\s+)" + CountUnit1 + @"(?:(?:,\s*|\s+)(?:and\s+)?" + CountUnit2 + @")?(?:(?:,\s*|\s+)(?:and\s+)?" + CountUnit3 + @")?(?:'s?\s+time)?\s+(?<rel>ago|earlier|later|hence|from\s+now|in\s+the\s+future|in\s+the\s+past|after|before|from|since|prior\s+to|following|on\s+from)(?![\p{L}])(?!\s+than\b)",
        Options));

    /// <summary>"the day after", "the week before": one unit from the date just mentioned or the one after it.</summary>
    public static Regex UnitAround() => UnitAroundField.Value;
    private static readonly Lazy<Regex> UnitAroundField = new(() => new Regex(@"\bthe\s+(?<u1>day|week|month|year)\s+(?<rel>after|before)(?![\p{L}])", Options));

    /// <summary>"first week of", "last Friday of", "third quarter of", "9th month of", "15th day of", "week 27 of", "week of".</summary>
    public static LeadingWords OrdinalOf() => OrdinalOfField.Value;
    private static readonly Lazy<LeadingWords> OrdinalOfField = new(() => new LeadingWords(
        @"\b(?:(?<ord>last|final|\d{1,2}(?:st|nd|rd|th)|" + NumberWords.Ordinal + @")\s+(?<what>week|weekend|month|quarter|half|day|" + WeekdayNames + @")(?:\s+(?:of|in)(?![\p{L}])(?:\s+(?<current>the\s+(?:month|year))\b(?!\s*(?:\d|of\b)))?|(?=\s+(?:next|last|this)\s+(?:year|month)\b))|(?:(?<ord>\d{1,2}(?:st|nd|rd|th)|" + NumberWords.Ordinal + @")|week\s+(?<num>\d{1,2})|(?<what>week))\s+(?:of|in)(?![\p{L}]))",
        Options));

    /// <summary>"the second Sunday", "first Tuesday": a weekday of the month counted without naming the month (not "a third Friday running").</summary>
    public static LeadingWords OrdinalWeekday() => OrdinalWeekdayField.Value;
    private static readonly Lazy<LeadingWords> OrdinalWeekdayField = new(() => new LeadingWords(
        @"(?<!\b(?:a|another|every|each|its|his|her|their|our)\s)\b(?<ord>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?<weekday>" + WeekdayNames + @")\b(?!\s+(?:of|in|after|before|since|running|straight|following|preceding)\b)",
        Options));

    /// <summary>"two Sundays from now", "three Fridays ago", "two Mondays later": counted weekdays.</summary>
    public static LeadingWords CountedWeekdays() => CountedWeekdaysField.Value;
    private static readonly Lazy<LeadingWords> CountedWeekdaysField = new(() => new LeadingWords(
        @"\b(?<count>" + NumberWords.Count + @")\s+(?<weekday>" + WeekdayNames + @")s?\s+(?<rel>ago|from\s+now|from\s+today|hence|later|earlier)(?![\p{L}])",
        Options));

    /// <summary>"Q3 2026", "q1-2019", "Q2", "the third quarter".</summary>
    public static LeadingWords Quarter() => QuarterField.Value;
    private static readonly Lazy<LeadingWords> QuarterField = new(() => new LeadingWords(
        @"(?<![\p{L}\p{N}])(?:(?:Q(?<q>[1-4])|(?<q>[1-4])Q)(?:\s?[-/]?\s?(?<year>(?:19|20)\d{2}))?|(?<year>(?:19|20)\d{2})\s?[-/]?\s?Q(?<q>[1-4]))(?![\p{L}\p{N}])|\b(?:the\s+)?(?<word>first|second|third|fourth|final|1st|2nd|3rd|4th)\s+quarter\b(?!\s+of\b)",
        Options));

    /// <summary>"H1 2026", "2016H2".</summary>
    public static LeadingWords Half() => HalfField.Value;
    private static readonly Lazy<LeadingWords> HalfField = new(() => new LeadingWords(@"(?<![\p{L}\p{N}])(?:H(?<h>[12])\s?(?<year>(?:19|20)\d{2})|(?<year>(?:19|20)\d{2})\s?H(?<h>[12]))(?![\p{L}\p{N}])", Options));

    /// <summary>"summer", "winter of 2014", "summer 2026" ("next", "this", "last" before it are read by the tagger).</summary>
    public static LeadingWords Season() => SeasonField.Value;
    private static readonly Lazy<LeadingWords> SeasonField = new(() => new LeadingWords(
        @"\b(?<season>" + Seasons + @")(?:\s+(?:of\s+)?(?<year>(?:19|20)\d{2}|" + NumberWords.Year + @"))?(?![\p{L}\p{N}])",
        Options));

    /// <summary>"the 1990s", "the '90s", "the 70s", "the nineties", "the nineteen seventies".</summary>
    public static LeadingWords Decade() => DecadeField.Value;
    private static readonly Lazy<LeadingWords> DecadeField = new(() => new LeadingWords(
        @"(?<![\p{L}\p{N}'])(?:(?:the\s+)?(?<decade>(?:1\d|20)\d0)'?s|the\s+'?(?<short>\d)0'?s|the\s+(?:(?<century>eighteen|nineteen|twenty)[ -]?)?(?<tens>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties))(?![\p{L}\p{N}])",
        Options));

    /// <summary>"the 21st century", "the nineteenth century".</summary>
    public static LeadingWords Century() => CenturyField.Value;
    private static readonly Lazy<LeadingWords> CenturyField = new(() => new LeadingWords(@"\b(?:(?<n>\d{1,2})(?:st|nd|rd|th)|(?<word>" + NumberWords.Ordinal + @"))[\s-]century\b", Options));

    /// <summary>"this weekend", "last weekend", "the weekend".</summary>
    public static LeadingWords Weekend() => WeekendField.Value;
    private static readonly Lazy<LeadingWords> WeekendField = new(() => new LeadingWords(@"\b(?<modifier>this\s+coming|this\s+past|the\s+following|the\s+previous|this|next|last|coming|past|previous|following|the)\s+weekend\b", Options));

    /// <summary>"week 23" (an ISO week of the year), unless it counts weeks of something else ("week 3 of the trial").</summary>
    public static LeadingWords WeekNumber() => WeekNumberField.Value;
    private static readonly Lazy<LeadingWords> WeekNumberField = new(() => new LeadingWords(@"\bweek\s+(?<num>\d{1,2})(?!\p{N})(?!\s+of\b)", Options));

    /// <summary>"Christmas", "Thanksgiving 2023", "Memorial Day", "Good Friday" (<see cref="Holidays"/>; "next", "last" before it are read by the tagger).</summary>
    public static LeadingWords Holiday() => HolidayField.Value;
    private static readonly Lazy<LeadingWords> HolidayField = new(() => new LeadingWords(@"\b(?<name>" + Holidays.Names + @")(?:\s+(?<year>(?:19|20)\d{2}))?(?![\p{L}\p{N}])", Options));

    /// <summary>"fiscal 2026", "FY2026", "fiscal year 2025", "this fiscal year", "the 2024 financial year".</summary>
    public static LeadingWords FiscalYear() => FiscalYearField.Value;
    private static readonly Lazy<LeadingWords> FiscalYearField = new(() => new LeadingWords(
        @"\b(?:(?:fiscal|financial)\s+(?:year\s+)?(?:(?:19|20)\d{2}|'\d{2})|FY\s?(?:(?:19|20)\d{2}|\d{2})|(?:this|next|last|the\s+current|current|the)\s+(?:fiscal|financial|school|academic)\s+year)(?![\p{L}\p{N}])",
        Options));

    public static Regex DeadlineCueBefore() => DeadlineCueBeforeField.Value;
    private static readonly Lazy<Regex> DeadlineCueBeforeField = new(() => new Regex(@"\b(?:by|until|till|through|throughout|before|no\s+later\s+than|not\s+later\s+than|end\s+of)\s+(?:the\s+)?(?:end\s+of\s+)?$", Options));
}
