using System.Data;
using Bot.Core.Sources;

namespace Bot.Host.Storage;

/// <summary>The feeds and feed_items tables; a story lists only its own feeds.</summary>
public sealed class SqlFeedStore(StorageDatabase database, StoryKey? story = null) : IFeedStore
{
    private readonly string _story = (story ?? StoryKey.Default).Value;

    public async Task<bool> AddAsync(FeedSubscription feed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO feeds (story, id, url, title, by_platform, by_chat, by_user, by_name, added_at) VALUES (@story, @id, @url, @title, @platform, @chat, @user, @name, @at)
            ON CONFLICT (id) DO NOTHING
            """);
        command.Bind("story", _story);
        command.Bind("id", feed.Id);
        command.Bind("url", feed.Url);
        command.Bind("title", feed.Title);
        ActorColumns.Bind(command, feed.AddedBy);
        command.Bind("at", database.Dialect.Time(feed.AddedAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<bool> RemoveAsync(string feedId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // feed_items go with it (ON DELETE CASCADE; SQLite turns foreign keys on for every connection).
        await using var command = connection.Command("DELETE FROM feeds WHERE id = @id");
        command.Bind("id", feedId);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<FeedSubscription>> ListAsync(CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT id, url, title, etag, last_modified, last_polled_at, by_platform, by_chat, by_user, by_name, added_at FROM feeds WHERE story = @story ORDER BY added_at, id {dialect.Ordinal}");
        command.Bind("story", _story);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var feeds = new List<FeedSubscription>();
        while (await reader.ReadAsync(cancellationToken))
        {
            feeds.Add(new FeedSubscription(reader.GetString(0), reader.GetString(1), reader.GetString(2), ActorColumns.Read(reader, 6), dialect.ReadTime(reader, 10))
            {
                ETag = reader.IsDBNull(3) ? null : reader.GetString(3),
                LastModified = dialect.ReadOptionalTime(reader, 4),
                LastPolledAt = dialect.ReadOptionalTime(reader, 5),
            });
        }

        return feeds;
    }

    public async Task RecordPollAsync(string feedId, string? etag, DateTimeOffset? lastModified, DateTimeOffset polledAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("UPDATE feeds SET etag = @etag, last_modified = @modified, last_polled_at = @at WHERE id = @id");
        command.Bind("id", feedId);
        command.Bind("etag", etag, DbType.String);
        command.Bind("modified", database.Dialect.Time(lastModified));
        command.Bind("at", database.Dialect.Time(polledAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SeenFeedItem>> SeenItemsAsync(string feedId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT identity, content_hash, source_id FROM feed_items WHERE feed_id = @id");
        command.Bind("id", feedId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<SeenFeedItem>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new SeenFeedItem(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return items;
    }

    public async Task RecordItemAsync(string feedId, SeenFeedItem item, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // A feed removed while it was being polled keeps no items: the SELECT finds no feed row.
        await using var command = connection.Command("""
            INSERT INTO feed_items (feed_id, identity, content_hash, source_id)
            SELECT id, @identity, @hash, @source FROM feeds WHERE id = @feed
            ON CONFLICT (feed_id, identity) DO UPDATE SET content_hash = excluded.content_hash, source_id = excluded.source_id
            """);
        command.Bind("feed", feedId);
        command.Bind("identity", item.Identity);
        command.Bind("hash", item.ContentHash);
        command.Bind("source", item.SourceId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
