namespace Bot.Discord.Client.Json;

/// <summary>The first response to an interaction (a message, a deferral or a PONG; see <see cref="CallbackType"/>).</summary>
internal sealed record InteractionResponse(CallbackType Type, DiscordMessage? Data);
