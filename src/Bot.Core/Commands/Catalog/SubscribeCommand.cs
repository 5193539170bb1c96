using Bot.Core.Answers;
using Bot.Core.Knowledge;
using Bot.Core.Reminders;

namespace Bot.Core.Commands.Catalog;

/// <summary>/subscribe [topic]: reminders of every deadline the sources name, or of one topic's.</summary>
public sealed class SubscribeCommand(KnowledgeBase knowledge, ISubscriptionStore subscriptions, ReminderChanges changes) : IChatCommand
{
    public static CommandDescriptor Definition { get; } = new("subscribe", "Get reminders of every deadline, or of one topic's", TopicArgument.Optional("A topic to follow; leave empty for every deadline"), CommandAudience.Moderators);

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var chat = request.Message.Chat;
        if (request.Argument.Length == 0)
        {
            var added = await subscriptions.SubscribeAsync(new ReminderSubscription(chat), cancellationToken);
            changes.Notify();
            return Answer.Short(added
                ? "Subscribed: this chat will be reminded of every deadline in the sources. Send /reminders to see what is planned."
                : "This chat is already subscribed to every deadline. Send /reminders to see what is planned.");
        }

        var (topic, problem) = TopicArgument.Resolve(knowledge.Current, request.Argument, Definition.Name);
        if (problem is not null)
        {
            return problem;
        }

        var isNew = await subscriptions.SubscribeAsync(new ReminderSubscription(chat, topic!.Slug), cancellationToken);
        changes.Notify();
        return Answer.Short(isNew
            ? $"Subscribed to {topic.Name}: this chat will be reminded of its deadlines. Send /reminders to see what is planned."
            : $"This chat already follows {topic.Name}. Send /reminders to see what is planned.");
    }
}
