namespace Bot.Discord.Client.Json;

/// <summary>The first response's type: a message, a deferral, a PONG, or autocomplete choices.</summary>
internal static class CallbackType
{
    public const int Pong = 1;
    public const int ChannelMessageWithSource = 4;
    public const int DeferredChannelMessageWithSource = 5;
    public const int AutocompleteResult = 8;
}
