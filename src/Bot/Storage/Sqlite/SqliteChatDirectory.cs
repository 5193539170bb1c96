using Bot.Core.Chat;

namespace Bot.Host.Storage.Sqlite;

/// <summary>The chats table: which chats the bot serves, their settings, and whether it may still post there.</summary>
public sealed class SqliteChatDirectory(SqliteDatabase database, TimeProvider time) : IChatDirectory
{
    public async Task RecordActiveAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO chats (platform, chat_id, active, inactive_reason, updated_at) VALUES ($platform, $chat, 1, NULL, $at)
            ON CONFLICT (platform, chat_id) DO UPDATE SET active = 1, inactive_reason = NULL, updated_at = $at
            WHERE chats.active = 0
            """;
        AddKey(command, chat);
        command.Parameters.AddWithValue("$at", Now());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MarkInactiveAsync(ChatAddress chat, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO chats (platform, chat_id, active, inactive_reason, updated_at) VALUES ($platform, $chat, 0, $reason, $at)
            ON CONFLICT (platform, chat_id) DO UPDATE SET active = 0, inactive_reason = $reason, updated_at = $at
            """;
        AddKey(command, chat);
        command.Parameters.AddWithValue("$reason", reason);
        command.Parameters.AddWithValue("$at", Now());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MoveAsync(ChatAddress from, ChatAddress to, CancellationToken cancellationToken)
    {
        if (from.Platform != to.Platform)
        {
            throw new ArgumentException($"A chat cannot move between platforms ({from} to {to}).", nameof(to));
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var at = Now();

        // The new id inherits the old row's settings (time zone, later subscriptions); the old id is retired.
        await using (var copy = connection.CreateCommand())
        {
            copy.Transaction = transaction;
            copy.CommandText = """
                INSERT INTO chats (platform, chat_id, time_zone, active, inactive_reason, updated_at)
                SELECT platform, $to, time_zone, 1, NULL, $at FROM chats WHERE platform = $platform AND chat_id = $chat
                ON CONFLICT (platform, chat_id) DO UPDATE SET
                    time_zone = coalesce(chats.time_zone, excluded.time_zone), active = 1, inactive_reason = NULL, updated_at = $at
                """;
            AddKey(copy, from);
            copy.Parameters.AddWithValue("$to", to.ChatId);
            copy.Parameters.AddWithValue("$at", at);
            if (await copy.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = """
                    INSERT INTO chats (platform, chat_id, active, updated_at) VALUES ($platform, $chat, 1, $at)
                    ON CONFLICT (platform, chat_id) DO UPDATE SET active = 1, inactive_reason = NULL, updated_at = $at
                    """;
                AddKey(insert, to);
                insert.Parameters.AddWithValue("$at", at);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (var retire = connection.CreateCommand())
        {
            retire.Transaction = transaction;
            retire.CommandText = "UPDATE chats SET active = 0, inactive_reason = $reason, updated_at = $at WHERE platform = $platform AND chat_id = $chat";
            AddKey(retire, from);
            retire.Parameters.AddWithValue("$reason", $"moved to {to.ChatId}");
            retire.Parameters.AddWithValue("$at", at);
            await retire.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>One chat's row, or null if the bot never heard of it. For tests and diagnostics.</summary>
    public async Task<ChatRecord?> FindAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT time_zone, active, inactive_reason FROM chats WHERE platform = $platform AND chat_id = $chat";
        AddKey(command, chat);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new ChatRecord(chat, reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1) != 0, reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    private static void AddKey(Microsoft.Data.Sqlite.SqliteCommand command, ChatAddress chat)
    {
        command.Parameters.AddWithValue("$platform", chat.Platform.ToString());
        command.Parameters.AddWithValue("$chat", chat.ChatId);
    }

    private string Now() => time.GetUtcNow().ToString("O");
}
