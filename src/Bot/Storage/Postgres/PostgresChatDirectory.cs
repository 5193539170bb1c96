using Bot.Core.Chat;
using Npgsql;

namespace Bot.Host.Storage.Postgres;

/// <summary>The chats table: which chats the bot serves, their settings, and whether it may still post there.</summary>
public sealed class PostgresChatDirectory(PostgresDatabase database, TimeProvider time) : IChatDirectory
{
    public async Task RecordActiveAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            INSERT INTO chats (platform, chat_id, active, inactive_reason, updated_at) VALUES (@platform, @chat, true, NULL, @at)
            ON CONFLICT (platform, chat_id) DO UPDATE SET active = true, inactive_reason = NULL, updated_at = @at
            WHERE NOT chats.active
            """, connection);
        AddKey(command, chat);
        command.Parameters.AddWithValue("at", time.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MarkInactiveAsync(ChatAddress chat, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            INSERT INTO chats (platform, chat_id, active, inactive_reason, updated_at) VALUES (@platform, @chat, false, @reason, @at)
            ON CONFLICT (platform, chat_id) DO UPDATE SET active = false, inactive_reason = @reason, updated_at = @at
            """, connection);
        AddKey(command, chat);
        command.Parameters.AddWithValue("reason", reason);
        command.Parameters.AddWithValue("at", time.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MoveAsync(ChatAddress from, ChatAddress to, CancellationToken cancellationToken)
    {
        if (from.Platform != to.Platform)
        {
            throw new ArgumentException($"A chat cannot move between platforms ({from} to {to}).", nameof(to));
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var at = time.GetUtcNow();

        // The new id inherits the old row's settings (time zone, later subscriptions); the old id is retired.
        await using (var copy = new NpgsqlCommand("""
            INSERT INTO chats (platform, chat_id, time_zone, active, inactive_reason, updated_at)
            SELECT platform, @to, time_zone, true, NULL, @at FROM chats WHERE platform = @platform AND chat_id = @chat
            ON CONFLICT (platform, chat_id) DO UPDATE SET
                time_zone = coalesce(chats.time_zone, excluded.time_zone), active = true, inactive_reason = NULL, updated_at = @at
            """, connection, transaction))
        {
            AddKey(copy, from);
            copy.Parameters.AddWithValue("to", to.ChatId);
            copy.Parameters.AddWithValue("at", at);
            if (await copy.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                await using var insert = new NpgsqlCommand("""
                    INSERT INTO chats (platform, chat_id, active, updated_at) VALUES (@platform, @chat, true, @at)
                    ON CONFLICT (platform, chat_id) DO UPDATE SET active = true, inactive_reason = NULL, updated_at = @at
                    """, connection, transaction);
                AddKey(insert, to);
                insert.Parameters.AddWithValue("at", at);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (var retire = new NpgsqlCommand(
            "UPDATE chats SET active = false, inactive_reason = @reason, updated_at = @at WHERE platform = @platform AND chat_id = @chat", connection, transaction))
        {
            AddKey(retire, from);
            retire.Parameters.AddWithValue("reason", $"moved to {to.ChatId}");
            retire.Parameters.AddWithValue("at", at);
            await retire.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>One chat's row, or null if the bot never heard of it. For tests and diagnostics.</summary>
    public async Task<ChatRecord?> FindAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT time_zone, active, inactive_reason FROM chats WHERE platform = @platform AND chat_id = @chat", connection);
        AddKey(command, chat);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new ChatRecord(chat, reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetBoolean(1), reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    private static void AddKey(NpgsqlCommand command, ChatAddress chat)
    {
        command.Parameters.AddWithValue("platform", chat.Platform.ToString());
        command.Parameters.AddWithValue("chat", chat.ChatId);
    }
}
