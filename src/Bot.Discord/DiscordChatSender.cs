using System.Net;
using Bot.Core.Answers;
using Bot.Core.Chat;
using Bot.Discord.Api;
using Bot.Discord.Rendering;

namespace Bot.Discord;

/// <summary>
/// Posts an unsolicited answer (a reminder) to a Discord channel. A 429 is returned to the caller rather than
/// waited out, so the reminder dispatcher can pace every chat; a channel the bot can no longer reach is marked
/// inactive in the <see cref="IChatDirectory"/>.
/// </summary>
internal sealed class DiscordChatSender(IDiscordApi api, IChatDirectory directory, ILogger<DiscordChatSender> logger) : IChatSender
{
    public ChatPlatform Platform => ChatPlatform.Discord;

    /// <summary>Discord's global 50 requests per second and its per-route buckets are kept by the REST client's <see cref="Rest.DiscordRateLimiter"/>, for every request.</summary>
    public SendLimits Limits => SendLimits.PacedByTransport;

    public async Task<DeliveryOutcome> SendAsync(ChatAddress chat, Answer answer, CancellationToken cancellationToken)
    {
        if (chat.Platform != ChatPlatform.Discord)
        {
            throw new ArgumentException($"{chat} is not a Discord chat.", nameof(chat));
        }

        try
        {
            foreach (var message in DiscordMessageRenderer.Render(answer))
            {
                await api.SendToChannelAsync(chat.ChatId, message, waitOutRateLimits: false, cancellationToken);
            }

            return DeliveryOutcome.Sent;
        }
        catch (DiscordApiException exception) when (exception.Status == HttpStatusCode.TooManyRequests)
        {
            return new DeliveryOutcome(DeliveryStatus.RateLimited, exception.RetryAfter, exception.Message);
        }
        catch (DiscordApiException exception) when (exception.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            logger.LogWarning("Discord channel {Chat} is no longer reachable: {Reason}", chat, exception.Message);
            await directory.MarkInactiveAsync(chat, exception.DiscordMessage ?? exception.Status.ToString(), cancellationToken);
            return new DeliveryOutcome(DeliveryStatus.ChatUnavailable, Detail: exception.Message);
        }
        catch (DiscordApiException exception) when ((int)exception.Status >= 500)
        {
            return new DeliveryOutcome(DeliveryStatus.TransientFailure, Detail: exception.Message);
        }
        catch (DiscordApiException exception) when (exception.Status == HttpStatusCode.BadRequest)
        {
            // 400 (often 50035, Invalid Form Body): Discord will not take this payload, however often it is sent.
            logger.LogError("Discord refused a message to {Chat}: {Reason}", chat, exception.Message);
            return new DeliveryOutcome(DeliveryStatus.Rejected, Detail: exception.Message);
        }
        catch (DiscordApiException exception)
        {
            // Another refusal (401, 405, ...) is about the bot or the request path, not this chat: it may go through later.
            logger.LogError("Discord refused a message to {Chat}: {Reason}", chat, exception.Message);
            return new DeliveryOutcome(DeliveryStatus.TransientFailure, Detail: exception.Message);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // HttpClient reports its own timeout as a TaskCanceledException.
            return new DeliveryOutcome(DeliveryStatus.TransientFailure, Detail: exception.GetType().Name);
        }
    }
}
