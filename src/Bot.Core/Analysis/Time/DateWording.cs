using System.Globalization;

namespace Bot.Core.Analysis.Time;

/// <summary>
/// The one home of how dates are worded in answers, reminders and reports, so that an event reads the same in /status,
/// /timeline, /next, a reminder and a source-change report.
/// </summary>
public static class DateWording
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    private static readonly string[] QuarterNames = ["first", "second", "third", "fourth"];

    /// <summary>"Wednesday 31 December 2025": a day named as an event's date.</summary>
    public static string Day(DateOnly day) => day.ToString("dddd d MMMM yyyy", English);

    /// <summary>"31 December 2025": today's or a publication's date in a headline.</summary>
    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", English);

    /// <summary>
    /// "Wednesday 31 December 2025", "week of 5 January 2026", "September 2025", "the third quarter of 2026",
    /// "summer 2026", "winter 2025-26", "2026", "the 1990s", "5-9 March 2026".
    /// </summary>
    public static string Period(DatePeriod period) => period.Granularity switch
    {
        DateGranularity.Day => Day(period.Start),
        DateGranularity.Week => "week of " + Date(period.Start),
        DateGranularity.Month => period.Start.ToString("MMMM yyyy", English),
        DateGranularity.Quarter => $"the {QuarterNames[(period.Start.Month - 1) / 3]} quarter of {period.Start.Year.ToString(English)}",
        DateGranularity.Season => SeasonName(period),
        DateGranularity.Year => period.Start.Year.ToString(English),
        DateGranularity.Decade => $"the {period.Start.Year.ToString(English)}s",
        _ => Span(period.Start, period.End),
    };

    /// <summary>
    /// An event's date with its role: "week of 5 January 2026", "by September 2025", "by Friday 2 January 2026",
    /// "by the end of 2026", "until the end of September 2026", "by the end of the week of 5 January 2026".
    /// A month keeps the words a source gives it ("by September 2025"); a longer or shorter period says its end.
    /// </summary>
    public static string When(DatePeriod period, TemporalRole role) => role switch
    {
        TemporalRole.By => "by " + ItsEnd(period, role),
        TemporalRole.Until => "until " + ItsEnd(period, role),
        _ => Period(period),
    };

    private static string ItsEnd(DatePeriod period, TemporalRole role) => period.Granularity switch
    {
        DateGranularity.Day => Day(period.Start),
        DateGranularity.Span => Day(period.End),
        DateGranularity.Month when role == TemporalRole.By => Period(period),
        DateGranularity.Week => "the end of the " + Period(period),
        _ => "the end of " + Period(period),
    };

    private static string SeasonName(DatePeriod period)
    {
        var name = ((Season)(period.Start.Month == 12 ? 3 : (period.Start.Month - 3) / 3)).ToString().ToLowerInvariant();
        return period.Start.Year == period.End.Year
            ? $"{name} {period.Start.Year.ToString(English)}"
            : $"{name} {period.Start.Year.ToString(English)}-{(period.End.Year % 100).ToString("00", English)}";
    }

    // "5-9 March 2026", "28 February to 1 March 2026", "28 December 2025 to 3 January 2026"; a range of whole months keeps
    // the months its source gave ("March to May 2026", "November 2025 to February 2026").
    private static string Span(DateOnly first, DateOnly last)
    {
        if (first.Day == 1 && last.Day == DateTime.DaysInMonth(last.Year, last.Month))
        {
            return first.Year == last.Year
                ? $"{first.ToString("MMMM", English)} to {last.ToString("MMMM yyyy", English)}"
                : $"{first.ToString("MMMM yyyy", English)} to {last.ToString("MMMM yyyy", English)}";
        }

        if (first.Year != last.Year)
        {
            return $"{Date(first)} to {Date(last)}";
        }

        return first.Month == last.Month
            ? $"{first.Day.ToString(English)}-{Date(last)}"
            : $"{first.ToString("d MMMM", English)} to {Date(last)}";
    }
}
