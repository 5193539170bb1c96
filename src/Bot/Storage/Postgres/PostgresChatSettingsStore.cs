using Bot.Core.Chat;
using Bot.Core.Reminders;
using Npgsql;

namespace Bot.Host.Storage.Postgres;

/// <summary>Reads and writes a chat's zone in the chats table; the active flag there is the chat directory's.</summary>
public sealed class PostgresChatSettingsStore(PostgresDatabase database, TimeProvider time) : IChatSettingsStore
{
    public async Task<ChatSettings> GetAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        (await GetManyAsync([chat], cancellationToken))[0];

    public async Task<IReadOnlyList<ChatSettings>> GetManyAsync(IReadOnlyCollection<ChatAddress> chats, CancellationToken cancellationToken)
    {
        if (chats.Count == 0)
        {
            return [];
        }

        var known = new Dictionary<ChatAddress, ChatSettings>();
        await using var connection = await database.OpenAsync(cancellationToken);
        // Only the asked-for chats, in one round trip: the keys go as two parallel arrays.
        await using var command = new NpgsqlCommand("""
            SELECT c.platform, c.chat_id, c.time_zone, c.active
            FROM chats c JOIN unnest(@platforms, @chats) AS wanted (platform, chat_id) USING (platform, chat_id)
            """, connection);
        command.Parameters.AddWithValue("platforms", chats.Select(c => c.Platform.ToString()).ToArray());
        command.Parameters.AddWithValue("chats", chats.Select(c => c.ChatId).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (Enum.TryParse<ChatPlatform>(reader.GetString(0), out var platform))
            {
                var chat = new ChatAddress(platform, reader.GetString(1));
                known[chat] = new ChatSettings(chat, reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetBoolean(3));
            }
        }

        return [.. chats.Select(c => known.GetValueOrDefault(c) ?? new ChatSettings(c, null, true))];
    }

    public async Task SetTimeZoneAsync(ChatAddress chat, string timeZoneId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            INSERT INTO chats (platform, chat_id, time_zone, active, updated_at) VALUES (@platform, @chat, @zone, true, @at)
            ON CONFLICT (platform, chat_id) DO UPDATE SET time_zone = @zone, updated_at = @at
            """, connection);
        command.Parameters.AddWithValue("platform", chat.Platform.ToString());
        command.Parameters.AddWithValue("chat", chat.ChatId);
        command.Parameters.AddWithValue("zone", timeZoneId);
        command.Parameters.AddWithValue("at", time.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
