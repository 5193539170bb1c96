using Bot.Core.Analysis.Time;
using Bot.Core.Answers;
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

    /// <summary>Passed, under way (happening now, or a deadline whose period has begun), or ahead.</summary>
    public MarkStatus Status(TimelineEvent e)
    {
        var today = Today;
        return e.TimingAt(today) switch
        {
            EventTiming.Past => MarkStatus.Passed,
            EventTiming.Current => MarkStatus.UnderWay,
            _ when e.Role != TemporalRole.At && e.Period.Start <= today => MarkStatus.UnderWay,
            _ => MarkStatus.Ahead,
        };
    }

    /// <summary>"(passed)", "(under way)", "(open: 3 days left)", "(ahead: in 3 days)".</summary>
    public string Timing(TimelineEvent e)
    {
        var days = (e.Role == TemporalRole.At ? e.Period.Start : e.Period.End).DayNumber - Today.DayNumber;
        return Status(e) switch
        {
            MarkStatus.Passed => "(passed)",
            MarkStatus.UnderWay when e.Role == TemporalRole.At => "(under way)",
            MarkStatus.UnderWay => $"(open: {Days(days)} left)",
            _ => $"(ahead: in {Days(days)})",
        };
    }

    private static string Days(int days) => days == 1 ? "1 day" : $"{days:N0} days";
}
