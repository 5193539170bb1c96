using System.Globalization;
using Bot.Core.Chat;
using Bot.Core.Ingest;
using Bot.Core.Sources;
using Microsoft.Data.Sqlite;

namespace Bot.Host.Storage;

/// <summary>The sources and removed_sources tables, this story's rows only.</summary>
public sealed class SqliteSourceStore(SqliteDatabase database, TimeProvider time, StoryKey? story = null) : ISourceStore
{
    private readonly string _story = (story ?? StoryKey.Default).Value;

    public async Task AddAsync(StoredSource source, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT OR REPLACE INTO sources (story, id, title, published, origin, url, location, text, feed_id, by_platform, by_chat, by_user, by_name, added_at)
                VALUES ($story, $id, $title, $published, $origin, $url, $location, $text, $feed, $platform, $chat, $user, $name, $at)
                """;
            insert.Parameters.AddWithValue("$story", _story);
            var s = source.Source;
            insert.Parameters.AddWithValue("$id", s.Id);
            insert.Parameters.AddWithValue("$title", s.Title);
            insert.Parameters.AddWithValue("$published", s.Published is { } p ? p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value);
            insert.Parameters.AddWithValue("$origin", s.Origin);
            insert.Parameters.AddWithValue("$url", (object?)s.Url ?? DBNull.Value);
            insert.Parameters.AddWithValue("$location", s.Location);
            insert.Parameters.AddWithValue("$text", s.Text);
            insert.Parameters.AddWithValue("$feed", (object?)source.FeedId ?? DBNull.Value);
            SqliteActor.Add(insert, source.AddedBy);
            insert.Parameters.AddWithValue("$at", source.AddedAt.ToString("O"));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var restore = connection.CreateCommand())
        {
            restore.Transaction = transaction;
            restore.CommandText = "DELETE FROM removed_sources WHERE story = $story AND id = $id";
            restore.Parameters.AddWithValue("$story", _story);
            restore.Parameters.AddWithValue("$id", source.Source.Id);
            await restore.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RemoveAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // The row stays (hidden by removed_sources), so the removal can be undone.
        command.CommandText = "INSERT OR REPLACE INTO removed_sources (story, id, removed_at) VALUES ($story, $id, $at)";
        command.Parameters.AddWithValue("$story", _story);
        command.Parameters.AddWithValue("$id", sourceId);
        command.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("O"));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StoredSource>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, title, published, origin, url, location, text, feed_id, by_platform, by_chat, by_user, by_name, added_at
            FROM sources s WHERE story = $story AND NOT EXISTS (SELECT 1 FROM removed_sources r WHERE r.story = s.story AND r.id = s.id)
            ORDER BY added_at, id
            """;
        command.Parameters.AddWithValue("$story", _story);
        return await ReadSourcesAsync(command, cancellationToken);
    }

    public async Task<StoredSource?> UnremoveAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM removed_sources WHERE story = $story AND id = $id;
            SELECT id, title, published, origin, url, location, text, feed_id, by_platform, by_chat, by_user, by_name, added_at
            FROM sources WHERE story = $story AND id = $id;
            """;
        command.Parameters.AddWithValue("$story", _story);
        command.Parameters.AddWithValue("$id", sourceId);
        return (await ReadSourcesAsync(command, cancellationToken)).SingleOrDefault();
    }

    private static async Task<IReadOnlyList<StoredSource>> ReadSourcesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sources = new List<StoredSource>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var source = new Source(
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : DateOnly.ParseExact(reader.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(6)) { Location = reader.GetString(5) };
            sources.Add(new StoredSource(source, SqliteActor.Read(reader, 8), DateTimeOffset.Parse(reader.GetString(12), CultureInfo.InvariantCulture), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return sources;
    }

    public async Task<IReadOnlySet<string>> RemovedIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM removed_sources WHERE story = $story";
        command.Parameters.AddWithValue("$story", _story);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}

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

/// <summary>The audit_log table: append-only.</summary>
public sealed class SqliteAuditLog(SqliteDatabase database) : IAuditLog
{
    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO audit_log (at, by_platform, by_chat, by_user, by_name, action, subject, detail)
            VALUES ($at, $platform, $chat, $user, $name, $action, $subject, $detail)
            """;
        command.Parameters.AddWithValue("$at", entry.At.ToString("O"));
        SqliteActor.Add(command, entry.Actor);
        command.Parameters.AddWithValue("$action", entry.Action);
        command.Parameters.AddWithValue("$subject", entry.Subject);
        command.Parameters.AddWithValue("$detail", entry.Detail);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT at, by_platform, by_chat, by_user, by_name, action, subject, detail
            FROM (SELECT * FROM audit_log ORDER BY seq DESC LIMIT $limit) ORDER BY seq
            """;
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture), SqliteActor.Read(reader, 1), reader.GetString(5), reader.GetString(6), reader.GetString(7)));
        }

        return entries;
    }
}

/// <summary>An <see cref="Actor"/> as four columns (by_platform, by_chat, by_user, by_name), the same in every table.</summary>
internal static class SqliteActor
{
    public static void Add(SqliteCommand command, Actor actor)
    {
        command.Parameters.AddWithValue("$platform", actor.Platform is { } p ? p.ToString() : DBNull.Value);
        command.Parameters.AddWithValue("$chat", actor.ChatId);
        command.Parameters.AddWithValue("$user", actor.UserId);
        command.Parameters.AddWithValue("$name", actor.Name);
    }

    public static Actor Read(SqliteDataReader reader, int first) => new(
        reader.IsDBNull(first) ? null : Enum.Parse<ChatPlatform>(reader.GetString(first)),
        reader.GetString(first + 1),
        reader.GetString(first + 2),
        reader.GetString(first + 3));
}
