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
        var when = e.DescribeWhen();
        var items = new List<AnswerItem>
        {
            new($"What: {e.What}", e.Origin.ToQuote()),
            new($"When: {when}{DueDayInBrackets(e)}"),
        };
        var days = subject.DueDay.DayNumber - today.DayNumber;
        // A range, quarter or season counts down to its last day, so the headline says what that day is.
        var ends = e.Role == TemporalRole.At && e.Period.IsWindow && days >= 0 ? "ends " : "";
        return new Answer($"Reminder: {ends}{Countdown(days)} — {when}", items)
        {
            Note = late ? "Sent late: the bot was not running when this reminder was due." : null,
        };
    }

    private static string DueDayInBrackets(TimelineEvent e) =>
        e.Period.Granularity == DateGranularity.Day ? ""
        : e.Role == TemporalRole.At && e.Period.IsWindow ? $" (ends {DateWording.Day(e.Due)})"
        : e.Role == TemporalRole.At ? $" (starting {DateWording.Day(e.Due)})"
        : $" ({DateWording.Day(e.Due)})";

    private static string Countdown(int days) => days switch
    {
        0 => "today",
        1 => "tomorrow",
        -1 => "was due yesterday",
        < 0 => $"was due {-days} days ago",
        _ => $"in {days} days",
    };
}
