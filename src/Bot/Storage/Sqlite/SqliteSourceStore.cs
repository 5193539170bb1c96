using System.Globalization;
using Bot.Core.Ingest;
using Bot.Core.Sources;
using Microsoft.Data.Sqlite;

namespace Bot.Host.Storage.Sqlite;

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
            FROM sources WHERE story = $story AND id = $id AND changes() > 0;
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
