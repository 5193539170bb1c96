using System.Data.Common;
using Bot.Core.Chat;

namespace Bot.Host.Storage;

/// <summary>The chats table: which chats the bot serves, their settings, and whether it may still post there.</summary>
public sealed class SqlChatDirectory(StorageDatabase database, TimeProvider time) : IChatDirectory
{
    public async Task RecordActiveAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO chats (platform, chat_id, active, inactive_reason, updated_at) VALUES (@platform, @chat, true, NULL, @at)
            ON CONFLICT (platform, chat_id) DO UPDATE SET active = true, inactive_reason = NULL, updated_at = @at
            WHERE NOT chats.active
            """);
        BindKey(command, chat);
        command.Bind("at", Now());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MarkInactiveAsync(ChatAddress chat, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO chats (platform, chat_id, active, inactive_reason, updated_at) VALUES (@platform, @chat, false, @reason, @at)
            ON CONFLICT (platform, chat_id) DO UPDATE SET active = false, inactive_reason = @reason, updated_at = @at
            """);
        BindKey(command, chat);
        command.Bind("reason", reason);
        command.Bind("at", Now());
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
        var at = Now();

        // The new id inherits the old row's settings (time zone, later subscriptions); the old id is retired.
        await using (var copy = connection.Command("""
            INSERT INTO chats (platform, chat_id, time_zone, active, inactive_reason, updated_at)
            SELECT platform, @to, time_zone, true, NULL, @at FROM chats WHERE platform = @platform AND chat_id = @chat
            ON CONFLICT (platform, chat_id) DO UPDATE SET
                time_zone = coalesce(chats.time_zone, excluded.time_zone), active = true, inactive_reason = NULL, updated_at = @at
            """, transaction))
        {
            BindKey(copy, from);
            copy.Bind("to", to.ChatId);
            copy.Bind("at", at);
            if (await copy.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                await using var insert = connection.Command("""
                    INSERT INTO chats (platform, chat_id, active, updated_at) VALUES (@platform, @chat, true, @at)
                    ON CONFLICT (platform, chat_id) DO UPDATE SET active = true, inactive_reason = NULL, updated_at = @at
                    """, transaction);
                BindKey(insert, to);
                insert.Bind("at", at);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (var retire = connection.Command(
            "UPDATE chats SET active = false, inactive_reason = @reason, updated_at = @at WHERE platform = @platform AND chat_id = @chat", transaction))
        {
            BindKey(retire, from);
            retire.Bind("reason", $"moved to {to.ChatId}");
            retire.Bind("at", at);
            await retire.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>One chat's row, or null if the bot never heard of it. For tests and diagnostics.</summary>
    public async Task<ChatRecord?> FindAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT time_zone, active, inactive_reason FROM chats WHERE platform = @platform AND chat_id = @chat");
        BindKey(command, chat);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new ChatRecord(chat, reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetBoolean(1), reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    internal static void BindKey(DbCommand command, ChatAddress chat)
    {
        command.Bind("platform", chat.Platform.ToString());
        command.Bind("chat", chat.ChatId);
    }

    private object Now() => database.Dialect.Time(time.GetUtcNow());
}
