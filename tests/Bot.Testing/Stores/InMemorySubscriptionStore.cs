using System.Collections.Concurrent;
using Bot.Core.Chat;
using Bot.Core.Reminders;

namespace Bot.Testing.Stores;

/// <summary>Subscriptions kept in memory, for tests (<see cref="InMemoryStoresServiceCollectionExtensions.AddInMemoryStores"/>).</summary>
public sealed class InMemorySubscriptionStore : ISubscriptionStore
{
    private readonly ConcurrentDictionary<ReminderSubscription, byte> _subscriptions = new();

    public Task<bool> SubscribeAsync(ReminderSubscription subscription, CancellationToken cancellationToken) =>
        Task.FromResult(_subscriptions.TryAdd(subscription, 0));

    public Task<int> SubscribeAllAsync(IReadOnlyCollection<ReminderSubscription> subscriptions, CancellationToken cancellationToken) =>
        Task.FromResult(subscriptions.Count(s => _subscriptions.TryAdd(s, 0)));

    public Task<bool> UnsubscribeAsync(ReminderSubscription subscription, CancellationToken cancellationToken) =>
        Task.FromResult(_subscriptions.TryRemove(subscription, out _));

    public Task<IReadOnlyList<ReminderSubscription>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReminderSubscription>>([.. _subscriptions.Keys]);

    public Task<IReadOnlyList<ReminderSubscription>> ListAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReminderSubscription>>([.. _subscriptions.Keys.Where(s => s.Chat == chat)]);
}
