using Bot.Core.Sources;

namespace Bot.Testing.Stores;

public sealed class InMemoryFeedStore : IFeedStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, FeedSubscription> _feeds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, SeenFeedItem>> _seen = new(StringComparer.Ordinal);

    public Task<bool> AddAsync(FeedSubscription feed, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_feeds.TryAdd(feed.Id, feed));
        }
    }

    public Task<bool> RemoveAsync(string feedId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _seen.Remove(feedId);
            return Task.FromResult(_feeds.Remove(feedId));
        }
    }

    public Task<IReadOnlyList<FeedSubscription>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<FeedSubscription>>([.. _feeds.Values.OrderBy(f => f.AddedAt)]);
        }
    }

    public Task RecordPollAsync(string feedId, string? etag, DateTimeOffset? lastModified, DateTimeOffset polledAt, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_feeds.TryGetValue(feedId, out var feed))
            {
                _feeds[feedId] = feed with { ETag = etag, LastModified = lastModified, LastPolledAt = polledAt };
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SeenFeedItem>> SeenItemsAsync(string feedId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<SeenFeedItem>>(_seen.TryGetValue(feedId, out var items) ? [.. items.Values] : []);
        }
    }

    public Task RecordItemAsync(string feedId, SeenFeedItem item, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_feeds.ContainsKey(feedId))
            {
                if (!_seen.TryGetValue(feedId, out var items))
                {
                    _seen[feedId] = items = new Dictionary<string, SeenFeedItem>(StringComparer.Ordinal);
                }

                items[item.Identity] = item;
            }
        }

        return Task.CompletedTask;
    }
}
