using System.Text.Json;

namespace Bot.Discord.Tests.Support;

/// <summary>Interactions as Discord sends them (the fields the transport reads, plus a few it ignores).</summary>
public static class DiscordPayloads
{
    public const string GuildId = "300000000000000003";
    public const string ChannelId = "400000000000000004";

    public static object Command(string id, string name, string? argument = null, string permissions = "0", string[]? roles = null, bool inGuild = true) =>
        Interaction(id, 2, new
        {
            id = "500",
            name,
            type = 1,
            options = argument is null ? null : new[] { new { name = "arg", type = 3, value = argument } },
        }, inGuild, permissions, roles);

    /// <summary>A slash command with an ATTACHMENT option, its file described in <c>resolved.attachments</c>.</summary>
    public static object CommandWithAttachment(string id, string name, string fileName, string url, long size, string permissions = "32") =>
        Interaction(id, 2, new
        {
            id = "500",
            name,
            type = 1,
            options = new[] { new { name = "file", type = 11, value = "900" } },
            resolved = new
            {
                attachments = new Dictionary<string, object>
                {
                    ["900"] = new { id = "900", filename = fileName, size, url, proxy_url = url, content_type = "text/markdown; charset=utf-8" },
                },
            },
        }, inGuild: true, permissions, null);

    public static object Autocomplete(string id, string name, string typed) =>
        Interaction(id, 4, new
        {
            id = "500",
            name,
            type = 1,
            options = new[] { new { name = "topic", type = 3, value = typed, focused = true } },
        }, inGuild: true, "0", null);

    public static object Button(string id, string customId) =>
        Interaction(id, 3, new { custom_id = customId, component_type = 2 }, inGuild: true, "0", null);

    public static object Ping() => new { id = "1", application_id = FakeDiscordServer.ApplicationId, type = 1, token = "ping-token", version = 1 };

    public static string Json(object payload) => JsonSerializer.Serialize(payload);

    public static string TokenOf(string id) => $"token-{id}";

    /// <summary>Where the first response to interaction <paramref name="id"/> is posted.</summary>
    public static string CallbackPath(string id) => $"/interactions/{id}/{TokenOf(id)}/callback";

    /// <summary>Where its deferred response is edited and its follow-ups are posted.</summary>
    public static string WebhookPath(string id) => $"/webhooks/{FakeDiscordServer.ApplicationId}/{TokenOf(id)}";

    private static object Interaction(string id, int type, object data, bool inGuild, string permissions, string[]? roles)
    {
        var user = new { id = "600", username = "reader", global_name = "A Reader" };
        return inGuild
            ? new
            {
                id,
                application_id = FakeDiscordServer.ApplicationId,
                type,
                data,
                guild_id = GuildId,
                channel_id = ChannelId,
                member = new { user, nick = (string?)null, permissions, roles = roles ?? [] },
                token = TokenOf(id),
                version = 1,
                app_permissions = "0",
                locale = "en-US",
            }
            : (object)new
            {
                id,
                application_id = FakeDiscordServer.ApplicationId,
                type,
                data,
                channel_id = ChannelId,
                user,
                token = TokenOf(id),
                version = 1,
            };
    }
}
