using Bot.Telegram;
using Npgsql;

namespace Bot.Host.Storage.Postgres;

/// <summary>The telegram_state table: one row per bot account with the last update_id it handled.</summary>
public sealed class PostgresTelegramOffsetStore(PostgresDatabase database, TimeProvider time) : ITelegramOffsetStore
{
    public async Task<long?> GetLastUpdateIdAsync(long botId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT last_update_id FROM telegram_state WHERE bot_id = @bot", connection);
        command.Parameters.AddWithValue("bot", botId);
        return await command.ExecuteScalarAsync(cancellationToken) is long last ? last : null;
    }

    public async Task SaveLastUpdateIdAsync(long botId, long updateId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Never move backwards: a late writer (another instance, a replayed webhook) must not re-open handled updates.
        await using var command = new NpgsqlCommand("""
            INSERT INTO telegram_state (bot_id, last_update_id, updated_at) VALUES (@bot, @update, @at)
            ON CONFLICT (bot_id) DO UPDATE SET last_update_id = excluded.last_update_id, updated_at = excluded.updated_at
            WHERE excluded.last_update_id > telegram_state.last_update_id
            """, connection);
        command.Parameters.AddWithValue("bot", botId);
        command.Parameters.AddWithValue("update", updateId);
        command.Parameters.AddWithValue("at", time.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
