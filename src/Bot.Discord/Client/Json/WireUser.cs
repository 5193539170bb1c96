namespace Bot.Discord.Client.Json;

// Who sent an interaction: the user, and in a server their membership (nick, permissions, roles).

internal sealed record DiscordUser(string Id, string? Username, string? GlobalName);

internal sealed record GuildMember(DiscordUser? User, string? Nick, string? Permissions, IReadOnlyList<string>? Roles);
