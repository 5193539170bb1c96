using Bot.Core.Chat;
using Bot.Core.Sources;
using Microsoft.Data.Sqlite;

namespace Bot.Host.Storage.Sqlite;

/// <summary>An <see cref="Actor"/> as four columns (by_platform, by_chat, by_user, by_name), the same in every table.</summary>
internal static class SqliteActor
{
    public static void Add(SqliteCommand command, Actor actor)
    {
        command.Parameters.AddWithValue("$platform", actor.Platform is { } p ? p.ToString() : DBNull.Value);
        command.Parameters.AddWithValue("$chat", actor.ChatId);
        command.Parameters.AddWithValue("$user", actor.UserId);
        command.Parameters.AddWithValue("$name", actor.Name);
    }

    public static Actor Read(SqliteDataReader reader, int first) => new(
        reader.IsDBNull(first) ? null : Enum.Parse<ChatPlatform>(reader.GetString(first)),
        reader.GetString(first + 1),
        reader.GetString(first + 2),
        reader.GetString(first + 3));
}
