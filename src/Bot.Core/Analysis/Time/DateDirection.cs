namespace Bot.Core.Analysis.Time;

/// <summary>Which way from its anchor a date named without its year (or week, or month) lies.</summary>
public enum DateDirection
{
    /// <summary>No verb decides: the nearest one (a weekday: the latest on or before the anchor, as news reports the past).</summary>
    Nearest,
    /// <summary>A past-tense or reporting clause: the latest one on or before the anchor.</summary>
    Back,
    /// <summary>A present-scheduled, future or deadline clause: the next one from the anchor on.</summary>
    Ahead,
    /// <summary>
    /// The target of a plan or move told in the past ("had set for Monday", "was pushed back to Friday"): the nearest on
    /// either side, a weekday too, since a plan's date may still be ahead of the report that tells it.
    /// </summary>
    EitherSide,
}

/// <summary>
/// Picks the one calendar date a partial date names, given its anchor and direction: a weekday, a day of a month, a
/// month, a season, a quarter. Pure arithmetic; the direction comes from <see cref="ClauseTenseReader"/>.
/// </summary>
internal static class DateDirections
{
    /// <summary>A bare weekday: ahead is strictly after the anchor (a same-day event is "today"); back and nearest include it; either side, the closer one.</summary>
    public static DateOnly Weekday(DateOnly anchor, DayOfWeek weekday, DateDirection direction)
    {
        var ahead = ((int)weekday - (int)anchor.DayOfWeek + 7) % 7;
        var back = ((int)anchor.DayOfWeek - (int)weekday + 7) % 7;
        return direction switch
        {
            DateDirection.Ahead => anchor.AddDays(ahead == 0 ? 7 : ahead),
            DateDirection.EitherSide when ahead < back => anchor.AddDays(ahead),
            _ => anchor.AddDays(-back),
        };
    }

    /// <summary>The year of a month named without one.</summary>
    public static int MonthYear(DateOnly anchor, int month, DateDirection direction)
    {
        switch (direction)
        {
            case DateDirection.Back:
                return month <= anchor.Month ? anchor.Year : anchor.Year - 1;
            case DateDirection.Ahead:
                return month >= anchor.Month ? anchor.Year : anchor.Year + 1;
            default:
                // The nearest one, the past winning a tie: news reports what happened more than what will.
                var monthsAgo = (anchor.Month - month + 12) % 12;
                var monthsAhead = (month - anchor.Month + 12) % 12;
                return monthsAgo <= monthsAhead
                    ? (month <= anchor.Month ? anchor.Year : anchor.Year - 1)
                    : (month >= anchor.Month ? anchor.Year : anchor.Year + 1);
        }
    }

    /// <summary>A day and month without a year ("5 January", "29 February": the nearest leap year in that direction).</summary>
    public static DateOnly? DayOfMonthIn(DateOnly anchor, int month, int day, DateDirection direction)
    {
        DateOnly? back = null;
        DateOnly? ahead = null;
        for (var year = anchor.Year; year >= anchor.Year - 8 && back is null; year--)
        {
            if (Valid(year, month, day) && new DateOnly(year, month, day) <= anchor)
            {
                back = new DateOnly(year, month, day);
            }
        }

        for (var year = anchor.Year; year <= anchor.Year + 8 && ahead is null; year++)
        {
            if (Valid(year, month, day) && new DateOnly(year, month, day) >= anchor)
            {
                ahead = new DateOnly(year, month, day);
            }
        }

        return Pick(anchor, back, ahead, direction);
    }

    /// <summary>
    /// A day and month said with its weekday ("Tuesday 6 October"): of the years either side of the anchor, the nearest
    /// one in which the date falls on that weekday; when none does, the weekday is a slip and the direction decides.
    /// </summary>
    public static DateOnly? DayOfMonthOn(DateOnly anchor, int month, int day, DayOfWeek? weekday, DateDirection direction)
    {
        var byDirection = DayOfMonthIn(anchor, month, day, direction);
        if (weekday is null || byDirection is not { } chosen || chosen.DayOfWeek == weekday)
        {
            return byDirection;
        }

        DateOnly? nearest = null;
        for (var year = anchor.Year - 1; year <= anchor.Year + 1; year++)
        {
            if (Valid(year, month, day) && new DateOnly(year, month, day) is var date && date.DayOfWeek == weekday
                && (nearest is not { } best || Math.Abs(date.DayNumber - anchor.DayNumber) < Math.Abs(best.DayNumber - anchor.DayNumber)))
            {
                nearest = date;
            }
        }

        return nearest ?? byDirection;
    }

    /// <summary>A day of the month with no month ("on the 27th"): this month's or the one before or after it.</summary>
    public static DateOnly? DayOfAnyMonth(DateOnly anchor, int day, DayOfWeek? weekday, DateDirection direction)
    {
        DateOnly? back = null;
        DateOnly? ahead = null;
        var first = new DateOnly(anchor.Year, anchor.Month, 1);
        // A weekday with a day of the month ("Friday the 13th") may be months away; fourteen months hold every pairing.
        for (var step = 0; step <= 14 && (back is null || ahead is null); step++)
        {
            back ??= Match(first.AddMonths(-step), d => d <= anchor);
            ahead ??= Match(first.AddMonths(step), d => d >= anchor);
        }

        return Pick(anchor, back, ahead, direction);

        DateOnly? Match(DateOnly monthStart, Func<DateOnly, bool> side)
        {
            if (day > DateTime.DaysInMonth(monthStart.Year, monthStart.Month))
            {
                return null;
            }

            var date = new DateOnly(monthStart.Year, monthStart.Month, day);
            return side(date) && (weekday is null || date.DayOfWeek == weekday) ? date : null;
        }
    }

    /// <summary>A period that recurs every year (a season, a quarter, a holiday): the one <paramref name="inYear"/> gives, chosen by direction.</summary>
    public static DatePeriod? Yearly(DateOnly anchor, Func<int, DatePeriod?> inYear, DateDirection direction)
    {
        DatePeriod? back = null;
        DatePeriod? ahead = null;
        for (var year = anchor.Year + 1; year >= anchor.Year - 2; year--)
        {
            if (inYear(year) is not { } period)
            {
                continue;
            }

            if (period.Contains(anchor))
            {
                return period;
            }

            if (period.End < anchor)
            {
                back ??= period;
            }
            else
            {
                ahead = period;
            }
        }

        return direction switch
        {
            DateDirection.Back => back ?? ahead,
            DateDirection.Ahead => ahead ?? back,
            _ => back is { } b && ahead is { } a
                ? (anchor.DayNumber - b.End.DayNumber <= a.Start.DayNumber - anchor.DayNumber ? b : a)
                : back ?? ahead,
        };
    }

    private static DateOnly? Pick(DateOnly anchor, DateOnly? back, DateOnly? ahead, DateDirection direction) => direction switch
    {
        DateDirection.Back => back ?? ahead,
        DateDirection.Ahead => ahead ?? back,
        _ => back is { } b && ahead is { } a ? (anchor.DayNumber - b.DayNumber <= a.DayNumber - anchor.DayNumber ? b : a) : back ?? ahead,
    };

    public static bool Valid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
