using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Discord;

// Discord's wire format as explicit records, so that nothing of it leaks past this project.
// Only the fields the bot reads or writes are declared; unknown fields are ignored.

/// <summary>Every gateway frame: <c>{op, d, s, t}</c>.</summary>
internal sealed record GatewayFrame(int Op, JsonElement D, long? S, string? T);

/// <summary>A frame the bot sends; <typeparamref name="T"/> is the shape of <c>d</c>.</summary>
internal sealed record GatewayCommand<T>(int Op, T D);

internal sealed record IdentifyPayload(string Token, int Intents, IdentifyProperties Properties);

internal sealed record IdentifyProperties(string Os, string Browser, string Device);

internal sealed record ResumePayload(string Token, string SessionId, long? Seq);

internal sealed record HelloPayload(int HeartbeatInterval);

internal sealed record ReadyPayload(string SessionId, string ResumeGatewayUrl, DiscordUser? User);

internal sealed record GatewayBotResponse(string Url, int? Shards, SessionStartLimit? SessionStartLimit);

internal sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);

internal sealed record DiscordUser(string Id, string? Username, string? GlobalName);

internal sealed record GuildMember(DiscordUser? User, string? Nick, string? Permissions, IReadOnlyList<string>? Roles);

internal sealed record Interaction(
    string Id,
    string? ApplicationId,
    int Type,
    InteractionData? Data,
    string? GuildId,
    string? ChannelId,
    GuildMember? Member,
    DiscordUser? User,
    string Token);

internal static class InteractionType
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;
}

internal static class CallbackType
{
    public const int Pong = 1;
    public const int ChannelMessageWithSource = 4;
    public const int DeferredChannelMessageWithSource = 5;
    public const int AutocompleteResult = 8;
}

internal sealed record InteractionData(string? Id, string? Name, IReadOnlyList<InteractionOption>? Options, string? CustomId, int? ComponentType)
{
    /// <summary>Objects an option refers to by id; an ATTACHMENT option's value is a key of <c>attachments</c>.</summary>
    public InteractionResolved? Resolved { get; init; }
}

internal sealed record InteractionResolved(IReadOnlyDictionary<string, DiscordAttachment>? Attachments);

/// <summary>A file a user attached to a slash command; <c>url</c> is on Discord's CDN.</summary>
internal sealed record DiscordAttachment(string Id, string Filename, long? Size, string Url, string? ContentType);

internal sealed record InteractionOption(string Name, int Type, JsonElement? Value, IReadOnlyList<InteractionOption>? Options, bool? Focused);

/// <summary>The body of a channel message, an interaction response's data, a webhook edit or a follow-up.</summary>
internal sealed record DiscordMessage(
    string? Content,
    IReadOnlyList<Embed>? Embeds,
    IReadOnlyList<ActionRow>? Components,
    AllowedMentions? AllowedMentions,
    int? Flags)
{
    public const int EphemeralFlag = 1 << 6;
}

internal sealed record Embed(string? Title, string? Description, string? Url, IReadOnlyList<EmbedField>? Fields, EmbedFooter? Footer);

internal sealed record EmbedField(string Name, string Value, bool Inline = false);

internal sealed record EmbedFooter(string Text);

internal sealed record ActionRow(IReadOnlyList<Button> Components, int Type = 1);

/// <summary>A secondary-style (2) button (component type 2).</summary>
internal sealed record Button(string Label, string CustomId, int Style = 2, int Type = 2);

/// <summary>Answers never ping anyone, whatever a quoted source says.</summary>
internal sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    public static readonly AllowedMentions None = new([]);
}

internal sealed record InteractionResponse(int Type, DiscordMessage? Data);

internal sealed record AutocompleteResponse(int Type, AutocompleteData Data);

internal sealed record AutocompleteData(IReadOnlyList<AutocompleteChoice> Choices);

internal sealed record AutocompleteChoice(string Name, string Value);

internal sealed record ApplicationCommand(
    string Name,
    int Type,
    string Description,
    IReadOnlyList<ApplicationCommandOption>? Options,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? DefaultMemberPermissions);

internal sealed record ApplicationCommandOption(int Type, string Name, string Description, bool Required, bool? Autocomplete, int? MaxLength);

/// <summary>Discord's error body; <c>retry_after</c> and <c>global</c> come with 429.</summary>
internal sealed record DiscordError(int? Code, string? Message, double? RetryAfter, bool? Global);

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
