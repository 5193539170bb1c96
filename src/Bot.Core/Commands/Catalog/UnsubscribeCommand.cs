using Bot.Core.Analysis;
using Bot.Core.Answers;
using Bot.Core.Knowledge;
using Bot.Core.Reminders;

namespace Bot.Core.Commands.Catalog;

/// <summary>/unsubscribe [topic]: stop one topic's reminders, or, with no topic, every reminder of this chat.</summary>
public sealed class UnsubscribeCommand(KnowledgeBase knowledge, ISubscriptionStore subscriptions, ReminderChanges changes) : IChatCommand
{
    public static CommandDescriptor Definition { get; } = new("unsubscribe", "Stop reminders: all of them, or one topic's", TopicArgument.Optional("The topic to stop following; leave empty to stop every reminder"), CommandAudience.Moderators);

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var chat = request.Message.Chat;
        var mine = await subscriptions.ListAsync(chat, cancellationToken);
        if (request.Argument.Length == 0)
        {
            foreach (var subscription in mine)
            {
                await subscriptions.UnsubscribeAsync(subscription, cancellationToken);
            }

            changes.Notify();
            return Answer.Short(mine.Count > 0
                ? "Unsubscribed: this chat gets no more reminders."
                : "This chat was not subscribed to anything.");
        }

        // A topic the chat follows may have left the knowledge (its sources were removed); its slug still unsubscribes.
        var typed = TopicExtractor.Slugify(request.Argument);
        var followed = mine.FirstOrDefault(s => s.TopicSlug == typed);
        string name;
        if (followed is null)
        {
            var (topic, problem) = TopicArgument.Resolve(knowledge.Current, request.Argument, Definition.Name);
            if (problem is not null)
            {
                return problem;
            }

            followed = new ReminderSubscription(chat, topic!.Slug);
            name = topic.Name;
        }
        else
        {
            name = knowledge.Current.Topics.FirstOrDefault(t => t.Slug == typed)?.Name ?? typed;
        }

        var removed = await subscriptions.UnsubscribeAsync(followed, cancellationToken);
        changes.Notify();
        var allStill = mine.Any(s => s.TopicSlug is null);
        return Answer.Short(!removed
            ? $"This chat does not follow {name}."
            : allStill
                ? $"Stopped following {name}. This chat is still subscribed to every deadline (send /unsubscribe to stop them all)."
                : $"Stopped following {name}.");
    }
}
