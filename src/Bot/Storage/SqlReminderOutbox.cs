using System.Data;
using System.Data.Common;
using System.Text.Json;
using Bot.Core.Answers;
using Bot.Core.Chat;
using Bot.Core.Reminders;

namespace Bot.Host.Storage;

/// <summary>
/// The outbox table: one row per (delivery id, platform, chat), enforced by a UNIQUE constraint, holding the answer
/// to send and its state (pending, sending, sent, failed). A claim is a lease, taken in one locked statement so two
/// claims at once never take the same row; on a shared database (<see cref="SqlDialect.SharedByInstances"/>) the
/// rows other instances are claiming are skipped, not waited for, and a lease names its holder so that another
/// instance takes it over only once it runs out (the holder died between sending and recording). Rows are never
/// deleted: the table is also the delivery log.
/// </summary>
public sealed class SqlReminderOutbox(StorageDatabase database) : IReminderOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>This process's name on the leases it takes, so it releases only its own (<see cref="ReleaseLeasesAsync"/>).</summary>
    private readonly string _instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Where instances share the database, a lease says whose it is (the column exists only there).</summary>
    private readonly string _holder = database.Dialect.SharedByInstances ? ", leased_by = @instance" : "";

    private readonly string _noHolder = database.Dialect.SharedByInstances ? ", leased_by = NULL" : "";

    public async Task<int> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return 0;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var at = database.Dialect.Time(DateTimeOffset.UtcNow);
        if (database.Dialect.BindsArrays)
        {
            // One statement for the whole broadcast: the rows go as parallel arrays.
            await using var batch = connection.Command("""
                INSERT INTO outbox (delivery_id, platform, chat_id, payload, due_at, created_at)
                SELECT delivery, platform, chat, payload, due, @at FROM unnest(@deliveries, @platforms, @chats, @payloads, @dues) AS m (delivery, platform, chat, payload, due)
                ON CONFLICT (delivery_id, platform, chat_id) DO NOTHING
                """);
            batch.Bind("deliveries", messages.Select(m => m.DeliveryId).ToArray());
            batch.Bind("platforms", messages.Select(m => m.Chat.Platform.ToString()).ToArray());
            batch.Bind("chats", messages.Select(m => m.Chat.ChatId).ToArray());
            batch.Bind("payloads", messages.Select(m => JsonSerializer.Serialize(m.Answer, Json)).ToArray());
            batch.Bind("dues", messages.Select(m => m.DueAt.ToUnixTimeMilliseconds()).ToArray());
            batch.Bind("at", at);
            return await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        // One transaction and one prepared statement, its parameters re-bound per row.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO outbox (delivery_id, platform, chat_id, payload, due_at, created_at)
            VALUES (@delivery, @platform, @chat, @payload, @due, @at)
            ON CONFLICT (delivery_id, platform, chat_id) DO NOTHING
            """, transaction);
        var delivery = command.Bind("delivery", null, DbType.String);
        var platform = command.Bind("platform", null, DbType.String);
        var chat = command.Bind("chat", null, DbType.String);
        var payload = command.Bind("payload", null, DbType.String);
        var due = command.Bind("due", null, DbType.Int64);
        command.Bind("at", at);
        var inserted = 0;
        foreach (var message in messages)
        {
            delivery.Value = message.DeliveryId;
            platform.Value = message.Chat.Platform.ToString();
            chat.Value = message.Chat.ChatId;
            payload.Value = JsonSerializer.Serialize(message.Answer, Json);
            due.Value = message.DueAt.ToUnixTimeMilliseconds();
            inserted += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }

    public async Task<IReadOnlyList<OutboxEntry>> ClaimAsync(ChatPlatform platform, int limit, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Select and lease in one statement of one transaction. SQLite's transaction holds the file's write lock, so two
        // dispatchers never lease the same row. PostgreSQL's SKIP LOCKED passes over rows another instance is claiming
        // right now; a row it has already claimed no longer matches once its lock is gone (the condition is re-checked).
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.Command($"""
            UPDATE outbox SET status = 'sending', leased_until = @until{_holder}
            WHERE id IN (
                SELECT id FROM outbox
                WHERE platform = @platform AND ((status = 'pending' AND due_at <= @now) OR (status = 'sending' AND leased_until <= @now))
                ORDER BY due_at, id LIMIT @limit
                {database.Dialect.SkipLocked})
            RETURNING id, delivery_id, platform, chat_id, payload, attempts
            """, transaction);
        command.Bind("now", now.ToUnixTimeMilliseconds());
        command.Bind("until", (now + lease).ToUnixTimeMilliseconds());
        BindInstance(command);
        command.Bind("limit", limit);
        command.Bind("platform", platform.ToString());
        var claimed = new List<OutboxEntry>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var answer = JsonSerializer.Deserialize<Answer>(reader.GetString(4), Json) ?? Answer.Short("");
                claimed.Add(new OutboxEntry(
                    reader.GetInt64(0),
                    reader.GetString(1),
                    new ChatAddress(Enum.Parse<ChatPlatform>(reader.GetString(2)), reader.GetString(3)),
                    answer,
                    reader.GetInt32(5)));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return [.. claimed.OrderBy(e => e.Id)];
    }

    public Task MarkSentAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) =>
        ExecuteAsync($"UPDATE outbox SET status = 'sent', leased_until = NULL{_noHolder}, finished_at = @at WHERE id = @id", id, cancellationToken, ("at", database.Dialect.Time(at)));

    public Task MarkFailedAsync(long id, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        ExecuteAsync(
            $"UPDATE outbox SET status = 'failed', leased_until = NULL{_noHolder}, finished_at = @at, last_error = @reason WHERE id = @id",
            id,
            cancellationToken,
            ("at", database.Dialect.Time(at)),
            ("reason", reason));

    public Task RetryLaterAsync(long id, DateTimeOffset dueAt, bool failed, string? reason, CancellationToken cancellationToken) =>
        ExecuteAsync(
            $"UPDATE outbox SET status = 'pending', leased_until = NULL{_noHolder}, due_at = @due, attempts = attempts + @failed, last_error = coalesce(@reason, last_error) WHERE id = @id",
            id,
            cancellationToken,
            ("due", dueAt.ToUnixTimeMilliseconds()),
            ("failed", failed ? 1 : 0),
            ("reason", reason));

    /// <summary>
    /// Returns leases to pending, at start. On a database of one process every lease still held is a dead process's;
    /// on a shared one only this instance's are released, since another instance may be sending right now (a lease of
    /// an instance that died comes back when it runs out: the claim takes expired leases).
    /// </summary>
    public async Task<int> ReleaseLeasesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"UPDATE outbox SET status = 'pending', leased_until = NULL{_noHolder} WHERE status = 'sending'{(database.Dialect.SharedByInstances ? " AND leased_by = @instance" : "")}");
        BindInstance(command);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Rows by state, for tests, the command line and diagnostics.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountByStatusAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT status, count(*) FROM outbox GROUP BY status");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = checked((int)reader.GetInt64(1));
        }

        return counts;
    }

    private void BindInstance(DbCommand command)
    {
        if (database.Dialect.SharedByInstances)
        {
            command.Bind("instance", _instance);
        }
    }

    private async Task ExecuteAsync(string sql, long id, CancellationToken cancellationToken, params (string Name, object? Value)[] values)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(sql);
        command.Bind("id", id);
        foreach (var (name, value) in values)
        {
            command.Bind(name, value, value is null ? DbType.String : null);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
