using Bot.Telegram;

namespace Bot.Host.Storage;

/// <summary>The telegram_state table: one row per bot account with the last update_id it handled.</summary>
public sealed class SqlTelegramOffsetStore(StorageDatabase database, TimeProvider time) : ITelegramOffsetStore
{
    public async Task<long?> GetLastUpdateIdAsync(long botId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT last_update_id FROM telegram_state WHERE bot_id = @bot");
        command.Bind("bot", botId);
        return await command.ExecuteScalarAsync(cancellationToken) is long last ? last : null;
    }

    public async Task SaveLastUpdateIdAsync(long botId, long updateId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Never move backwards: a late writer (another instance, a replayed webhook) must not re-open handled updates.
        await using var command = connection.Command("""
            INSERT INTO telegram_state (bot_id, last_update_id, updated_at) VALUES (@bot, @update, @at)
            ON CONFLICT (bot_id) DO UPDATE SET last_update_id = excluded.last_update_id, updated_at = excluded.updated_at
            WHERE excluded.last_update_id > telegram_state.last_update_id
            """);
        command.Bind("bot", botId);
        command.Bind("update", updateId);
        command.Bind("at", database.Dialect.Time(time.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
