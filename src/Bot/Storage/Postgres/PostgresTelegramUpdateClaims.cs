using Bot.Telegram;

namespace Bot.Host.Storage.Postgres;

/// <summary>
/// The telegram_updates_seen table (PostgreSQL only, since one SQLite process keeps its claims in memory): a webhook
/// update is taken by the first instance to insert its id, so a redelivery that the load balancer sends to another
/// instance is dropped there. Ids older than Telegram keeps an update (a day) are pruned now and then.
/// </summary>
public sealed class PostgresTelegramUpdateClaims(StorageDatabase database) : ITelegramUpdateClaims
{
    private const int PruneEvery = 1000;

    private int _claims;

    public async Task<bool> TryBeginAsync(long botId, long updateId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (Interlocked.Increment(ref _claims) % PruneEvery == 0)
        {
            await using var prune = connection.Command("DELETE FROM telegram_updates_seen WHERE seen_at < now() - interval '2 days'");
            await prune.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = connection.Command("""
            INSERT INTO telegram_updates_seen (bot_id, update_id, seen_at) VALUES (@bot, @update, now())
            ON CONFLICT (bot_id, update_id) DO NOTHING
            """);
        command.Bind("bot", botId);
        command.Bind("update", updateId);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task ForgetAsync(long botId, long updateId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM telegram_updates_seen WHERE bot_id = @bot AND update_id = @update");
        command.Bind("bot", botId);
        command.Bind("update", updateId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
