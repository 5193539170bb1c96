using Bot.Core.Chat;
using Bot.Core.Reminders;
using Npgsql;

namespace Bot.Host.Storage.Postgres;

/// <summary>The subscriptions table. "Every deadline" is stored as an empty topic, so the primary key forbids repeats.</summary>
public sealed class PostgresSubscriptionStore(PostgresDatabase database, TimeProvider time) : ISubscriptionStore
{
    private const string Insert = """
        INSERT INTO subscriptions (platform, chat_id, topic_slug, created_at) VALUES (@platform, @chat, @topic, @at)
        ON CONFLICT DO NOTHING
        """;

    public async Task<bool> SubscribeAsync(ReminderSubscription subscription, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Insert, connection);
        Bind(command, subscription);
        command.Parameters.AddWithValue("at", time.GetUtcNow());
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<int> SubscribeAllAsync(IReadOnlyCollection<ReminderSubscription> subscriptions, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var at = time.GetUtcNow();
        var added = 0;
        foreach (var subscription in subscriptions)
        {
            await using var command = new NpgsqlCommand(Insert, connection, transaction);
            Bind(command, subscription);
            command.Parameters.AddWithValue("at", at);
            added += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    public async Task<bool> UnsubscribeAsync(ReminderSubscription subscription, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM subscriptions WHERE platform = @platform AND chat_id = @chat AND topic_slug = @topic", connection);
        Bind(command, subscription);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public Task<IReadOnlyList<ReminderSubscription>> ListAsync(CancellationToken cancellationToken) => QueryAsync(null, cancellationToken);

    public Task<IReadOnlyList<ReminderSubscription>> ListAsync(ChatAddress chat, CancellationToken cancellationToken) => QueryAsync(chat, cancellationToken);

    private async Task<IReadOnlyList<ReminderSubscription>> QueryAsync(ChatAddress? chat, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // COLLATE "C": byte order, as SQLite sorts, whatever the database's locale.
        await using var command = new NpgsqlCommand(chat is null
            ? """SELECT platform, chat_id, topic_slug FROM subscriptions ORDER BY platform COLLATE "C", chat_id COLLATE "C", topic_slug COLLATE "C" """
            : """SELECT platform, chat_id, topic_slug FROM subscriptions WHERE platform = @platform AND chat_id = @chat ORDER BY topic_slug COLLATE "C" """, connection);
        if (chat is not null)
        {
            command.Parameters.AddWithValue("platform", chat.Platform.ToString());
            command.Parameters.AddWithValue("chat", chat.ChatId);
        }

        var result = new List<ReminderSubscription>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (Enum.TryParse<ChatPlatform>(reader.GetString(0), out var platform))
            {
                var topic = reader.GetString(2);
                result.Add(new ReminderSubscription(new ChatAddress(platform, reader.GetString(1)), topic.Length == 0 ? null : topic));
            }
        }

        return result;
    }

    private static void Bind(NpgsqlCommand command, ReminderSubscription subscription)
    {
        command.Parameters.AddWithValue("platform", subscription.Chat.Platform.ToString());
        command.Parameters.AddWithValue("chat", subscription.Chat.ChatId);
        command.Parameters.AddWithValue("topic", subscription.TopicSlug ?? "");
    }
}
