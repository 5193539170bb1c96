using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Interactions;

/// <summary>
/// HTTP interactions mode: a minimal Kestrel server, owned by the transport, that takes Discord's POSTs. The
/// signature is checked on the raw bytes before anything is parsed; a bad one gets 401. The first response goes
/// back inline (PONG, autocomplete choices, the answer, or "deferred"); the rest follows over REST.
/// </summary>
internal sealed class DiscordInteractionsEndpoint(
    DiscordInteractionHandler handler,
    DiscordBackgroundWork work,
    IOptions<DiscordOptions> options,
    ILoggerFactory loggerFactory,
    ILogger<DiscordInteractionsEndpoint> logger)
{
    /// <summary>Interactions are small; anything larger is not from Discord.</summary>
    public const int MaxBodyBytes = 1 << 20;

    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The bound address, port included (tests listen on port 0).</summary>
    public Task<Uri> Listening => _listening.Task;

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var signature = new InteractionSignature(options.Value.PublicKey!);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls(options.Value.InteractionsListenUrl!);
        builder.Services.AddSingleton(loggerFactory);
        await using var app = builder.Build();
        app.Run(context => HandleAsync(context, signature, stoppingToken));

        try
        {
            await app.StartAsync(stoppingToken);
        }
        catch (Exception exception)
        {
            _listening.TrySetException(exception);
            throw;
        }

        var address = new Uri(app.Urls.First());
        logger.LogInformation("Discord interactions endpoint listening on {Address}", address);
        _listening.TrySetResult(address);
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }

        await app.StopAsync(CancellationToken.None);
    }

    private async Task HandleAsync(HttpContext context, InteractionSignature signature, CancellationToken stoppingToken)
    {
        // Any path: the portal's Interactions Endpoint URL decides it, and the signature is what guards the door.
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var body = await ReadBodyAsync(request, context.RequestAborted);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        if (!signature.IsValid(request.Headers["X-Signature-Ed25519"], request.Headers["X-Signature-Timestamp"], body))
        {
            logger.LogWarning("Refused a Discord interaction request with a missing or invalid signature");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("invalid request signature", context.RequestAborted);
            return;
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException)
        {
            interaction = null;
        }

        if (interaction is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var reply = await handler.BeginAsync(interaction, stoppingToken);
        if (reply.Completion is { } completion)
        {
            // Edits and follow-ups need the first response in place: start them once it has been sent.
            context.Response.OnCompleted(() =>
            {
                work.Start($"Completing Discord interaction {interaction.Id}", () => completion(stoppingToken));
                return Task.CompletedTask;
            });
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(reply.InitialResponse, context.RequestAborted);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
