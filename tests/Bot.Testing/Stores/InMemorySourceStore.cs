using Bot.Core.Sources;

namespace Bot.Testing.Stores;

/// <summary>Sources kept for the life of the test (<see cref="InMemoryStoresServiceCollectionExtensions.AddInMemoryStores"/>).</summary>
public sealed class InMemorySourceStore : ISourceStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, StoredSource> _sources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);

    public Task AddAsync(StoredSource source, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _sources[source.Source.Id] = source;
            _removed.Remove(source.Source.Id);
        }

        return Task.CompletedTask;
    }

    public Task RemoveAsync(string sourceId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _sources.Remove(sourceId);
            _removed.Add(sourceId);
        }

        return Task.CompletedTask;
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
