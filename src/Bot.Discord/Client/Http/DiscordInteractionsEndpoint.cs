using System.Text.Json;
using Bot.Core.IO;
using Bot.Discord.Api;
using Bot.Discord.Client.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Discord.Client.Http;

/// <summary>
/// HTTP interactions mode: a minimal Kestrel server, owned by the transport, that takes Discord's POSTs. The
/// signature is checked on the raw bytes before anything is parsed; a bad one gets 401. The first response goes
/// back inline (PONG, autocomplete choices, the answer, or "deferred"); the rest follows over REST.
/// </summary>
internal sealed class DiscordInteractionsEndpoint(
    DiscordWireMapper wire,
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

    public async Task RunAsync(AnswerInteraction onInteraction, CancellationToken stoppingToken)
    {
        var signature = new InteractionSignature(options.Value.PublicKey!);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls(options.Value.InteractionsListenUrl!);
        builder.Services.AddSingleton(loggerFactory);
        await using var app = builder.Build();
        app.Run(context => HandleAsync(context, signature, onInteraction, stoppingToken));

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

    private async Task HandleAsync(HttpContext context, InteractionSignature signature, AnswerInteraction onInteraction, CancellationToken stoppingToken)
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

        var body = await CappedStream.ReadAsync(request.Body, MaxBodyBytes, context.RequestAborted);
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

        if (interaction.Type == InteractionType.Ping)
        {
            await WriteJsonAsync(context, DiscordWireMapper.Pong);
            return;
        }

        var reply = await onInteraction(wire.ToInteraction(interaction), stoppingToken);
        if (reply.Completion is { } completion)
        {
            // Edits and follow-ups need the first response in place: start them once it has been sent.
            context.Response.OnCompleted(() =>
            {
                work.Start($"Completing Discord interaction {interaction.Id}", () => completion(stoppingToken));
                return Task.CompletedTask;
            });
        }

        await WriteJsonAsync(context, DiscordWireMapper.ToJson(reply.First));
    }

    private static async Task WriteJsonAsync(HttpContext context, byte[] json)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(json, context.RequestAborted);
    }
}
