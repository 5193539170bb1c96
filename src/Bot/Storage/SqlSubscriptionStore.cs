using System.Data.Common;
using Bot.Core.Chat;
using Bot.Core.Reminders;

namespace Bot.Host.Storage;

/// <summary>The subscriptions table. "Every deadline" is stored as an empty topic, so the primary key forbids repeats.</summary>
public sealed class SqlSubscriptionStore(StorageDatabase database, TimeProvider time) : ISubscriptionStore
{
    private const string Insert = """
        INSERT INTO subscriptions (platform, chat_id, topic_slug, created_at) VALUES (@platform, @chat, @topic, @at)
        ON CONFLICT DO NOTHING
        """;

    public async Task<bool> SubscribeAsync(ReminderSubscription subscription, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(Insert);
        Bind(command, subscription);
        command.Bind("at", database.Dialect.Time(time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<int> SubscribeAllAsync(IReadOnlyCollection<ReminderSubscription> subscriptions, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.Command(Insert, transaction);
        var at = database.Dialect.Time(time.GetUtcNow());
        var added = 0;
        foreach (var subscription in subscriptions)
        {
            command.Parameters.Clear();
            Bind(command, subscription);
            command.Bind("at", at);
            added += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    public async Task<bool> UnsubscribeAsync(ReminderSubscription subscription, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM subscriptions WHERE platform = @platform AND chat_id = @chat AND topic_slug = @topic");
        Bind(command, subscription);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public Task<IReadOnlyList<ReminderSubscription>> ListAsync(CancellationToken cancellationToken) => QueryAsync(null, cancellationToken);

    public Task<IReadOnlyList<ReminderSubscription>> ListAsync(ChatAddress chat, CancellationToken cancellationToken) => QueryAsync(chat, cancellationToken);

    private async Task<IReadOnlyList<ReminderSubscription>> QueryAsync(ChatAddress? chat, CancellationToken cancellationToken)
    {
        var ordinal = database.Dialect.Ordinal;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(chat is null
            ? $"SELECT platform, chat_id, topic_slug FROM subscriptions ORDER BY platform {ordinal}, chat_id {ordinal}, topic_slug {ordinal}"
            : $"SELECT platform, chat_id, topic_slug FROM subscriptions WHERE platform = @platform AND chat_id = @chat ORDER BY topic_slug {ordinal}");
        if (chat is not null)
        {
            SqlChatDirectory.BindKey(command, chat);
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

    private static void Bind(DbCommand command, ReminderSubscription subscription)
    {
        SqlChatDirectory.BindKey(command, subscription.Chat);
        command.Bind("topic", subscription.TopicSlug ?? "");
    }
}
