namespace Bot.Discord.Api;

internal enum DiscordInteractionKind
{
    SlashCommand,
    Button,
    Autocomplete,
    /// <summary>A kind the bot does not handle (a modal, a future type).</summary>
    Other,
}
