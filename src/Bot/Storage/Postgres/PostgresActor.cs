using Bot.Core.Chat;
using Bot.Core.Sources;
using Npgsql;

namespace Bot.Host.Storage.Postgres;

/// <summary>An <see cref="Actor"/> as four columns (by_platform, by_chat, by_user, by_name), the same in every table.</summary>
internal static class PostgresActor
{
    public static void Add(NpgsqlCommand command, Actor actor)
    {
        command.Parameters.AddWithValue("platform", actor.Platform is { } p ? p.ToString() : DBNull.Value);
        command.Parameters.AddWithValue("chat", actor.ChatId);
        command.Parameters.AddWithValue("user", actor.UserId);
        command.Parameters.AddWithValue("name", actor.Name);
    }

    public static Actor Read(NpgsqlDataReader reader, int first) => new(
        reader.IsDBNull(first) ? null : Enum.Parse<ChatPlatform>(reader.GetString(first)),
        reader.GetString(first + 1),
        reader.GetString(first + 2),
        reader.GetString(first + 3));

    /// <summary>timestamptz takes UTC only; the instant is what is kept, as on SQLite where the offset is text.</summary>
    public static DateTimeOffset Utc(DateTimeOffset at) => at.ToUniversalTime();

    public static DateTimeOffset? ReadTime(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);
}
