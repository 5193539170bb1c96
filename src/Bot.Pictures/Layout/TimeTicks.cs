using System.Globalization;

namespace Bot.Pictures.Layout;

/// <summary>The unit a time axis is ticked in.</summary>
public enum TickUnit
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>A tick on the time axis: the day it stands on and what it reads.</summary>
public sealed record TimeTick(DateOnly Day, string Text);

/// <summary>
/// Chooses ticks for a span: the finest of days, weeks (Mondays), months or years, at a step of 1, 2, 3, 5, 6,
/// 10… of them, that keeps the ticks no closer than the room a label needs. The year is written on the first tick
/// and wherever it changes, so a reader never has to guess it.
/// </summary>
public static class TimeTicks
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    private static readonly (TickUnit Unit, int Step)[] Steps =
    [
        (TickUnit.Day, 1), (TickUnit.Day, 2), (TickUnit.Week, 1), (TickUnit.Week, 2),
        (TickUnit.Month, 1), (TickUnit.Month, 2), (TickUnit.Month, 3), (TickUnit.Month, 6),
        (TickUnit.Year, 1), (TickUnit.Year, 2), (TickUnit.Year, 5), (TickUnit.Year, 10),
        (TickUnit.Year, 20), (TickUnit.Year, 50), (TickUnit.Year, 100),
    ];

    /// <summary>The ticks from <paramref name="first"/> to <paramref name="last"/> (inclusive), at most <paramref name="maxTicks"/> of them.</summary>
    public static (TickUnit Unit, int Step, IReadOnlyList<TimeTick> Ticks) Choose(DateOnly first, DateOnly last, int maxTicks)
    {
        foreach (var (unit, step) in Steps)
        {
            var days = Days(first, last, unit, step).Take(maxTicks + 1).ToList();
            if (days.Count <= Math.Max(2, maxTicks))
            {
                return (unit, step, Label(days, unit));
            }
        }

        var (lastUnit, lastStep) = Steps[^1];
        return (lastUnit, lastStep, Label([.. Days(first, last, lastUnit, lastStep)], lastUnit));
    }

    private static IEnumerable<DateOnly> Days(DateOnly first, DateOnly last, TickUnit unit, int step)
    {
        var day = unit switch
        {
            TickUnit.Day => first,
            TickUnit.Week => first.AddDays((7 - ((int)first.DayOfWeek + 6) % 7) % 7),
            TickUnit.Month => FirstMonth(first, step),
            _ => FirstYear(first, step),
        };
        for (; day <= last; day = Next(day, unit, step))
        {
            yield return day;
        }
    }

    private static DateOnly FirstMonth(DateOnly first, int step)
    {
        var month = first.Day == 1 ? new DateOnly(first.Year, first.Month, 1) : new DateOnly(first.Year, first.Month, 1).AddMonths(1);
        while ((month.Month - 1) % step != 0)
        {
            month = month.AddMonths(1);
        }

        return month;
    }

    private static DateOnly FirstYear(DateOnly first, int step)
    {
        var year = first.DayOfYear == 1 ? first.Year : first.Year + 1;
        year += (step - year % step) % step;
        return new DateOnly(year, 1, 1);
    }

    private static DateOnly Next(DateOnly day, TickUnit unit, int step) => unit switch
    {
        TickUnit.Day => day.AddDays(step),
        TickUnit.Week => day.AddDays(7 * step),
        TickUnit.Month => day.AddMonths(step),
        _ => day.AddYears(step),
    };

    private static IReadOnlyList<TimeTick> Label(IReadOnlyList<DateOnly> days, TickUnit unit)
    {
        var ticks = new List<TimeTick>(days.Count);
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            var newYear = i == 0 || days[i - 1].Year != day.Year;
            var text = unit switch
            {
                TickUnit.Year => day.Year.ToString(English),
                TickUnit.Month => day.ToString(newYear ? "MMM yyyy" : "MMM", English),
                _ => day.ToString(newYear ? "d MMM yyyy" : "d MMM", English),
            };
            ticks.Add(new TimeTick(day, text));
        }

        return ticks;
    }
}
