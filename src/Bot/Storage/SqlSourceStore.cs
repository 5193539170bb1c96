using System.Data;
using System.Data.Common;
using Bot.Core.Ingest;
using Bot.Core.Sources;

namespace Bot.Host.Storage;

/// <summary>The sources and removed_sources tables, this story's rows only.</summary>
public sealed class SqlSourceStore(StorageDatabase database, TimeProvider time, StoryKey? story = null) : ISourceStore
{
    private const string Columns = "id, title, published, origin, url, location, text, feed_id, by_platform, by_chat, by_user, by_name, added_at";

    private readonly string _story = (story ?? StoryKey.Default).Value;

    public async Task AddAsync(StoredSource source, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = connection.Command("""
            INSERT INTO sources (story, id, title, published, origin, url, location, text, feed_id, by_platform, by_chat, by_user, by_name, added_at)
            VALUES (@story, @id, @title, @published, @origin, @url, @location, @text, @feed, @platform, @chat, @user, @name, @at)
            ON CONFLICT (story, id) DO UPDATE SET title = excluded.title, published = excluded.published, origin = excluded.origin, url = excluded.url,
                location = excluded.location, text = excluded.text, feed_id = excluded.feed_id, by_platform = excluded.by_platform,
                by_chat = excluded.by_chat, by_user = excluded.by_user, by_name = excluded.by_name, added_at = excluded.added_at
            """, transaction))
        {
            var s = source.Source;
            insert.Bind("story", _story);
            insert.Bind("id", s.Id);
            insert.Bind("title", s.Title);
            insert.Bind("published", s.Published, DbType.Date);
            insert.Bind("origin", s.Origin);
            insert.Bind("url", s.Url, DbType.String);
            insert.Bind("location", s.Location);
            insert.Bind("text", s.Text);
            insert.Bind("feed", source.FeedId, DbType.String);
            ActorColumns.Bind(insert, source.AddedBy);
            insert.Bind("at", database.Dialect.Time(source.AddedAt));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var restore = connection.Command("DELETE FROM removed_sources WHERE story = @story AND id = @id", transaction))
        {
            restore.Bind("story", _story);
            restore.Bind("id", source.Source.Id);
            await restore.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RemoveAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // The row stays (hidden by removed_sources), so the removal can be undone.
        await using var command = connection.Command("""
            INSERT INTO removed_sources (story, id, removed_at) VALUES (@story, @id, @at)
            ON CONFLICT (story, id) DO UPDATE SET removed_at = excluded.removed_at
            """);
        command.Bind("story", _story);
        command.Bind("id", sourceId);
        command.Bind("at", database.Dialect.Time(time.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StoredSource>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"""
            SELECT {Columns}
            FROM sources s WHERE story = @story AND NOT EXISTS (SELECT 1 FROM removed_sources r WHERE r.story = s.story AND r.id = s.id)
            ORDER BY added_at, id {database.Dialect.Ordinal}
            """);
        command.Bind("story", _story);
        return await ReadSourcesAsync(command, cancellationToken);
    }

    public async Task<StoredSource?> UnremoveAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // One transaction: the removal is forgotten and the kept row read together, only if there was a removal to forget.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var forget = connection.Command("DELETE FROM removed_sources WHERE story = @story AND id = @id", transaction))
        {
            forget.Bind("story", _story);
            forget.Bind("id", sourceId);
            if (await forget.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return null;
            }
        }

        await using var read = connection.Command($"SELECT {Columns} FROM sources WHERE story = @story AND id = @id", transaction);
        read.Bind("story", _story);
        read.Bind("id", sourceId);
        var restored = (await ReadSourcesAsync(read, cancellationToken)).SingleOrDefault();
        await transaction.CommitAsync(cancellationToken);
        return restored;
    }

    public async Task<IReadOnlySet<string>> RemovedIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT id FROM removed_sources WHERE story = @story");
        command.Bind("story", _story);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private async Task<IReadOnlyList<StoredSource>> ReadSourcesAsync(DbCommand command, CancellationToken cancellationToken)
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
            sources.Add(new StoredSource(source, ActorColumns.Read(reader, 8), database.Dialect.ReadTime(reader, 12), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return sources;
    }
}
