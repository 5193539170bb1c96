using System.Text.Json;

namespace Bot.Discord.Client.Json;

// Discord's wire format as explicit records, so that nothing of it leaks past Client/.
// Only the fields the bot reads or writes are declared; unknown fields are ignored.

/// <summary>Every gateway frame: <c>{op, d, s, t}</c>.</summary>
internal sealed record GatewayFrame(int Op, JsonElement D, long? S, string? T);

/// <summary>A frame the bot sends; <typeparamref name="T"/> is the shape of <c>d</c>.</summary>
internal sealed record GatewayCommand<T>(int Op, T D);
