namespace Bot.Discord.Client.Json;

/// <summary>The first response's type, as Discord numbers it: a PONG, a message, a deferral, or autocomplete choices.</summary>
internal enum CallbackType
{
    Pong = 1,
    ChannelMessageWithSource = 4,
    DeferredChannelMessageWithSource = 5,
    AutocompleteResult = 8,
}
