namespace Bot.Discord.Client.Json;

internal sealed record GuildMember(DiscordUser? User, string? Nick, string? Permissions, IReadOnlyList<string>? Roles);
