using System.Net.Sockets;
using Telegram.Bot.Exceptions;

namespace Bot.Telegram.Client;

internal enum TelegramFaultKind
{
    /// <summary>429: wait <see cref="TelegramFault.RetryAfter"/>, then retry.</summary>
    RateLimited,
    /// <summary>409: another getUpdates consumer or a webhook holds the updates.</summary>
    Conflict,
    /// <summary>403: blocked by the user, kicked from the group, or not allowed to post.</summary>
    Forbidden,
    /// <summary>400 with migrate_to_chat_id: the group became a supergroup with a new id.</summary>
    ChatMigrated,
    /// <summary>401/404 on every call: the token is wrong or revoked.</summary>
    Unauthorized,
    /// <summary>400 otherwise: our request was wrong; retrying it unchanged cannot help.</summary>
    BadRequest,
    /// <summary>5xx, timeouts, refused or dropped connections: retry with backoff.</summary>
    Transient,
}

/// <summary>What a failed Telegram call means for the caller. The description is Telegram's, never containing our token.</summary>
internal sealed record TelegramFault(TelegramFaultKind Kind, string Description, TimeSpan? RetryAfter = null, long? MigrateToChatId = null)
{
    /// <summary>
    /// Classifies a failure of a call made with <paramref name="callerToken"/>; null when the caller itself was cancelled
    /// (shutdown), which is not a fault. A cancellation the caller did not ask for is a timeout.
    /// </summary>
    public static TelegramFault? Classify(Exception exception, CancellationToken callerToken)
    {
        if (exception is OperationCanceledException && callerToken.IsCancellationRequested)
        {
            return null;
        }

        return exception switch
        {
            ApiRequestException { ErrorCode: 429 } api => new(TelegramFaultKind.RateLimited, api.Message,
                TimeSpan.FromSeconds(Math.Max(1, api.Parameters?.RetryAfter ?? 1))),
            ApiRequestException { ErrorCode: 409 } api => new(TelegramFaultKind.Conflict, api.Message),
            ApiRequestException { ErrorCode: 403 } api => new(TelegramFaultKind.Forbidden, api.Message),
            ApiRequestException { ErrorCode: 400, Parameters.MigrateToChatId: { } to } api => new(TelegramFaultKind.ChatMigrated, api.Message, MigrateToChatId: to),
            ApiRequestException { ErrorCode: 401 or 404 } api => new(TelegramFaultKind.Unauthorized, api.Message),
            ApiRequestException { ErrorCode: >= 400 and < 500 } api => new(TelegramFaultKind.BadRequest, api.Message),
            ApiRequestException api => new(TelegramFaultKind.Transient, $"{api.ErrorCode} {api.Message}"),
            RequestException { HttpStatusCode: { } status } request when (int)status is 401 or 404 => new(TelegramFaultKind.Unauthorized, request.Message),
            RequestException request => new(TelegramFaultKind.Transient, request.Message),
            HttpRequestException or IOException or SocketException or TimeoutException or OperationCanceledException or System.Text.Json.JsonException
                => new(TelegramFaultKind.Transient, exception.Message),
            _ => null,
        };
    }

    /// <summary>
    /// Like <see cref="Classify"/>, but an unexpected exception is treated as transient: used where the loop must go on.
    /// </summary>
    public static TelegramFault? ClassifyOrTransient(Exception exception, CancellationToken callerToken) =>
        exception is OperationCanceledException && callerToken.IsCancellationRequested
            ? null
            : Classify(exception, callerToken) ?? new TelegramFault(TelegramFaultKind.Transient, exception.Message);
}
