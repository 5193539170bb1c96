using System.Globalization;
using Bot.Core.Analysis.Time;
using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Reminders;

/// <summary>
/// The reminder a chat receives: how far off the date is, what is due, when (at the granularity the source gave),
/// and the sentence that said so with its source.
/// </summary>
public static class ReminderMessage
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>The reminder as planned for one chat; "today" is the chat's local date at the planned time.</summary>
    public static Answer Build(PlannedReminder reminder, bool late = false) =>
        Build(reminder.Subject, DateOnly.FromDateTime(reminder.FireLocal.DateTime), late);

    /// <summary>
    /// The reminder counted from <paramref name="today"/> in the chat's zone: a late reminder passes the day it is
    /// actually sent, so "tomorrow" is not said of a date that has become today.
    /// </summary>
    public static Answer Build(ReminderSubject subject, DateOnly today, bool late = false)
    {
        var e = subject.Event;
        var when = DescribeWhen(e);
        var items = new List<AnswerItem>
        {
            new($"What: {e.What}", e.Origin.ToQuote()),
            new($"When: {when}{DueDayInBrackets(e)}"),
        };
        return new Answer($"Reminder: {Countdown(subject.DueDay.DayNumber - today.DayNumber)} — {when}", items)
        {
            Note = late ? "Sent late: the bot was not running when this reminder was due." : null,
        };
    }

    /// <summary>"week of 5 January 2026", "by the end of September 2025", "until the end of 2026", "by Monday 5 January 2026".</summary>
    public static string DescribeWhen(TimelineEvent e)
    {
        var period = e.Period.Granularity == DateGranularity.Week ? "the week of " + e.Period.Start.ToString("d MMMM yyyy", English) : e.Period.Describe();
        var toItsEnd = e.Period.Granularity == DateGranularity.Day ? period : "the end of " + period;
        return e.Role switch
        {
            TemporalRole.By => "by " + toItsEnd,
            TemporalRole.Until => "until " + toItsEnd,
            _ => e.Period.Describe(),
        };
    }

    private static string DueDayInBrackets(TimelineEvent e) =>
        e.Period.Granularity == DateGranularity.Day ? ""
        : e.Role == TemporalRole.At ? $" (starting {Day(e.Due)})"
        : $" ({Day(e.Due)})";

    private static string Day(DateOnly day) => day.ToString("dddd d MMMM yyyy", English);

    private static string Countdown(int days) => days switch
    {
        0 => "today",
        1 => "tomorrow",
        -1 => "was due yesterday",
        < 0 => $"was due {-days} days ago",
        _ => $"in {days} days",
    };
}
