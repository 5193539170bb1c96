using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bot.Core.Chat;
using Bot.Core.Metrics;
using Bot.Discord.Api;
using Bot.Discord.Client.Json;

namespace Bot.Discord.Client.Rest;

/// <summary>
/// Discord's REST API over one HttpClient: authentication, the required User-Agent, rate limits, 429 retries and
/// errors turned into <see cref="DiscordApiException"/>. Logs name route templates only, so neither the bot token
/// (a header) nor an interaction token (a path segment) can reach a log line.
/// </summary>
internal sealed class DiscordRestClient(IHttpClientFactory httpFactory, DiscordRateLimiter limiter, IOptions<DiscordOptions> options, ILogger<DiscordRestClient> logger)
{
    /// <summary>Discord requires <c>DiscordBot ($url, $version)</c>.</summary>
    public const string UserAgent = "DiscordBot (https://github.com/news-briefing-bot/news-briefing-bot, 1.0)";

    /// <summary>How many times a call refused with 429 is retried after the wait Discord asks for.</summary>
    public const int RateLimitRetries = 3;

    /// <summary>The named client from IHttpClientFactory: the factory rotates its handlers, so a singleton may use it.</summary>
    public const string HttpClientName = "Discord";

    public async Task<GatewayBotResponse> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        await SendAsync(DiscordRoute.GatewayBot(), null, DiscordJsonContext.Default.GatewayBotResponse, cancellationToken)
        ?? throw new InvalidDataException("GET /gateway/bot returned no body.");

    public Task CreateMessageAsync(string channelId, DiscordMessage message, OutgoingFile? file, bool retryRateLimits, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoute.CreateMessage(channelId), Serialize(message, DiscordJsonContext.Default.DiscordMessage), DiscordJsonContext.Default.JsonElement, cancellationToken, retryRateLimits, file);

    public Task OverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
    {
        var route = guildId is null ? DiscordRoute.OverwriteGlobalCommands(applicationId) : DiscordRoute.OverwriteGuildCommands(applicationId, guildId);
        return SendAsync(route, Serialize(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand), DiscordJsonContext.Default.JsonElement, cancellationToken);
    }

    public Task RespondAsync(Interaction interaction, byte[] responseJson, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoute.InteractionCallback(interaction.Id, interaction.Token), responseJson, DiscordJsonContext.Default.JsonElement, cancellationToken);

    public Task EditOriginalAsync(string applicationId, string interactionToken, DiscordMessage message, OutgoingFile? file, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoute.EditOriginal(applicationId, interactionToken), Serialize(message, DiscordJsonContext.Default.DiscordMessage), DiscordJsonContext.Default.JsonElement, cancellationToken, file: file);

    public Task DeleteOriginalAsync(string applicationId, string interactionToken, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoute.DeleteOriginal(applicationId, interactionToken), null, DiscordJsonContext.Default.JsonElement, cancellationToken);

    public Task FollowUpAsync(string applicationId, string interactionToken, DiscordMessage message, OutgoingFile? file, CancellationToken cancellationToken) =>
        SendAsync(DiscordRoute.FollowUp(applicationId, interactionToken), Serialize(message, DiscordJsonContext.Default.DiscordMessage), DiscordJsonContext.Default.JsonElement, cancellationToken, file: file);

    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.SerializeToUtf8Bytes(value, type);

    /// <summary>
    /// With a <paramref name="file"/>, the body goes as Discord's multipart form: the JSON as <c>payload_json</c>
    /// (whose <c>attachments</c> name the upload) and the bytes as <c>files[0]</c>.
    /// </summary>
    private async Task<T?> SendAsync<T>(DiscordRoute route, byte[]? body, JsonTypeInfo<T> responseType, CancellationToken cancellationToken, bool retryRateLimits = true, OutgoingFile? file = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            await limiter.WaitAsync(route, cancellationToken);
            using var request = new HttpRequestMessage(route.Method, new Uri(options.Value.ApiBaseUrl.TrimEnd('/') + route.Path));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.Token);
            request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
            if (body is not null)
            {
                var json = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
                request.Content = file is null ? json : new MultipartFormDataContent
                {
                    { json, "payload_json" },
                    { new ByteArrayContent(file.Bytes) { Headers = { ContentType = new MediaTypeHeaderValue(file.ContentType) } }, "files[0]", file.FileName },
                };
            }

            using var response = await httpFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            limiter.Update(route, response.Headers);
            var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);

            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var error = ReadError(content);
                var retryAfter = RetryAfter(error, response.Headers);
                var global = error?.Global == true || response.Headers.Contains("X-RateLimit-Global");
                limiter.OnRateLimited(route, retryAfter, global);
                BotMetrics.PlatformFault(ChatPlatform.Discord, rateLimited: true, retried: retryRateLimits && attempt < RateLimitRetries);
                if (!retryRateLimits || attempt >= RateLimitRetries)
                {
                    throw new DiscordApiException(route.Key, response.StatusCode, error?.Code, error?.Message ?? "You are being rate limited.", retryAfter);
                }

                logger.LogWarning("Discord rate-limited {Route} ({Scope}); retrying in {RetryAfter}", route, global ? "global" : "route", retryAfter);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                var error = ReadError(content);
                throw new DiscordApiException(route.Key, response.StatusCode, error?.Code, error?.Message);
            }

            if (content.Length == 0 || response.StatusCode == HttpStatusCode.NoContent)
            {
                return default;
            }

            return JsonSerializer.Deserialize(content, responseType);
        }
    }

    private static DiscordError? ReadError(byte[] content)
    {
        try
        {
            return content.Length == 0 ? null : JsonSerializer.Deserialize(content, DiscordJsonContext.Default.DiscordError);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static TimeSpan RetryAfter(DiscordError? error, HttpResponseHeaders headers)
    {
        if (error?.RetryAfter is { } seconds && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (headers.TryGetValues("Retry-After", out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var header) && header >= 0)
        {
            return TimeSpan.FromSeconds(header);
        }

        // A 429 with no hint at all: one second is Discord's smallest window.
        return TimeSpan.FromSeconds(1);
    }
}
