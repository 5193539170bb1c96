using Bot.Core.Cluster;
using Bot.Core.Retries;
using Bot.Telegram.Client;
using Bot.Telegram.Interactions;
using Microsoft.Extensions.Hosting;
using Telegram.Bot;

namespace Bot.Telegram.Receiving;

/// <summary>
/// Long polling with our own getUpdates loop, not the library's receiver: the library moves the offset past an
/// update before it is handled and retries a failed poll at once. Here the offset is stored after each update is
/// handled and polling resumes from the stored offset, so a restart loses nothing and repeats nothing; failures
/// back off, and nothing but shutdown ends the loop. Updates are read one by one, so one the client cannot read is
/// logged and passed over instead of failing its batch forever. In a cluster only the instance that leads the token's
/// poller role polls (<see cref="ILeadership"/>); a new leader resumes from the stored offset, so the hand-over repeats
/// at most the update the old leader was handling when it died.
/// </summary>
internal sealed class TelegramPollingService(
    ITelegramBotClient client,
    TelegramStartup startup,
    TelegramCalls calls,
    TelegramUpdateHandler handler,
    TelegramBotProfile profile,
    ITelegramOffsetStore offsets,
    ILeadership leadership,
    IOptions<TelegramOptions> options,
    TelegramSecrets secrets,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    /// <summary>Cancelled only when the host's shutdown grace period runs out, so stopping finishes the update in hand.</summary>
    private readonly CancellationTokenSource _abandon = new();

    /// <summary>The last update handled, or null before the first; for tests and diagnostics.</summary>
    public long? LastUpdateId { get; private set; }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await using var registration = cancellationToken.Register(_abandon.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _abandon.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting; the first calls may wait on the network.
        await Task.Yield();
        try
        {
            await PollAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // Logged here, redacted, rather than by the host, which would print the raw exception.
            logger.LogCritical("Telegram polling stopped unexpectedly: {Error}", secrets.Describe(exception));
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        if (!await startup.IdentifyAsync(stoppingToken))
        {
            return;
        }

        await leadership.RunWhileLeadingAsync(LeadershipRoles.TelegramPoller(profile.Id), PollWhileLeadingAsync, stoppingToken);
    }

    /// <summary>Polls until <paramref name="stoppingToken"/> (the host's stop, or the end of this instance's leadership).</summary>
    private async Task PollWhileLeadingAsync(CancellationToken stoppingToken)
    {
        // getUpdates answers 409 while a webhook is set; pending updates are kept.
        await calls.CallAsync("deleteWebhook", ct => client.DeleteWebhook(dropPendingUpdates: false, cancellationToken: ct), stoppingToken);
        LastUpdateId = await calls.CallAsync("read the stored offset", ct => offsets.GetLastUpdateIdAsync(profile.Id, ct), stoppingToken);
        logger.LogInformation("Polling Telegram from update {Offset}", LastUpdateId is { } last ? last + 1 : "the oldest pending");

        var settings = options.Value;
        var backoff = calls.Backoff;
        while (!stoppingToken.IsCancellationRequested)
        {
            var poll = await calls.RunAsync(
                ct => client.SendRequest(
                    new GetRawUpdatesRequest
                    {
                        Offset = LastUpdateId is { } handled ? checked((int)(handled + 1)) : null,
                        Limit = settings.PollLimit,
                        Timeout = settings.PollTimeoutSeconds,
                        AllowedUpdates = TelegramUpdateHandler.AllowedUpdates,
                    },
                    ct),
                (fault, failures) => ValueTask.FromResult(DelayAfter(fault, failures, backoff)),
                TimeSpan.FromSeconds(settings.PollTimeoutSeconds) + settings.RequestTimeout,
                stoppingToken);
            if (poll.Value is not { } updates)
            {
                return;
            }

            foreach (var json in updates)
            {
                var update = ReceivedUpdate.Read(json);
                if (update.Id is not { } id)
                {
                    // Nothing to confirm it by; the next update's id confirms it with the rest.
                    await handler.HandleAsync(update, _abandon.Token);
                    continue;
                }

                if (LastUpdateId is { } done && id <= done)
                {
                    // Already handled before a restart; Telegram resends what was never confirmed.
                    continue;
                }

                // An update the client cannot read is logged and confirmed like any other, so it is never fetched again.
                await handler.HandleAsync(update, _abandon.Token);
                await SaveAsync(id);
                if (stoppingToken.IsCancellationRequested)
                {
                    // Stop between updates: the rest of the batch is fetched again after the restart.
                    return;
                }
            }
        }
    }

    /// <summary>How long to wait after a failed poll, or null to stop polling for good.</summary>
    private TimeSpan? DelayAfter(TelegramFault fault, int failures, Backoff backoff)
    {
        switch (fault.Kind)
        {
            case TelegramFaultKind.RateLimited:
                logger.LogWarning("Telegram asked the poller to slow down; waiting {RetryAfter}", fault.RetryAfter);
                return fault.RetryAfter;
            case TelegramFaultKind.Conflict:
                var conflictDelay = backoff.Delay(failures);
                logger.LogError(
                    "Telegram answered 409 Conflict to getUpdates ({Error}): another process is polling with this bot token, or a webhook is set. " +
                    "Stop the other instance (Telegram allows one poller per token), or run every instance with Bot:Telegram:Mode=Webhook. Retrying in {Delay}.",
                    secrets.Redact(fault.Description), conflictDelay);
                return conflictDelay;
            case TelegramFaultKind.Unauthorized:
                logger.LogCritical("Telegram refused the bot token while polling ({Error}). Check Bot__Telegram__Token; polling stops.", secrets.Redact(fault.Description));
                return null;
            default:
                var delay = backoff.Delay(failures);
                logger.LogWarning("Polling Telegram failed ({Kind}: {Error}); retry {Failures} in {Delay}", fault.Kind, secrets.Redact(fault.Description), failures, delay);
                return delay;
        }
    }

    private async Task SaveAsync(long updateId)
    {
        LastUpdateId = updateId;
        try
        {
            await offsets.SaveLastUpdateIdAsync(profile.Id, updateId, _abandon.Token);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Polling goes on from memory; only a restart before the next successful save would repeat this update.
            logger.LogError("Could not store Telegram offset {UpdateId}: {Error}", updateId, secrets.Describe(exception));
        }
    }
}
