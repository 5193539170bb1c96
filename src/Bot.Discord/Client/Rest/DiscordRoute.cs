namespace Bot.Discord.Client.Rest;

/// <summary>
/// One REST call: its method, its path, and the key Discord's rate limits are counted by. The key is the route
/// template plus its top-level resource (channel, guild, webhook, interaction), because Discord keeps separate
/// buckets per resource. <see cref="Template"/> is also what logs show: a path may hold an interaction token.
/// </summary>
internal sealed record DiscordRoute(HttpMethod Method, string Template, string MajorParameter, string Path, bool Global)
{
    public string Key => $"{Method.Method} {Template}";

    public override string ToString() => Key;

    public static DiscordRoute GatewayBot() => new(HttpMethod.Get, "/gateway/bot", "", "/gateway/bot", Global: true);

    public static DiscordRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, "/channels/{channel_id}/messages", channelId, $"/channels/{Escape(channelId)}/messages", Global: true);

    public static DiscordRoute OverwriteGlobalCommands(string applicationId) =>
        new(HttpMethod.Put, "/applications/{application_id}/commands", applicationId, $"/applications/{Escape(applicationId)}/commands", Global: true);

    public static DiscordRoute OverwriteGuildCommands(string applicationId, string guildId) =>
        new(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands", guildId,
            $"/applications/{Escape(applicationId)}/guilds/{Escape(guildId)}/commands", Global: true);

    // Interaction responses and their webhooks are not under the global limit (PROTOCOLS.md).
    public static DiscordRoute InteractionCallback(string interactionId, string token) =>
        new(HttpMethod.Post, "/interactions/{interaction_id}/{token}/callback", interactionId,
            $"/interactions/{Escape(interactionId)}/{Escape(token)}/callback", Global: false);

    public static DiscordRoute EditOriginal(string applicationId, string token) => Original(HttpMethod.Patch, applicationId, token);

    public static DiscordRoute DeleteOriginal(string applicationId, string token) => Original(HttpMethod.Delete, applicationId, token);

    public static DiscordRoute FollowUp(string applicationId, string token) =>
        new(HttpMethod.Post, "/webhooks/{application_id}/{token}", token, $"/webhooks/{Escape(applicationId)}/{Escape(token)}", Global: false);

    /// <summary>The interaction's original response, edited or deleted through the same webhook route and bucket.</summary>
    private static DiscordRoute Original(HttpMethod method, string applicationId, string token) =>
        new(method, "/webhooks/{application_id}/{token}/messages/@original", token,
            $"/webhooks/{Escape(applicationId)}/{Escape(token)}/messages/@original", Global: false);

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
