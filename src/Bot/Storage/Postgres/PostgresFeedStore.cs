using Bot.Core.Sources;
using Npgsql;

namespace Bot.Host.Storage.Postgres;

/// <summary>The feeds and feed_items tables; a story lists only its own feeds.</summary>
public sealed class PostgresFeedStore(PostgresDatabase database, StoryKey? story = null) : IFeedStore
{
    private readonly string _story = (story ?? StoryKey.Default).Value;

    public async Task<bool> AddAsync(FeedSubscription feed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            INSERT INTO feeds (story, id, url, title, by_platform, by_chat, by_user, by_name, added_at) VALUES (@story, @id, @url, @title, @platform, @chat, @user, @name, @at)
            ON CONFLICT (id) DO NOTHING
            """, connection);
        command.Parameters.AddWithValue("story", _story);
        command.Parameters.AddWithValue("id", feed.Id);
        command.Parameters.AddWithValue("url", feed.Url);
        command.Parameters.AddWithValue("title", feed.Title);
        PostgresActor.Add(command, feed.AddedBy);
        command.Parameters.AddWithValue("at", PostgresActor.Utc(feed.AddedAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<bool> RemoveAsync(string feedId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // feed_items go with it (ON DELETE CASCADE).
        await using var command = new NpgsqlCommand("DELETE FROM feeds WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", feedId);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<FeedSubscription>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """SELECT id, url, title, etag, last_modified, last_polled_at, by_platform, by_chat, by_user, by_name, added_at FROM feeds WHERE story = @story ORDER BY added_at, id COLLATE "C" """, connection);
        command.Parameters.AddWithValue("story", _story);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var feeds = new List<FeedSubscription>();
        while (await reader.ReadAsync(cancellationToken))
        {
            feeds.Add(new FeedSubscription(reader.GetString(0), reader.GetString(1), reader.GetString(2), PostgresActor.Read(reader, 6), PostgresActor.ReadTime(reader, 10)!.Value)
            {
                ETag = reader.IsDBNull(3) ? null : reader.GetString(3),
                LastModified = PostgresActor.ReadTime(reader, 4),
                LastPolledAt = PostgresActor.ReadTime(reader, 5),
            });
        }

        return feeds;
    }

    public async Task RecordPollAsync(string feedId, string? etag, DateTimeOffset? lastModified, DateTimeOffset polledAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("UPDATE feeds SET etag = @etag, last_modified = @modified, last_polled_at = @at WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", feedId);
        command.Parameters.Add(new NpgsqlParameter<string?>("etag", etag));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?>("modified", lastModified?.ToUniversalTime()));
        command.Parameters.AddWithValue("at", PostgresActor.Utc(polledAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SeenFeedItem>> SeenItemsAsync(string feedId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT identity, content_hash, source_id FROM feed_items WHERE feed_id = @id", connection);
        command.Parameters.AddWithValue("id", feedId);
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
        await using var command = new NpgsqlCommand("""
            INSERT INTO feed_items (feed_id, identity, content_hash, source_id)
            SELECT id, @identity, @hash, @source FROM feeds WHERE id = @feed
            ON CONFLICT (feed_id, identity) DO UPDATE SET content_hash = excluded.content_hash, source_id = excluded.source_id
            """, connection);
        command.Parameters.AddWithValue("feed", feedId);
        command.Parameters.AddWithValue("identity", item.Identity);
        command.Parameters.AddWithValue("hash", item.ContentHash);
        command.Parameters.AddWithValue("source", item.SourceId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
