using System.Globalization;

namespace Bot.Core.Analysis.Time;

/// <summary>How precisely a date is known. A date never becomes more precise than its source said.</summary>
public enum DateGranularity
{
    Day,
    /// <summary>An ISO week, Monday to Sunday ("next week").</summary>
    Week,
    Month,
    Year,
}

/// <summary>
/// A calendar period at its stated granularity: a day, the week starting on a Monday, a month, a year.
/// "by September 2025" is the period September 2025 (it ends on 30 September 2025).
/// </summary>
public readonly record struct DatePeriod : IComparable<DatePeriod>
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public DatePeriod(DateOnly start, DateGranularity granularity)
    {
        Start = granularity switch
        {
            DateGranularity.Day => start,
            DateGranularity.Week => start.AddDays(-(((int)start.DayOfWeek + 6) % 7)),
            DateGranularity.Month => new DateOnly(start.Year, start.Month, 1),
            DateGranularity.Year => new DateOnly(start.Year, 1, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(granularity)),
        };
        Granularity = granularity;
    }

    /// <summary>The first day (for a week: its Monday).</summary>
    public DateOnly Start { get; }

    public DateGranularity Granularity { get; }

    /// <summary>The last day, inclusive.</summary>
    public DateOnly End => Granularity switch
    {
        DateGranularity.Day => Start,
        DateGranularity.Week => Start.AddDays(6),
        DateGranularity.Month => Start.AddMonths(1).AddDays(-1),
        DateGranularity.Year => Start.AddYears(1).AddDays(-1),
        _ => Start,
    };

    public static DatePeriod Day(DateOnly day) => new(day, DateGranularity.Day);

    public static DatePeriod WeekOf(DateOnly day) => new(day, DateGranularity.Week);

    public static DatePeriod Month(int year, int month) => new(new DateOnly(year, month, 1), DateGranularity.Month);

    public static DatePeriod Year(int year) => new(new DateOnly(year, 1, 1), DateGranularity.Year);

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>"Wednesday 31 December 2025", "week of 5 January 2026", "September 2025", "2026".</summary>
    public string Describe() => Granularity switch
    {
        DateGranularity.Day => Start.ToString("dddd d MMMM yyyy", English),
        DateGranularity.Week => "week of " + Start.ToString("d MMMM yyyy", English),
        DateGranularity.Month => Start.ToString("MMMM yyyy", English),
        DateGranularity.Year => Start.Year.ToString(English),
        _ => Start.ToString("yyyy-MM-dd", English),
    };

    /// <summary>Earlier start first; at the same start the more precise period first.</summary>
    public int CompareTo(DatePeriod other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Granularity.CompareTo(other.Granularity);
    }

    public override string ToString() => Describe();
}
