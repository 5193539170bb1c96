using System.Data;
using System.Data.Common;
using Bot.Core.Chat;
using Bot.Core.Sources;

namespace Bot.Host.Storage;

/// <summary>An <see cref="Actor"/> as four columns (by_platform, by_chat, by_user, by_name), the same in every table.</summary>
internal static class ActorColumns
{
    public static void Bind(DbCommand command, Actor actor)
    {
        command.Bind("platform", actor.Platform?.ToString(), DbType.String);
        command.Bind("chat", actor.ChatId);
        command.Bind("user", actor.UserId);
        command.Bind("name", actor.Name);
    }

    public static Actor Read(DbDataReader reader, int first) => new(
        reader.IsDBNull(first) ? null : Enum.Parse<ChatPlatform>(reader.GetString(first)),
        reader.GetString(first + 1),
        reader.GetString(first + 2),
        reader.GetString(first + 3));
}
