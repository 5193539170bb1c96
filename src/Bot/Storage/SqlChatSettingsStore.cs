using Bot.Core.Chat;
using Bot.Core.Reminders;

namespace Bot.Host.Storage;

/// <summary>Reads and writes a chat's zone in the chats table; the active flag there is the chat directory's.</summary>
public sealed class SqlChatSettingsStore(StorageDatabase database, TimeProvider time) : IChatSettingsStore
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
        // One round trip however many chats: only the asked-for ones where the keys bind as two parallel arrays,
        // else all rows at once (one scan of a local file costs less than thousands of lookups).
        await using var command = connection.Command(database.Dialect.BindsArrays
            ? """
              SELECT c.platform, c.chat_id, c.time_zone, c.active
              FROM chats c JOIN unnest(@platforms, @chats) AS wanted (platform, chat_id) USING (platform, chat_id)
              """
            : "SELECT platform, chat_id, time_zone, active FROM chats");
        if (database.Dialect.BindsArrays)
        {
            command.Bind("platforms", chats.Select(c => c.Platform.ToString()).ToArray());
            command.Bind("chats", chats.Select(c => c.ChatId).ToArray());
        }

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
        await using var command = connection.Command("""
            INSERT INTO chats (platform, chat_id, time_zone, active, updated_at) VALUES (@platform, @chat, @zone, true, @at)
            ON CONFLICT (platform, chat_id) DO UPDATE SET time_zone = @zone, updated_at = @at
            """);
        SqlChatDirectory.BindKey(command, chat);
        command.Bind("zone", timeZoneId);
        command.Bind("at", database.Dialect.Time(time.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
