using System.Globalization;

namespace Bot.Pictures.Tests.Layout;

public sealed class TimeTicksTests
{
    [Theory]
    [InlineData("2026-01-01", "2026-01-09", TickUnit.Day)]
    [InlineData("2026-01-01", "2026-03-01", TickUnit.Week)]
    [InlineData("2025-06-01", "2026-06-01", TickUnit.Month)]
    [InlineData("2024-01-01", "2027-01-01", TickUnit.Month)]
    [InlineData("2008-01-01", "2027-01-01", TickUnit.Year)]
    [InlineData("1900-01-01", "2027-01-01", TickUnit.Year)]
    public void The_ticks_are_in_the_unit_the_span_needs(string first, string last, TickUnit expected)
    {
        var (unit, _, ticks) = TimeTicks.Choose(DateOnly.Parse(first, CultureInfo.InvariantCulture), DateOnly.Parse(last, CultureInfo.InvariantCulture), maxTicks: 14);

        Assert.Equal(expected, unit);
        Assert.InRange(ticks.Count, 2, 14);
        Assert.All(ticks, t => Assert.InRange(t.Day, DateOnly.Parse(first, CultureInfo.InvariantCulture), DateOnly.Parse(last, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Week_ticks_fall_on_mondays_and_month_ticks_on_the_first()
    {
        var (_, _, weeks) = TimeTicks.Choose(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 1), maxTicks: 10);
        var (_, _, months) = TimeTicks.Choose(new DateOnly(2025, 6, 10), new DateOnly(2026, 6, 1), maxTicks: 14);

        Assert.All(weeks, t => Assert.Equal(DayOfWeek.Monday, t.Day.DayOfWeek));
        Assert.All(months, t => Assert.Equal(1, t.Day.Day));
    }

    [Fact]
    public void The_year_is_written_on_the_first_tick_and_where_it_changes()
    {
        var (_, _, ticks) = TimeTicks.Choose(new DateOnly(2025, 9, 1), new DateOnly(2026, 3, 1), maxTicks: 8);

        Assert.Equal("Sep 2025", ticks[0].Text);
        Assert.Equal("Oct", ticks[1].Text);
        Assert.Contains(ticks, t => t.Text == "Jan 2026");
    }
}
