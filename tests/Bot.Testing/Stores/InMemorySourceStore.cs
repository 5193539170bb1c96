using Bot.Core.Sources;

namespace Bot.Testing.Stores;

/// <summary>Sources kept for the life of the test (<see cref="InMemoryStoresServiceCollectionExtensions.AddInMemoryStores"/>).</summary>
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
