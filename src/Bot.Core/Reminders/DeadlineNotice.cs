using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Reminders;

/// <summary>The message a subscribed chat gets when a new source brings a deadline, or moves one, that its subscriptions cover.</summary>
public static class DeadlineNotice
{
    /// <summary>Stable per event, so a notice is recorded (and sent) once per chat however often the knowledge changes.</summary>
    public static string IdOf(TimelineEvent e) => "new-" + ReminderPlanner.KeyOf(e, TimeSpan.Zero);

    /// <summary>
    /// Worth a notice: a forward-looking date that is its item's newest, set or moved by this report. A report that only
    /// says an item's date again, or an old date a newer report already moved, tells subscribers nothing new.
    /// </summary>
    public static bool IsNews(TimelineEvent e, KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (!e.IsDeadline)
        {
            return false;
        }

        if (snapshot.ItemOf(e) is not { } item)
        {
            return true;
        }

        var state = item.States[^1];
        return state.Date is { } date && date.Key == e.Key && state.Change is ItemChange.Set or ItemChange.Moved;
    }

    public static Answer Build(TimelineEvent e, KnowledgeSnapshot? snapshot = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        var item = snapshot?.ItemOf(e);
        var state = item?.States.LastOrDefault(s => s.Date is { } d && d.Key == e.Key);
        if (item is not null && state is { Change: ItemChange.Moved } && item.DateBefore(state) is { } before)
        {
            return new($"Date moved: {e.DescribeWhen()}", [
                new AnswerItem($"What: {e.What}", e.Origin.ToQuote()),
                new AnswerItem($"Was: {before.Period.Describe()}"),
            ])
            {
                Note = "Reminders for the old date are removed and new ones planned; send /reminders to see them.",
            };
        }

        return new($"New deadline: {e.DescribeWhen()}", [new AnswerItem($"What: {e.What}", e.Origin.ToQuote())])
        {
            Note = "Reminders for it are planned; send /reminders to see them.",
        };
    }
}
