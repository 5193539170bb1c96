using Bot.Telegram;

namespace Bot.Host.Storage.Sqlite;

/// <summary>The telegram_state table: one row per bot account with the last update_id it handled.</summary>
public sealed class SqliteTelegramOffsetStore(SqliteDatabase database, TimeProvider time) : ITelegramOffsetStore
{
    public async Task<long?> GetLastUpdateIdAsync(long botId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT last_update_id FROM telegram_state WHERE bot_id = $bot";
        command.Parameters.AddWithValue("$bot", botId);
        return await command.ExecuteScalarAsync(cancellationToken) is long last ? last : null;
    }

    public async Task SaveLastUpdateIdAsync(long botId, long updateId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Never move backwards: a late writer (a second instance, a replayed webhook) must not re-open handled updates.
        command.CommandText = """
            INSERT INTO telegram_state (bot_id, last_update_id, updated_at) VALUES ($bot, $update, $at)
            ON CONFLICT (bot_id) DO UPDATE SET last_update_id = excluded.last_update_id, updated_at = excluded.updated_at
            WHERE excluded.last_update_id > telegram_state.last_update_id
            """;
        command.Parameters.AddWithValue("$bot", botId);
        command.Parameters.AddWithValue("$update", updateId);
        command.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("O"));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
