using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Discord.Client.Json;

/// <summary>Source-generated (de)serialisation of the wire records: snake_case, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(GatewayFrame))]
[JsonSerializable(typeof(GatewayCommand<IdentifyPayload>))]
[JsonSerializable(typeof(GatewayCommand<ResumePayload>))]
[JsonSerializable(typeof(GatewayCommand<long?>))]
[JsonSerializable(typeof(HelloPayload))]
[JsonSerializable(typeof(ReadyPayload))]
[JsonSerializable(typeof(GatewayBotResponse))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(AutocompleteResponse))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(DiscordError))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
