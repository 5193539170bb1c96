using System.Numerics;
using Bot.Core.Chat;
using Bot.Discord.Api;

namespace Bot.Discord.Interactions;

/// <summary>
/// The moderator check for one interaction. Discord sends the member's permissions and roles with every
/// interaction, so no API call is needed: Manage Server or Administrator, or a role from
/// <see cref="DiscordOptions.ModeratorRoleIds"/>. In a DM the user is the chat's only member and moderates it, as a
/// Telegram user moderates their private chat: the settings they change there (subscriptions, time zone) are their own.
/// </summary>
internal sealed class InteractionModeratorCheck(InteractionMember? member, IReadOnlyCollection<string> moderatorRoleIds) : IModeratorCheck
{
    public const ulong Administrator = 1 << 3;
    public const ulong ManageGuild = 1 << 5;

    public ValueTask<bool> IsModeratorAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        if (member is null)
        {
            // Discord sends `member` for every interaction in a server; without it this is a DM (or a malformed
            // interaction claiming to be in a server, which gets no rights).
            return ValueTask.FromResult(!message.IsGroup);
        }

        var allowed = (member.Permissions & (Administrator | ManageGuild)) != BigInteger.Zero
            || member.Roles.Any(moderatorRoleIds.Contains);
        return ValueTask.FromResult(allowed);
    }
}
