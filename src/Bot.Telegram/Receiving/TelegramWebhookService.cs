using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bot.Telegram.Client;
using Bot.Telegram.Interactions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Telegram.Bot;

namespace Bot.Telegram.Receiving;

/// <summary>
/// Webhook mode: the transport's own small Kestrel listener on <see cref="TelegramOptions.WebhookListenUrl"/>, serving
/// the path of <see cref="TelegramOptions.WebhookUrl"/>. A request without the right secret header gets 401; an
/// update is answered 200 only after it is handled, so a failure (a non-2xx) makes Telegram deliver it again; an update
/// the client cannot read is logged and answered 200, since delivering it again cannot help.
/// setWebhook runs once the listener is up.
/// </summary>
internal sealed class TelegramWebhookService(
    ITelegramBotClient client,
    TelegramStartup startup,
    TelegramCalls calls,
    TelegramUpdateHandler handler,
    TelegramBotProfile profile,
    ITelegramUpdateClaims claims,
    IOptions<TelegramOptions> options,
    TelegramSecrets secrets,
    ILoggerFactory loggerFactory,
    ILogger<TelegramWebhookService> logger) : IHostedService, IAsyncDisposable
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Telegram's updates are small; anything near this is not from Telegram.</summary>
    private const long MaxBodyBytes = 1024 * 1024;

    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private Task _registration = Task.CompletedTask;

    /// <summary>The address the listener is bound to (with the real port when the configured one was 0).</summary>
    public Uri? ListeningAddress { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var path = new Uri(settings.WebhookUrl!).AbsolutePath;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxBodyBytes);
        builder.WebHost.UseUrls(settings.WebhookListenUrl);
        builder.Services.AddSingleton(loggerFactory);
        _app = builder.Build();
        _app.Run(context => ServeAsync(context, path));
        await _app.StartAsync(cancellationToken);
        ListeningAddress = new Uri(_app.Urls.First());
        logger.LogInformation("Telegram webhook listener on {Address}{Path}", ListeningAddress, path);

        _registration = RegisterAsync(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        try
        {
            await _registration.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }

        // The webhook stays set: Telegram keeps updates while we are down and delivers them after the restart.
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
    }

    private async Task RegisterAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (!await startup.IdentifyAsync(cancellationToken))
            {
                return;
            }

            var settings = options.Value;
            await calls.CallAsync("setWebhook", ct => client.SetWebhook(
                url: settings.WebhookUrl!,
                maxConnections: settings.WebhookMaxConnections,
                allowedUpdates: TelegramUpdateHandler.AllowedUpdates,
                dropPendingUpdates: false,
                secretToken: settings.SecretToken,
                cancellationToken: ct), cancellationToken);
            logger.LogInformation("Telegram webhook set");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            logger.LogCritical("Could not set the Telegram webhook: {Error}", secrets.Describe(exception));
        }
    }

    private async Task ServeAsync(HttpContext context, string path)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !string.Equals(context.Request.Path.Value, path, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!SecretMatches(context.Request.Headers[SecretHeader].ToString()))
        {
            logger.LogWarning("Rejected a webhook request from {Remote} with a missing or wrong secret header", context.Connection.RemoteIpAddress);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (!profile.IsKnown)
        {
            // Until getMe has answered, "/cmd@bot" cannot be told apart; Telegram will deliver it again.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        ReceivedUpdate update;
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            update = ReceivedUpdate.Read(body.RootElement);
        }
        catch (Exception exception) when (exception is JsonException or BadHttpRequestException)
        {
            logger.LogWarning("Rejected a malformed webhook update: {Error}", secrets.Describe(exception));
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (update.Id is not { } id || update.Update is null)
        {
            // JSON the client cannot read as an update: Telegram would deliver it again after anything but a 2xx, forever.
            await handler.HandleAsync(update, context.RequestAborted);
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        // Telegram delivers an update again when our 200 was late or lost, perhaps to another instance; the same id is handled once.
        if (!await claims.TryBeginAsync(profile.Id, id, context.RequestAborted))
        {
            logger.LogDebug("Dropped redelivered update {UpdateId}", id);
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        using var handling = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, context.RequestAborted);
        try
        {
            await handler.HandleAsync(update, handling.Token);
        }
        catch
        {
            // Not handled (shutdown): the non-2xx makes Telegram deliver it again, and then it must not be dropped.
            await claims.ForgetAsync(profile.Id, id, CancellationToken.None);
            throw;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private bool SecretMatches(string presented)
    {
        var expected = Encoding.UTF8.GetBytes(options.Value.SecretToken ?? "");
        var actual = Encoding.UTF8.GetBytes(presented);
        // Constant time, so the secret cannot be guessed byte by byte from response times.
        return expected.Length > 0 && CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
