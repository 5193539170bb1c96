using Bot.Core.Chat;

namespace Bot.Core.Reminders;

/// <summary>
/// Which chats want which reminders. Narrow on purpose: SQLite implements it in the host today, PostgreSQL can
/// tomorrow, and nothing above it changes.
/// </summary>
public interface ISubscriptionStore
{
    /// <summary>True when the subscription is new; false when the chat already had it.</summary>
    Task<bool> SubscribeAsync(ReminderSubscription subscription, CancellationToken cancellationToken);

    /// <summary>Many subscriptions in one transaction (an import, a benchmark's set-up); how many were new.</summary>
    Task<int> SubscribeAllAsync(IReadOnlyCollection<ReminderSubscription> subscriptions, CancellationToken cancellationToken);

    /// <summary>True when the chat had the subscription and it is now gone.</summary>
    Task<bool> UnsubscribeAsync(ReminderSubscription subscription, CancellationToken cancellationToken);

    /// <summary>Every subscription of every chat.</summary>
    Task<IReadOnlyList<ReminderSubscription>> ListAsync(CancellationToken cancellationToken);

    /// <summary>One chat's subscriptions.</summary>
    Task<IReadOnlyList<ReminderSubscription>> ListAsync(ChatAddress chat, CancellationToken cancellationToken);
}
