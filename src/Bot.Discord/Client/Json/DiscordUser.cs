namespace Bot.Discord.Client.Json;

/// <summary>Who sent an interaction; in a server, <see cref="GuildMember"/> adds their nick, permissions and roles.</summary>
internal sealed record DiscordUser(string Id, string? Username, string? GlobalName);
