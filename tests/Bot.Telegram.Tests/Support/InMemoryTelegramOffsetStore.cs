using System.Collections.Concurrent;

namespace Bot.Telegram.Tests.Support;

/// <summary>
/// The last handled update per bot, in memory. It outlives the transports a test starts on it, as the database does, so
/// a restart test can run two transports in turn on one store. Never moves backwards, like the host's store.
/// </summary>
public sealed class InMemoryTelegramOffsetStore : ITelegramOffsetStore
{
    private readonly ConcurrentDictionary<long, long> _last = new();

    public Task<long?> GetLastUpdateIdAsync(long botId, CancellationToken cancellationToken) =>
        Task.FromResult(_last.TryGetValue(botId, out var last) ? last : (long?)null);

    public Task SaveLastUpdateIdAsync(long botId, long updateId, CancellationToken cancellationToken)
    {
        _last.AddOrUpdate(botId, updateId, (_, last) => Math.Max(last, updateId));
        return Task.CompletedTask;
    }
}
