using Bot.Core.Ingest;
using Bot.Core.Sources;
using Npgsql;

namespace Bot.Host.Storage.Postgres;

/// <summary>The sources and removed_sources tables, this story's rows only.</summary>
public sealed class PostgresSourceStore(PostgresDatabase database, TimeProvider time, StoryKey? story = null) : ISourceStore
{
    private const string Columns = "id, title, published, origin, url, location, text, feed_id, by_platform, by_chat, by_user, by_name, added_at";

    private readonly string _story = (story ?? StoryKey.Default).Value;

    public async Task AddAsync(StoredSource source, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO sources (story, id, title, published, origin, url, location, text, feed_id, by_platform, by_chat, by_user, by_name, added_at)
            VALUES (@story, @id, @title, @published, @origin, @url, @location, @text, @feed, @platform, @chat, @user, @name, @at)
            ON CONFLICT (story, id) DO UPDATE SET title = excluded.title, published = excluded.published, origin = excluded.origin, url = excluded.url,
                location = excluded.location, text = excluded.text, feed_id = excluded.feed_id, by_platform = excluded.by_platform,
                by_chat = excluded.by_chat, by_user = excluded.by_user, by_name = excluded.by_name, added_at = excluded.added_at
            """, connection, transaction))
        {
            var s = source.Source;
            insert.Parameters.AddWithValue("story", _story);
            insert.Parameters.AddWithValue("id", s.Id);
            insert.Parameters.AddWithValue("title", s.Title);
            insert.Parameters.Add(new NpgsqlParameter<DateOnly?>("published", s.Published));
            insert.Parameters.AddWithValue("origin", s.Origin);
            insert.Parameters.Add(new NpgsqlParameter<string?>("url", s.Url));
            insert.Parameters.AddWithValue("location", s.Location);
            insert.Parameters.AddWithValue("text", s.Text);
            insert.Parameters.Add(new NpgsqlParameter<string?>("feed", source.FeedId));
            PostgresActor.Add(insert, source.AddedBy);
            insert.Parameters.AddWithValue("at", PostgresActor.Utc(source.AddedAt));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var restore = new NpgsqlCommand("DELETE FROM removed_sources WHERE story = @story AND id = @id", connection, transaction))
        {
            restore.Parameters.AddWithValue("story", _story);
            restore.Parameters.AddWithValue("id", source.Source.Id);
            await restore.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RemoveAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // The row stays (hidden by removed_sources), so the removal can be undone.
        await using var command = new NpgsqlCommand("""
            INSERT INTO removed_sources (story, id, removed_at) VALUES (@story, @id, @at)
            ON CONFLICT (story, id) DO UPDATE SET removed_at = excluded.removed_at
            """, connection);
        command.Parameters.AddWithValue("story", _story);
        command.Parameters.AddWithValue("id", sourceId);
        command.Parameters.AddWithValue("at", time.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StoredSource>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"""
            SELECT {Columns}
            FROM sources s WHERE story = @story AND NOT EXISTS (SELECT 1 FROM removed_sources r WHERE r.story = s.story AND r.id = s.id)
            ORDER BY added_at, id COLLATE "C"
            """, connection);
        command.Parameters.AddWithValue("story", _story);
        return await ReadSourcesAsync(command, cancellationToken);
    }

    public async Task<StoredSource?> UnremoveAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // One statement: the removal is forgotten and the kept row read together, only if there was a removal to forget.
        await using var command = new NpgsqlCommand($"""
            WITH forgotten AS (DELETE FROM removed_sources WHERE story = @story AND id = @id RETURNING id)
            SELECT {Columns} FROM sources WHERE story = @story AND id IN (SELECT id FROM forgotten)
            """, connection);
        command.Parameters.AddWithValue("story", _story);
        command.Parameters.AddWithValue("id", sourceId);
        return (await ReadSourcesAsync(command, cancellationToken)).SingleOrDefault();
    }

    private static async Task<IReadOnlyList<StoredSource>> ReadSourcesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sources = new List<StoredSource>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var source = new Source(
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(6)) { Location = reader.GetString(5) };
            sources.Add(new StoredSource(source, PostgresActor.Read(reader, 8), PostgresActor.ReadTime(reader, 12)!.Value, reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return sources;
    }

    public async Task<IReadOnlySet<string>> RemovedIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT id FROM removed_sources WHERE story = @story", connection);
        command.Parameters.AddWithValue("story", _story);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
