using System.Text.Json;
using Bot.Core.Answers;
using Bot.Core.Chat;
using Bot.Core.Reminders;
using Microsoft.Data.Sqlite;

namespace Bot.Host.Storage.Sqlite;

/// <summary>
/// The outbox table: one row per (delivery id, platform, chat), enforced by a UNIQUE constraint, holding the answer
/// to send and its state (pending, sending, sent, failed). Rows are never deleted: the table is also the delivery log.
/// </summary>
public sealed class SqliteReminderOutbox(SqliteDatabase database) : IReminderOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<int> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return 0;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT OR IGNORE INTO outbox (delivery_id, platform, chat_id, payload, due_at, created_at)
            VALUES ($delivery, $platform, $chat, $payload, $due, $at)
            """;
        var delivery = command.Parameters.Add("$delivery", SqliteType.Text);
        var platform = command.Parameters.Add("$platform", SqliteType.Text);
        var chat = command.Parameters.Add("$chat", SqliteType.Text);
        var payload = command.Parameters.Add("$payload", SqliteType.Text);
        var due = command.Parameters.Add("$due", SqliteType.Integer);
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O"));
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
        // BEGIN IMMEDIATE: select and lease under one write lock, so two dispatchers never lease the same row.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE outbox SET status = 'sending', leased_until = $until
            WHERE id IN (
                SELECT id FROM outbox
                WHERE platform = $platform AND ((status = 'pending' AND due_at <= $now) OR (status = 'sending' AND leased_until <= $now))
                ORDER BY due_at, id LIMIT $limit)
            RETURNING id, delivery_id, platform, chat_id, payload, attempts
            """;
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$until", (now + lease).ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$platform", platform.ToString());
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
        ExecuteAsync("UPDATE outbox SET status = 'sent', leased_until = NULL, finished_at = $at WHERE id = $id", id, cancellationToken, ("$at", at.ToString("O")));

    public Task MarkFailedAsync(long id, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE outbox SET status = 'failed', leased_until = NULL, finished_at = $at, last_error = $reason WHERE id = $id", id, cancellationToken, ("$at", at.ToString("O")), ("$reason", reason));

    public Task RetryLaterAsync(long id, DateTimeOffset dueAt, bool failed, string? reason, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE outbox SET status = 'pending', leased_until = NULL, due_at = $due, attempts = attempts + $failed, last_error = coalesce($reason, last_error) WHERE id = $id",
            id,
            cancellationToken,
            ("$due", dueAt.ToUnixTimeMilliseconds()),
            ("$failed", failed ? 1 : 0),
            ("$reason", (object?)reason ?? DBNull.Value));

    public async Task<int> ReleaseLeasesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE outbox SET status = 'pending', leased_until = NULL WHERE status = 'sending'";
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Rows by state, for tests, the command line and diagnostics.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountByStatusAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status, count(*) FROM outbox GROUP BY status";
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }

    private async Task ExecuteAsync(string sql, long id, CancellationToken cancellationToken, params (string Name, object Value)[] values)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
