using System.Text.Json;
using Bot.Discord.Api;
using Bot.Discord.Client.Gateway;
using Bot.Discord.Client.Http;
using Bot.Discord.Client.Json;
using Bot.Discord.Client.Rest;

namespace Bot.Discord.Client;

/// <summary>
/// <see cref="IDiscordInteractionSource"/> over the gateway (the first response sent as a REST callback) or, with
/// <c>Bot:Discord:Mode=Http</c>, the interactions endpoint (the first response inline). Every callback runs as
/// <see cref="DiscordBackgroundWork"/>, drained at shutdown.
/// </summary>
internal sealed class DiscordInteractionSource(
    DiscordGatewayClient gateway,
    DiscordInteractionsEndpoint endpoint,
    DiscordRestClient rest,
    DiscordWireMapper wire,
    DiscordBackgroundWork work,
    TimeProvider time,
    IOptions<DiscordOptions> options,
    ILogger<DiscordInteractionSource> logger) : IDiscordInteractionSource
{
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(5);

    public async Task RunAsync(
        Func<CancellationToken, Task> onReady,
        AnswerInteraction onInteraction,
        CancellationToken cancellationToken)
    {
        try
        {
            if (options.Value.Mode == DiscordMode.Http)
            {
                work.Start("Registering the Discord commands", () => onReady(cancellationToken));
                await endpoint.RunAsync(onInteraction, cancellationToken);
            }
            else
            {
                await gateway.RunAsync((name, data, _) => OnDispatchAsync(name, data, onReady, onInteraction, cancellationToken), cancellationToken);
            }
        }
        finally
        {
            await work.DrainAsync(ShutdownGrace, time);
        }
    }

    private Task OnDispatchAsync(
        string eventName,
        JsonElement data,
        Func<CancellationToken, Task> onReady,
        AnswerInteraction onInteraction,
        CancellationToken stoppingToken)
    {
        switch (eventName)
        {
            case "READY":
                work.Start("Registering the Discord commands", () => onReady(stoppingToken));
                break;
            case "INTERACTION_CREATE":
                var interaction = data.Deserialize(DiscordJsonContext.Default.Interaction);
                if (interaction is not null)
                {
                    work.Start($"Discord interaction {interaction.Id}", () => AnswerAsync(interaction, onInteraction, stoppingToken));
                }

                break;
        }

        return Task.CompletedTask;
    }

    /// <summary>Answers through the callback endpoint, then completes. Never throws but for cancellation.</summary>
    private async Task AnswerAsync(Interaction interaction, AnswerInteraction onInteraction, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await onInteraction(wire.ToInteraction(interaction), cancellationToken);
            await rest.RespondAsync(interaction, DiscordWireMapper.ToJson(reply.First), cancellationToken);
            if (reply.Completion is { } completion)
            {
                await completion(cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Answering Discord interaction {InteractionId} (type {Type}) failed", interaction.Id, interaction.Type);
        }
    }
}
