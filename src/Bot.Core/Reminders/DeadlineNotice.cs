using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Reminders;

/// <summary>The message a subscribed chat gets when a new source brings a deadline its subscriptions cover.</summary>
public static class DeadlineNotice
{
    /// <summary>Stable per event, so a notice is recorded (and sent) once per chat however often the knowledge changes.</summary>
    public static string IdOf(TimelineEvent e) => "new-" + ReminderPlanner.KeyOf(e, TimeSpan.Zero);

    public static Answer Build(TimelineEvent e) =>
        new($"New deadline: {e.DescribeWhen()}", [new AnswerItem($"What: {e.What}", e.Origin.ToQuote())])
        {
            Note = "Reminders for it are planned; send /reminders to see them.",
        };
}
