using System.Net;

namespace Bot.Discord.Api;

/// <summary>
/// Discord refused a REST call. The message names the route template (never the path, which may carry an
/// interaction token) and Discord's own <c>{code, message}</c>.
/// </summary>
internal sealed class DiscordApiException(string route, HttpStatusCode status, int? code, string? discordMessage, TimeSpan? retryAfter = null)
    : Exception($"Discord {route} failed: {(int)status} {discordMessage ?? status.ToString()}{(code is { } c ? $" (code {c})" : "")}")
{
    public HttpStatusCode Status => status;

    /// <summary>Discord's JSON error code, e.g. 10003 Unknown Channel, 50001 Missing Access.</summary>
    public int? Code => code;

    public string? DiscordMessage => discordMessage;

    /// <summary>Set when the call was refused with 429 and retries were exhausted or not allowed.</summary>
    public TimeSpan? RetryAfter => retryAfter;
}
