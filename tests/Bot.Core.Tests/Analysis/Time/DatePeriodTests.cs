using System.Globalization;
using Bot.Core.Analysis.Time;

namespace Bot.Core.Tests.Analysis.Time;

public sealed class DatePeriodTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-08-15", DateGranularity.Quarter, "2026-07-01", "2026-09-30")]
    [InlineData("2026-01-15", DateGranularity.Season, "2025-12-01", "2026-02-28")]
    [InlineData("2024-02-10", DateGranularity.Season, "2023-12-01", "2024-02-29")]
    [InlineData("2026-04-30", DateGranularity.Season, "2026-03-01", "2026-05-31")]
    [InlineData("1997-06-01", DateGranularity.Decade, "1990-01-01", "1999-12-31")]
    [InlineData("2025-12-31", DateGranularity.Week, "2025-12-29", "2026-01-04")]
    [InlineData("2024-02-10", DateGranularity.Month, "2024-02-01", "2024-02-29")]
    public void A_period_keeps_its_own_first_and_last_day(string day, DateGranularity granularity, string start, string end)
    {
        var period = new DatePeriod(D(day), granularity);

        Assert.Equal((D(start), D(end)), (period.Start, period.End));
    }

    [Theory]
    [InlineData("2026-03-05", "2026-03-09", DateGranularity.Span)]
    [InlineData("2026-03-01", "2026-03-31", DateGranularity.Month)]
    [InlineData("2026-03-02", "2026-03-08", DateGranularity.Week)]
    [InlineData("2026-07-01", "2026-09-30", DateGranularity.Quarter)]
    [InlineData("2026-01-01", "2026-12-31", DateGranularity.Year)]
    [InlineData("2026-03-09", "2026-03-05", DateGranularity.Span)]
    public void A_span_that_is_exactly_a_calendar_period_is_that_period(string first, string last, DateGranularity expected) =>
        Assert.Equal(expected, DatePeriod.Between(D(first), D(last)).Granularity);

    [Fact]
    public void At_the_same_start_the_shorter_period_comes_first()
    {
        var ordered = new[] { DatePeriod.Year(2026), DatePeriod.Quarter(2026, 1), DatePeriod.Day(D("2026-01-01")), DatePeriod.Month(2026, 1) }.Order();

        Assert.Equal([DateGranularity.Day, DateGranularity.Month, DateGranularity.Quarter, DateGranularity.Year], ordered.Select(p => p.Granularity));
    }

    [Theory]
    [InlineData("2025-12-31", DateGranularity.Day, TemporalRole.At, "Wednesday 31 December 2025")]
    [InlineData("2026-01-05", DateGranularity.Week, TemporalRole.At, "week of 5 January 2026")]
    [InlineData("2026-01-05", DateGranularity.Week, TemporalRole.By, "by the end of the week of 5 January 2026")]
    [InlineData("2025-09-01", DateGranularity.Month, TemporalRole.By, "by September 2025")]
    [InlineData("2026-09-01", DateGranularity.Month, TemporalRole.Until, "until the end of September 2026")]
    [InlineData("2026-01-01", DateGranularity.Year, TemporalRole.By, "by the end of 2026")]
    [InlineData("2026-07-01", DateGranularity.Quarter, TemporalRole.At, "the third quarter of 2026")]
    [InlineData("2026-06-01", DateGranularity.Season, TemporalRole.At, "summer 2026")]
    [InlineData("2025-12-01", DateGranularity.Season, TemporalRole.Until, "until the end of winter 2025-26")]
    [InlineData("1990-01-01", DateGranularity.Decade, TemporalRole.At, "the 1990s")]
    [InlineData("2026-01-02", DateGranularity.Day, TemporalRole.By, "by Friday 2 January 2026")]
    public void Every_period_is_worded_one_way_everywhere(string start, DateGranularity granularity, TemporalRole role, string expected) =>
        Assert.Equal(expected, DateWording.When(new DatePeriod(D(start), granularity), role));

    [Theory]
    [InlineData("2026-03-05", "2026-03-09", TemporalRole.At, "5-9 March 2026")]
    [InlineData("2026-02-28", "2026-03-01", TemporalRole.At, "28 February to 1 March 2026")]
    [InlineData("2025-12-28", "2026-01-03", TemporalRole.At, "28 December 2025 to 3 January 2026")]
    [InlineData("2026-03-05", "2026-03-09", TemporalRole.By, "by Monday 9 March 2026")]
    [InlineData("2026-03-01", "2026-05-31", TemporalRole.At, "March to May 2026")]
    [InlineData("2025-11-01", "2026-02-28", TemporalRole.At, "November 2025 to February 2026")]
    public void A_span_is_worded_by_its_first_and_last_day(string first, string last, TemporalRole role, string expected) =>
        Assert.Equal(expected, DateWording.When(DatePeriod.Between(D(first), D(last)), role));

    [Theory]
    [InlineData("2026-03-07", "2026-03-08", false)]
    [InlineData("2026-03-05", "2026-03-09", false)]
    [InlineData("2025-12-29", "2026-01-03", false)]
    [InlineData("2026-03-01", "2026-05-31", true)]
    [InlineData("2025-11-01", "2026-02-28", true)]
    [InlineData("2026-03-02", "2026-03-08", false)]
    public void A_run_of_named_days_counts_from_its_first_day_and_a_range_of_months_from_its_last(string first, string last, bool window) =>
        Assert.Equal(window, DatePeriod.Between(D(first), D(last)).IsWindow);

    [Theory]
    [InlineData(DateGranularity.Quarter, true)]
    [InlineData(DateGranularity.Season, true)]
    [InlineData(DateGranularity.Month, false)]
    [InlineData(DateGranularity.Week, false)]
    [InlineData(DateGranularity.Year, false)]
    public void A_quarter_or_season_is_a_window_and_a_calendar_unit_is_not(DateGranularity granularity, bool window) =>
        Assert.Equal(window, new DatePeriod(D("2026-07-15"), granularity).IsWindow);
}
