using Bot.Core.Ingest;

namespace Bot.Core.Sources;

/// <summary>A source added after start (by a moderator or a feed), with who added it and when.</summary>
/// <param name="FeedId">The feed it came from, if any, so removing the feed can tell its items apart.</param>
public sealed record StoredSource(Source Source, Actor AddedBy, DateTimeOffset AddedAt, string? FeedId = null);

/// <summary>
/// The sources added at run time, and the ids of sources a moderator removed. Knowledge is rebuilt at start
/// from the seeds folder plus these, minus the removed ids: a removed seed stays removed across restarts until
/// the same text is added again.
/// </summary>
public interface ISourceStore
{
    /// <summary>Keeps <paramref name="source"/> (replacing one with the same id) and forgets any removal of that id.</summary>
    Task AddAsync(StoredSource source, CancellationToken cancellationToken);

    /// <summary>
    /// Records the id as removed, so neither a seed with that text nor the stored source is loaded again; the stored
    /// source's row is kept (hidden) so that <see cref="UnremoveAsync"/> can bring it back.
    /// </summary>
    Task RemoveAsync(string sourceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredSource>> ListAsync(CancellationToken cancellationToken);

    Task<IReadOnlySet<string>> RemovedIdsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Forgets the removal of <paramref name="sourceId"/>; returns the stored source when a removed added one had that id
    /// (its text is kept through a removal), null for a removed seed (its text is in the seeds folder) and for an id that
    /// was not removed (nothing to undo, even if a source with that id is stored).
    /// </summary>
    Task<StoredSource?> UnremoveAsync(string sourceId, CancellationToken cancellationToken);
}
