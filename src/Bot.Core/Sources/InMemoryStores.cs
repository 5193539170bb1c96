namespace Bot.Core.Sources;

/// <summary>Sources kept for the life of the process: the default when no database is configured, and for tests.</summary>
public sealed class InMemorySourceStore : ISourceStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, StoredSource> _sources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredSource> _removedSources = new(StringComparer.Ordinal);

    public Task AddAsync(StoredSource source, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _sources[source.Source.Id] = source;
            _removed.Remove(source.Source.Id);
            _removedSources.Remove(source.Source.Id);
        }

        return Task.CompletedTask;
    }

    public Task RemoveAsync(string sourceId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_sources.Remove(sourceId, out var removed))
            {
                _removedSources[sourceId] = removed;
            }

            _removed.Add(sourceId);
        }

        return Task.CompletedTask;
    }

    public Task<StoredSource?> UnremoveAsync(string sourceId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _removed.Remove(sourceId);
            if (!_removedSources.Remove(sourceId, out var source))
            {
                return Task.FromResult<StoredSource?>(null);
            }

            _sources[sourceId] = source;
            return Task.FromResult<StoredSource?>(source);
        }
    }

    public Task<IReadOnlyList<StoredSource>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<StoredSource>>([.. _sources.Values.OrderBy(s => s.AddedAt)]);
        }
    }

    public Task<IReadOnlySet<string>> RemovedIdsAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlySet<string>>(new HashSet<string>(_removed, StringComparer.Ordinal));
        }
    }
}

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

public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly Lock _lock = new();
    private readonly List<AuditEntry> _entries = [];

    public Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _entries.Add(entry);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> ReadAsync(int limit, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<AuditEntry>>([.. _entries.Skip(Math.Max(0, _entries.Count - limit))]);
        }
    }
}
