namespace Bot.Discord.Api;

/// <summary>A slash command as published to Discord; <see cref="ModeratorsOnly"/> hides it from members without Manage Server.</summary>
internal sealed record SlashCommand(string Name, string Description, IReadOnlyList<SlashCommandOption> Options, bool ModeratorsOnly);
