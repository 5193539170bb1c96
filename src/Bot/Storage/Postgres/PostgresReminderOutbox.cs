using System.Text.Json;
using Bot.Core.Answers;
using Bot.Core.Chat;
using Bot.Core.Reminders;
using Npgsql;
using NpgsqlTypes;

namespace Bot.Host.Storage.Postgres;

/// <summary>
/// The outbox table, shared by every instance of the bot: one row per (delivery id, platform, chat), enforced by a
/// UNIQUE constraint. Instances claim rows with <c>FOR UPDATE SKIP LOCKED</c>, so two claims at once never take the
/// same row and neither waits for the other; a claim is a lease that another instance may take over once it runs out
/// (the holder died between sending and recording). Rows are never deleted: the table is also the delivery log.
/// </summary>
public sealed class PostgresReminderOutbox(PostgresDatabase database) : IReminderOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>This process's name on the leases it takes, so it releases only its own (<see cref="ReleaseLeasesAsync"/>).</summary>
    private readonly string _instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public async Task<int> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return 0;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        // One statement for the whole broadcast: the rows go as parallel arrays.
        await using var command = new NpgsqlCommand("""
            INSERT INTO outbox (delivery_id, platform, chat_id, payload, due_at, created_at)
            SELECT delivery, platform, chat, payload, due, now() FROM unnest(@deliveries, @platforms, @chats, @payloads, @dues) AS m (delivery, platform, chat, payload, due)
            ON CONFLICT (delivery_id, platform, chat_id) DO NOTHING
            """, connection);
        command.Parameters.AddWithValue("deliveries", messages.Select(m => m.DeliveryId).ToArray());
        command.Parameters.AddWithValue("platforms", messages.Select(m => m.Chat.Platform.ToString()).ToArray());
        command.Parameters.AddWithValue("chats", messages.Select(m => m.Chat.ChatId).ToArray());
        command.Parameters.AddWithValue("payloads", messages.Select(m => JsonSerializer.Serialize(m.Answer, Json)).ToArray());
        command.Parameters.AddWithValue("dues", messages.Select(m => m.DueAt.ToUnixTimeMilliseconds()).ToArray());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxEntry>> ClaimAsync(ChatPlatform platform, int limit, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // SKIP LOCKED: rows another instance is claiming right now are passed over, not waited for; a row it has
        // already claimed no longer matches once its lock is gone (PostgreSQL re-checks the condition on the new row).
        await using var command = new NpgsqlCommand("""
            UPDATE outbox SET status = 'sending', leased_until = @until, leased_by = @instance
            WHERE id IN (
                SELECT id FROM outbox
                WHERE platform = @platform AND ((status = 'pending' AND due_at <= @now) OR (status = 'sending' AND leased_until <= @now))
                ORDER BY due_at, id LIMIT @limit
                FOR UPDATE SKIP LOCKED)
            RETURNING id, delivery_id, platform, chat_id, payload, attempts
            """, connection);
        command.Parameters.AddWithValue("now", now.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("until", (now + lease).ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("instance", _instance);
        command.Parameters.AddWithValue("limit", limit);
        command.Parameters.AddWithValue("platform", platform.ToString());
        var claimed = new List<OutboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
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

        return [.. claimed.OrderBy(e => e.Id)];
    }

    public Task MarkSentAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE outbox SET status = 'sent', leased_until = NULL, leased_by = NULL, finished_at = @at WHERE id = @id", id, cancellationToken, new NpgsqlParameter("at", at.ToUniversalTime()));

    public Task MarkFailedAsync(long id, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE outbox SET status = 'failed', leased_until = NULL, leased_by = NULL, finished_at = @at, last_error = @reason WHERE id = @id",
            id,
            cancellationToken,
            new NpgsqlParameter("at", at.ToUniversalTime()),
            new NpgsqlParameter("reason", reason));

    public Task RetryLaterAsync(long id, DateTimeOffset dueAt, bool failed, string? reason, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE outbox SET status = 'pending', leased_until = NULL, leased_by = NULL, due_at = @due, attempts = attempts + @failed, last_error = coalesce(@reason, last_error) WHERE id = @id",
            id,
            cancellationToken,
            new NpgsqlParameter("due", dueAt.ToUnixTimeMilliseconds()),
            new NpgsqlParameter("failed", failed ? 1 : 0),
            new NpgsqlParameter("reason", NpgsqlDbType.Text) { Value = (object?)reason ?? DBNull.Value });

    /// <summary>
    /// Returns this instance's leases to pending. Other instances' leases are theirs: they may be sending right now.
    /// A lease of an instance that died comes back when it runs out (the claim takes expired leases).
    /// </summary>
    public async Task<int> ReleaseLeasesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("UPDATE outbox SET status = 'pending', leased_until = NULL, leased_by = NULL WHERE status = 'sending' AND leased_by = @instance", connection);
        command.Parameters.AddWithValue("instance", _instance);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Rows by state, for tests and diagnostics.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountByStatusAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT status, count(*)::integer FROM outbox GROUP BY status", connection);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }

    private async Task ExecuteAsync(string sql, long id, CancellationToken cancellationToken, params NpgsqlParameter[] values)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddRange(values);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
