using Bot.Core.Knowledge;

namespace Bot.Core.Commands.Catalog;

/// <summary>How answers speak of time: today's date, and where an event stands against it.</summary>
public sealed class StoryClock(TimeProvider time)
{
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>"By September 2025 (passed)", "Week of 5 January 2026 (ahead: in 4 days)": an event's date and where it stands.</summary>
    public string When(TimelineEvent e)
    {
        var when = e.DescribeWhen();
        return $"{char.ToUpperInvariant(when[0])}{when[1..]} {Timing(e)}";
    }

    /// <summary>"(passed)", "(under way)", "(ahead: 3 days left)".</summary>
    public string Timing(TimelineEvent e)
    {
        var today = Today;
        switch (e.TimingAt(today))
        {
            case EventTiming.Past:
                return "(passed)";
            case EventTiming.Current:
                return "(under way)";
            default:
                var days = (e.Role == Analysis.Time.TemporalRole.At ? e.Period.Start : e.Period.End).DayNumber - today.DayNumber;
                if (e.Role != Analysis.Time.TemporalRole.At && e.Period.Start <= today)
                {
                    return $"(open: {Days(days)} left)";
                }

                return $"(ahead: in {Days(days)})";
        }
    }

    private static string Days(int days) => days == 1 ? "1 day" : $"{days:N0} days";
}
