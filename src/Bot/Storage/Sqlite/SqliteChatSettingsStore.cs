using Bot.Core.Chat;
using Bot.Core.Reminders;

namespace Bot.Host.Storage.Sqlite;

/// <summary>Reads and writes a chat's zone in the chats table; the active flag there is the chat directory's.</summary>
public sealed class SqliteChatSettingsStore(SqliteDatabase database, TimeProvider time) : IChatSettingsStore
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
        await using var command = connection.CreateCommand();
        // All rows at once: thousands of chats cost one scan, not thousands of round trips.
        command.CommandText = "SELECT platform, chat_id, time_zone, active FROM chats";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (Enum.TryParse<ChatPlatform>(reader.GetString(0), out var platform))
            {
                var chat = new ChatAddress(platform, reader.GetString(1));
                known[chat] = new ChatSettings(chat, reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt64(3) != 0);
            }
        }

        return [.. chats.Select(c => known.GetValueOrDefault(c) ?? new ChatSettings(c, null, true))];
    }

    public async Task SetTimeZoneAsync(ChatAddress chat, string timeZoneId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO chats (platform, chat_id, time_zone, active, updated_at) VALUES ($platform, $chat, $zone, 1, $at)
            ON CONFLICT (platform, chat_id) DO UPDATE SET time_zone = $zone, updated_at = $at
            """;
        command.Parameters.AddWithValue("$platform", chat.Platform.ToString());
        command.Parameters.AddWithValue("$chat", chat.ChatId);
        command.Parameters.AddWithValue("$zone", timeZoneId);
        command.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("O"));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
