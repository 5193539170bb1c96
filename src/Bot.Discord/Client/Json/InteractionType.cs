namespace Bot.Discord.Client.Json;

/// <summary>What an interaction is, as Discord numbers it; a type the bot does not know keeps its number.</summary>
internal enum InteractionType
{
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    Autocomplete = 4,
}
