using Bot.Core.Ingest;
using Bot.Core.Sources;
using Npgsql;

namespace Bot.Host.Storage.Postgres;

/// <summary>The sources and removed_sources tables.</summary>
public sealed class PostgresSourceStore(PostgresDatabase database, TimeProvider time) : ISourceStore
{
    public async Task AddAsync(StoredSource source, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO sources (id, title, published, origin, url, location, text, feed_id, by_platform, by_chat, by_user, by_name, added_at)
            VALUES (@id, @title, @published, @origin, @url, @location, @text, @feed, @platform, @chat, @user, @name, @at)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, published = excluded.published, origin = excluded.origin, url = excluded.url,
                location = excluded.location, text = excluded.text, feed_id = excluded.feed_id, by_platform = excluded.by_platform,
                by_chat = excluded.by_chat, by_user = excluded.by_user, by_name = excluded.by_name, added_at = excluded.added_at
            """, connection, transaction))
        {
            var s = source.Source;
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

        await using (var restore = new NpgsqlCommand("DELETE FROM removed_sources WHERE id = @id", connection, transaction))
        {
            restore.Parameters.AddWithValue("id", source.Source.Id);
            await restore.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RemoveAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("DELETE FROM sources WHERE id = @id") { Parameters = { new("id", sourceId) } },
                new NpgsqlBatchCommand("INSERT INTO removed_sources (id, removed_at) VALUES (@id, @at) ON CONFLICT (id) DO UPDATE SET removed_at = excluded.removed_at")
                {
                    Parameters = { new("id", sourceId), new("at", time.GetUtcNow()) },
                },
            },
        };
        // A batch runs as one implicit transaction: the source is never gone without its removal recorded.
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StoredSource>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT id, title, published, origin, url, location, text, feed_id, by_platform, by_chat, by_user, by_name, added_at
            FROM sources ORDER BY added_at, id COLLATE "C"
            """, connection);
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
        await using var command = new NpgsqlCommand("SELECT id FROM removed_sources", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
