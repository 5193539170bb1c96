namespace Bot.Discord.Api;

/// <summary>A slash command as published to Discord; <see cref="ModeratorsOnly"/> hides it from members without Manage Server.</summary>
internal sealed record SlashCommand(string Name, string Description, IReadOnlyList<SlashCommandOption> Options, bool ModeratorsOnly);

/// <summary>A text option (with topic autocomplete and a length cap) or a file option.</summary>
internal sealed record SlashCommandOption(SlashOptionKind Kind, string Name, string Description, bool Required)
{
    public bool Autocomplete { get; init; }

    public int? MaxLength { get; init; }
}

internal enum SlashOptionKind
{
    Text,
    File,
}
