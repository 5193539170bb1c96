using System.Globalization;
using Bot.Core.Sources;
using Microsoft.Data.Sqlite;

namespace Bot.Host.Storage.Sqlite;

/// <summary>The feeds and feed_items tables; a story lists only its own feeds.</summary>
public sealed class SqliteFeedStore(SqliteDatabase database, StoryKey? story = null) : IFeedStore
{
    private readonly string _story = (story ?? StoryKey.Default).Value;

    public async Task<bool> AddAsync(FeedSubscription feed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feeds (story, id, url, title, by_platform, by_chat, by_user, by_name, added_at) VALUES ($story, $id, $url, $title, $platform, $chat, $user, $name, $at)
            ON CONFLICT (id) DO NOTHING
            """;
        command.Parameters.AddWithValue("$story", _story);
        command.Parameters.AddWithValue("$id", feed.Id);
        command.Parameters.AddWithValue("$url", feed.Url);
        command.Parameters.AddWithValue("$title", feed.Title);
        SqliteActor.Add(command, feed.AddedBy);
        command.Parameters.AddWithValue("$at", feed.AddedAt.ToString("O"));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<bool> RemoveAsync(string feedId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // feed_items go with it (ON DELETE CASCADE; foreign keys are on for every connection).
        command.CommandText = "DELETE FROM feeds WHERE id = $id";
        command.Parameters.AddWithValue("$id", feedId);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<FeedSubscription>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, url, title, etag, last_modified, last_polled_at, by_platform, by_chat, by_user, by_name, added_at FROM feeds WHERE story = $story ORDER BY added_at, id";
        command.Parameters.AddWithValue("$story", _story);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var feeds = new List<FeedSubscription>();
        while (await reader.ReadAsync(cancellationToken))
        {
            feeds.Add(new FeedSubscription(reader.GetString(0), reader.GetString(1), reader.GetString(2), SqliteActor.Read(reader, 6), Time(reader, 10)!.Value)
            {
                ETag = reader.IsDBNull(3) ? null : reader.GetString(3),
                LastModified = Time(reader, 4),
                LastPolledAt = Time(reader, 5),
            });
        }

        return feeds;
    }

    public async Task RecordPollAsync(string feedId, string? etag, DateTimeOffset? lastModified, DateTimeOffset polledAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE feeds SET etag = $etag, last_modified = $modified, last_polled_at = $at WHERE id = $id";
        command.Parameters.AddWithValue("$id", feedId);
        command.Parameters.AddWithValue("$etag", (object?)etag ?? DBNull.Value);
        command.Parameters.AddWithValue("$modified", lastModified is { } m ? m.ToString("O") : DBNull.Value);
        command.Parameters.AddWithValue("$at", polledAt.ToString("O"));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SeenFeedItem>> SeenItemsAsync(string feedId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT identity, content_hash, source_id FROM feed_items WHERE feed_id = $id";
        command.Parameters.AddWithValue("$id", feedId);
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
        await using var command = connection.CreateCommand();
        // A feed removed while it was being polled keeps no items: the SELECT finds no feed row.
        command.CommandText = """
            INSERT INTO feed_items (feed_id, identity, content_hash, source_id) SELECT $feed, $identity, $hash, $source WHERE EXISTS (SELECT 1 FROM feeds WHERE id = $feed)
            ON CONFLICT (feed_id, identity) DO UPDATE SET content_hash = excluded.content_hash, source_id = excluded.source_id
            """;
        command.Parameters.AddWithValue("$feed", feedId);
        command.Parameters.AddWithValue("$identity", item.Identity);
        command.Parameters.AddWithValue("$hash", item.ContentHash);
        command.Parameters.AddWithValue("$source", item.SourceId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DateTimeOffset? Time(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture);
}
