using Bot.Core.Chat;
using Bot.Core.Ingest;

namespace Bot.Core.Sources;

/// <summary>Who made a change and where: a chat user, or the feed poller acting for a feed.</summary>
public sealed record Actor(ChatPlatform? Platform, string ChatId, string UserId, string Name)
{
    /// <summary>The person who sent <paramref name="message"/>, in its chat.</summary>
    public static Actor From(ChatMessage message) => new(message.Chat.Platform, message.Chat.ChatId, message.Sender.Id, message.Sender.DisplayName);

    /// <summary>The poller, adding or replacing an item of a feed nobody typed at that moment.</summary>
    public static Actor Feed(string feedId) => new(null, "", "feed:" + feedId, "feed " + feedId);

    public override string ToString() => Platform is { } platform ? $"{Name} ({UserId}) in {platform}:{ChatId}" : Name;
}

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

    /// <summary>Forgets the stored source, if any, and records the id as removed so a seed with that text is not loaded again.</summary>
    Task RemoveAsync(string sourceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredSource>> ListAsync(CancellationToken cancellationToken);

    Task<IReadOnlySet<string>> RemovedIdsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Forgets the removal of <paramref name="sourceId"/>; returns the stored source when it was an added one (its text
    /// is kept through a removal), null for a seed (its text is in the seeds folder) or an id never removed.
    /// </summary>
    Task<StoredSource?> UnremoveAsync(string sourceId, CancellationToken cancellationToken);
}

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

/// <summary>One line of the audit log: who did what to which source or feed, when and where.</summary>
public sealed record AuditEntry(DateTimeOffset At, Actor Actor, string Action, string Subject, string Detail);

/// <summary>Append-only record of every addition and removal of sources and feeds.</summary>
public interface IAuditLog
{
    Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The newest <paramref name="limit"/> entries, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(int limit, CancellationToken cancellationToken);
}

/// <summary>What an audit entry's action says.</summary>
public static class AuditActions
{
    public const string AddSource = "add-source";
    public const string RemoveSource = "remove-source";
    public const string RestoreSource = "restore-source";
    public const string ReplaceSource = "replace-source";
    public const string AddFeed = "add-feed";
    public const string RemoveFeed = "remove-feed";
}
