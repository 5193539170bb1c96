namespace Bot.Core.Analysis.Time;

/// <summary>How precisely a date is known. A date never becomes more precise than its source said.</summary>
public enum DateGranularity
{
    Day,
    /// <summary>An ISO week, Monday to Sunday ("next week").</summary>
    Week,
    Month,
    /// <summary>A calendar quarter: January to March, April to June, July to September, October to December.</summary>
    Quarter,
    /// <summary>A meteorological season of the northern hemisphere ("next spring": March to May).</summary>
    Season,
    Year,
    /// <summary>A decade of the calendar ("the 1990s": 1990 to 1999).</summary>
    Decade,
    /// <summary>Any other run of days with its own first and last day ("from 5 to 9 March", "this weekend", "the past two weeks").</summary>
    Span,
}

/// <summary>The four seasons, in the order a year meets them from its start (winter begins in December).</summary>
public enum Season
{
    Spring,
    Summer,
    Autumn,
    Winter,
}

/// <summary>
/// A calendar period at its stated granularity: a day, the week starting on a Monday, a month, a quarter, a season, a
/// year, a decade, or a span with its own first and last day. "by September 2025" is the period September 2025 (it ends
/// on 30 September 2025); "the third quarter of 2026" runs from 1 July to 30 September 2026.
/// </summary>
public readonly record struct DatePeriod : IComparable<DatePeriod>
{
    /// <summary>A period of <paramref name="granularity"/> that contains <paramref name="day"/>; a span is that one day.</summary>
    public DatePeriod(DateOnly day, DateGranularity granularity)
    {
        Granularity = granularity;
        (Start, End) = granularity switch
        {
            DateGranularity.Day or DateGranularity.Span => (day, day),
            DateGranularity.Week => WeekAround(day),
            DateGranularity.Month => (new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1)),
            DateGranularity.Quarter => QuarterAround(day),
            DateGranularity.Season => SeasonAround(day),
            DateGranularity.Year => (new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31)),
            DateGranularity.Decade => (new DateOnly(day.Year / 10 * 10, 1, 1), new DateOnly(Math.Min(9999, (day.Year / 10 * 10) + 9), 12, 31)),
            _ => throw new ArgumentOutOfRangeException(nameof(granularity)),
        };
    }

    private DatePeriod(DateOnly start, DateOnly end)
    {
        Granularity = DateGranularity.Span;
        Start = start;
        End = end;
    }

    /// <summary>The first day (for a week: its Monday).</summary>
    public DateOnly Start { get; }

    /// <summary>The last day, inclusive.</summary>
    public DateOnly End { get; }

    public DateGranularity Granularity { get; }

    /// <summary>How many days the period covers.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>
    /// A quarter, a season or a range of whole months: what is said to happen in it may fall on any of its days, so it is
    /// known by its last day, as a deadline is ("between March and May", "in the third quarter"). A day, week, month or
    /// year is a calendar unit a reader counts from its start, and so is a run of days the text names day by day ("talks
    /// this weekend", "the fair runs from 5 to 9 March"): what fills it begins on its first day, and a reader wants to
    /// hear of it before then.
    /// </summary>
    public bool IsWindow => Granularity is DateGranularity.Quarter or DateGranularity.Season
        || (Granularity == DateGranularity.Span && Start.Day == 1 && End.Day == DateTime.DaysInMonth(End.Year, End.Month) && Days > 1);

    public static DatePeriod Day(DateOnly day) => new(day, DateGranularity.Day);

    public static DatePeriod WeekOf(DateOnly day) => new(day, DateGranularity.Week);

    public static DatePeriod Month(int year, int month) => new(new DateOnly(year, month, 1), DateGranularity.Month);

    /// <summary>Quarter 1 to 4 of <paramref name="year"/>.</summary>
    public static DatePeriod Quarter(int year, int quarter) => new(new DateOnly(year, (3 * (quarter - 1)) + 1, 1), DateGranularity.Quarter);

    /// <summary>The season that begins in <paramref name="year"/> (winter 2025 runs from December 2025 to February 2026).</summary>
    public static DatePeriod SeasonOf(int year, Season season) =>
        new(new DateOnly(year, season == Season.Winter ? 12 : (3 * (int)season) + 3, 1), DateGranularity.Season);

    public static DatePeriod Year(int year) => new(new DateOnly(year, 1, 1), DateGranularity.Year);

    /// <summary>The decade that starts in <paramref name="firstYear"/> (a multiple of ten).</summary>
    public static DatePeriod Decade(int firstYear) => new(new DateOnly(firstYear, 1, 1), DateGranularity.Decade);

    /// <summary>
    /// The days from <paramref name="first"/> to <paramref name="last"/>, both included; one that is exactly a calendar
    /// period (a day, a Monday-to-Sunday week, a month, a year) is that period, so that one date has one reading.
    /// </summary>
    public static DatePeriod Between(DateOnly first, DateOnly last)
    {
        if (last < first)
        {
            (first, last) = (last, first);
        }

        foreach (var granularity in CalendarGranularities)
        {
            var candidate = new DatePeriod(first, granularity);
            if (candidate.Start == first && candidate.End == last)
            {
                return candidate;
            }
        }

        return new DatePeriod(first, last);
    }

    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static DatePeriod Between(DatePeriod first, DatePeriod last) => Between(first.Start, last.End);

    private static readonly DateGranularity[] CalendarGranularities =
        [DateGranularity.Day, DateGranularity.Week, DateGranularity.Month, DateGranularity.Quarter, DateGranularity.Year];

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>"Wednesday 31 December 2025", "week of 5 January 2026", "September 2025", "2026" (<see cref="DateWording"/>).</summary>
    public string Describe() => DateWording.Period(this);

    /// <summary>Earlier start first; at the same start the shorter, more precise period first.</summary>
    public int CompareTo(DatePeriod other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    public static bool operator <(DatePeriod left, DatePeriod right) => left.CompareTo(right) < 0;

    public static bool operator <=(DatePeriod left, DatePeriod right) => left.CompareTo(right) <= 0;

    public static bool operator >(DatePeriod left, DatePeriod right) => left.CompareTo(right) > 0;

    public static bool operator >=(DatePeriod left, DatePeriod right) => left.CompareTo(right) >= 0;

    public override string ToString() => Describe();

    private static (DateOnly, DateOnly) WeekAround(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return (monday, monday.AddDays(6));
    }

    private static (DateOnly, DateOnly) QuarterAround(DateOnly day)
    {
        var first = new DateOnly(day.Year, (((day.Month - 1) / 3) * 3) + 1, 1);
        return (first, first.AddMonths(3).AddDays(-1));
    }

    // Meteorological seasons: spring March-May, summer June-August, autumn September-November, winter December-February.
    private static (DateOnly, DateOnly) SeasonAround(DateOnly day)
    {
        var startMonth = day.Month == 12 ? 12 : day.Month < 3 ? 12 : (((day.Month - 3) / 3) * 3) + 3;
        var startYear = day.Month < 3 ? day.Year - 1 : day.Year;
        var first = new DateOnly(Math.Max(1, startYear), startMonth, 1);
        return (first, first.AddMonths(3).AddDays(-1));
    }
}
