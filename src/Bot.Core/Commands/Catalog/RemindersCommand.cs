using System.Globalization;
using Bot.Core.Answers;
using Bot.Core.Reminders;

namespace Bot.Core.Commands.Catalog;

/// <summary>/reminders: this chat's upcoming reminders, each with its date and local time.</summary>
public sealed class RemindersCommand(ReminderPlanSource plans, TimeProvider time) : IChatCommand
{
    private const int MaxItems = 20;

    public static CommandDescriptor Definition { get; } = new("reminders", "This chat's upcoming reminders and their local times");

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var (plan, zone, subscribed) = await plans.PlanForChatAsync(request.Message.Chat, time.GetUtcNow(), cancellationToken);
        if (!subscribed)
        {
            return Answer.Short("This chat has no subscriptions. Send /subscribe for every deadline, or /subscribe <topic> for one topic's.");
        }

        if (plan.Entries.Count == 0)
        {
            return Answer.Short($"No reminders ahead: no upcoming deadline is covered by this chat's subscriptions (time zone {zone.Id}).");
        }

        return CappedList.Of(
            $"Upcoming reminders ({plan.Entries.Count}), in {zone.Id}",
            plan.Entries,
            MaxItems,
            e => new AnswerItem($"{e.FireLocal.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture)}: {Lead(e.Subject.Lead)} {e.Subject.Event.DescribeWhen()}: {e.Subject.Event.What}"),
            "later reminders",
            note: "Send /timezone <zone> to change the time zone.");
    }

    private static string Lead(TimeSpan lead) => lead == TimeSpan.Zero ? "on the day," : lead.TotalDays == 1 ? "1 day before" : $"{lead.TotalDays:0.#} days before";
}
