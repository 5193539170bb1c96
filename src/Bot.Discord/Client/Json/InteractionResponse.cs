namespace Bot.Discord.Client.Json;

// The first response to an interaction: a message, a deferral, a PONG, or autocomplete choices.

internal sealed record InteractionResponse(int Type, DiscordMessage? Data);

internal sealed record AutocompleteResponse(int Type, AutocompleteData Data);

internal sealed record AutocompleteData(IReadOnlyList<AutocompleteChoice> Choices);

internal sealed record AutocompleteChoice(string Name, string Value);

internal static class CallbackType
{
    public const int Pong = 1;
    public const int ChannelMessageWithSource = 4;
    public const int DeferredChannelMessageWithSource = 5;
    public const int AutocompleteResult = 8;
}
