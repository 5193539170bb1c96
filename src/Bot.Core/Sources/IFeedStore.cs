using Bot.Core.Ingest;

namespace Bot.Core.Sources;

/// <summary>An RSS or Atom feed a moderator subscribed the story to, with what the last poll left behind.</summary>
public sealed record FeedSubscription(string Id, string Url, string Title, Actor AddedBy, DateTimeOffset AddedAt)
{
    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    public DateTimeOffset? LastPolledAt { get; init; }

    /// <summary>A short stable id from the address, so the same feed added twice is recognised.</summary>
    public static string IdFor(string url) => "f" + Source.IdFor(url.Trim())[..7];
}

/// <summary>One feed item ingested once: its identity (GUID, else link, else hash), content hash and the source made of it.</summary>
public sealed record SeenFeedItem(string Identity, string ContentHash, string SourceId);

public interface IFeedStore
{
    /// <summary>False when a feed with that id is already subscribed.</summary>
    Task<bool> AddAsync(FeedSubscription feed, CancellationToken cancellationToken);

    /// <summary>Forgets the feed and its seen items; false when there was no such feed.</summary>
    Task<bool> RemoveAsync(string feedId, CancellationToken cancellationToken);

    Task<IReadOnlyList<FeedSubscription>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Keeps the validators for the next conditional GET and the time of this poll.</summary>
    Task RecordPollAsync(string feedId, string? etag, DateTimeOffset? lastModified, DateTimeOffset polledAt, CancellationToken cancellationToken);

    Task<IReadOnlyList<SeenFeedItem>> SeenItemsAsync(string feedId, CancellationToken cancellationToken);

    /// <summary>Records (or updates, for an edited item) what an item became.</summary>
    Task RecordItemAsync(string feedId, SeenFeedItem item, CancellationToken cancellationToken);
}
