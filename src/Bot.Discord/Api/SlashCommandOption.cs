namespace Bot.Discord.Api;

/// <summary>A text option (with topic autocomplete and a length cap) or a file option.</summary>
internal sealed record SlashCommandOption(SlashOptionKind Kind, string Name, string Description, bool Required)
{
    public bool Autocomplete { get; init; }

    public int? MaxLength { get; init; }
}
