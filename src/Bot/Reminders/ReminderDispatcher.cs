using Bot.Core.Chat;
using Bot.Core.Cluster;
using Bot.Core.Metrics;
using Bot.Core.Reminders;
using Bot.Core.Retries;

namespace Bot.Host.Reminders;

/// <summary>
/// Sends the outbox: one loop per platform with a sender, each claiming due rows, pacing them within that platform's
/// limits, sending, and recording the outcome. A row is marked sent only after the platform accepted it, so a crash
/// between the two repeats at most the one message in flight; a row is never lost, because until it is recorded its
/// lease runs out and it is claimed again. In a cluster only the instance leading <see cref="LeadershipRoles.ReminderDelivery"/>
/// sends, so each platform's per-bot limits are paced in one process; another takes over when it dies.
/// </summary>
public sealed class ReminderDispatcher(
    IEnumerable<IChatSender> senders,
    IReminderOutbox outbox,
    IOptions<DeliveryOptions> options,
    ILeadership leadership,
    TimeProvider time,
    ILogger<ReminderDispatcher> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        leadership.RunWhileLeadingAsync(LeadershipRoles.ReminderDelivery, DispatchWhileLeadingAsync, stoppingToken);

    /// <summary>Sends until <paramref name="stoppingToken"/> (the host's stop, or the end of this instance's leadership).</summary>
    private async Task DispatchWhileLeadingAsync(CancellationToken stoppingToken)
    {
        var released = await outbox.ReleaseLeasesAsync(stoppingToken);
        if (released > 0)
        {
            logger.LogWarning("Released {Count} outbox rows leased by a dispatcher that stopped without recording them; they will be sent now", released);
        }

        var loops = senders
            .GroupBy(s => s.Platform)
            .Select(g => RunAsync(g.First(), stoppingToken))
            .ToList();
        await Task.WhenAll(loops);
    }

    private async Task RunAsync(IChatSender sender, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var pacer = new SendPacer(time, sender.Limits);
        if (leadership.IsShared && sender.Limits.MessagesPerSecond > 0)
        {
            // A new term in a cluster: the previous leader's sends of the last second still count against the bot's
            // per-second limit, and this pacer has not seen them, so the first send waits out that window.
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = await outbox.ClaimAsync(sender.Platform, settings.BatchSize, time.GetUtcNow(), settings.Lease, stoppingToken);
                if (batch.Count == 0)
                {
                    await Task.Delay(settings.PollInterval, time, stoppingToken);
                    continue;
                }

                var unavailable = new HashSet<ChatAddress>();
                for (var index = 0; index < batch.Count; index++)
                {
                    if (stoppingToken.IsCancellationRequested)
                    {
                        // Leased but not sent: back to pending, so a restart sends them at once rather than after the lease.
                        foreach (var left in batch.Skip(index))
                        {
                            await outbox.RetryLaterAsync(left.Id, time.GetUtcNow(), failed: false, reason: null, CancellationToken.None);
                        }

                        return;
                    }

                    await DeliverAsync(sender, pacer, batch[index], unavailable, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The store hiccuped (a locked file, a full disk): leased rows come back when their lease ends.
                logger.LogError(exception, "The {Platform} reminder dispatcher failed; retrying", sender.Platform);
                await Task.Delay(settings.PollInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task DeliverAsync(IChatSender sender, SendPacer pacer, OutboxEntry entry, HashSet<ChatAddress> unavailable, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (unavailable.Contains(entry.Chat))
        {
            await outbox.MarkFailedAsync(entry.Id, "chat unavailable", time.GetUtcNow(), CancellationToken.None);
            return;
        }

        // A chat that had a message a moment ago waits its turn without holding up every other chat.
        var chatWait = pacer.ChatWait(entry.Chat);
        if (chatWait > TimeSpan.Zero)
        {
            await outbox.RetryLaterAsync(entry.Id, time.GetUtcNow() + chatWait, failed: false, reason: null, CancellationToken.None);
            return;
        }

        var wait = pacer.OverallWait();
        while (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, stoppingToken);
            wait = pacer.OverallWait();
        }

        // Once started, a send is finished and recorded even if the host is stopping: that is what keeps a stop from
        // turning into a repeated message. It is still bounded by the send timeout.
        DeliveryOutcome outcome;
        using (var timeout = new CancellationTokenSource(settings.SendTimeout, time))
        {
            try
            {
                outcome = await sender.SendAsync(entry.Chat, entry.Answer, timeout.Token);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || timeout.IsCancellationRequested)
            {
                outcome = new DeliveryOutcome(DeliveryStatus.TransientFailure, Detail: exception.GetType().Name);
            }
        }

        pacer.Record(entry.Chat);
        var now = time.GetUtcNow();
        switch (outcome.Status)
        {
            case DeliveryStatus.Sent:
                await outbox.MarkSentAsync(entry.Id, now, CancellationToken.None);
                BotMetrics.Reminder(BotMetrics.ReminderOutcome.Sent);
                break;
            case DeliveryStatus.RateLimited:
                var retryAfter = outcome.RetryAfter ?? TimeSpan.FromSeconds(1);
                logger.LogWarning("{Platform} asked to slow down; pausing every {Platform} message for {RetryAfter}", sender.Platform, sender.Platform, retryAfter);
                pacer.Pause(retryAfter);
                BotMetrics.Retried(sender.Platform);
                await outbox.RetryLaterAsync(entry.Id, now + retryAfter, failed: false, outcome.Detail, CancellationToken.None);
                break;
            case DeliveryStatus.ChatUnavailable:
                logger.LogInformation("{Chat} is unavailable ({Detail}); skipping it", entry.Chat, outcome.Detail);
                unavailable.Add(entry.Chat);
                await outbox.MarkFailedAsync(entry.Id, "chat unavailable: " + outcome.Detail, now, CancellationToken.None);
                break;
            case DeliveryStatus.Rejected:
                logger.LogError("{Platform} refused message {DeliveryId} to {Chat} for good: {Detail}", sender.Platform, entry.DeliveryId, entry.Chat, outcome.Detail);
                await outbox.MarkFailedAsync(entry.Id, "rejected: " + outcome.Detail, now, CancellationToken.None);
                BotMetrics.Reminder(BotMetrics.ReminderOutcome.Rejected);
                break;
            default:
                var attempt = entry.Attempts + 1;
                if (attempt >= settings.MaxAttempts)
                {
                    logger.LogError("Giving up message {DeliveryId} to {Chat} after {Attempts} attempts: {Detail}", entry.DeliveryId, entry.Chat, attempt, outcome.Detail);
                    await outbox.MarkFailedAsync(entry.Id, $"gave up after {attempt} attempts: {outcome.Detail}", now, CancellationToken.None);
                }
                else
                {
                    var delay = new Backoff(settings.RetryInitialDelay, settings.RetryMaximumDelay).Delay(attempt);
                    logger.LogWarning("Message {DeliveryId} to {Chat} failed ({Detail}); attempt {Next} of {Max} in {Delay}", entry.DeliveryId, entry.Chat, outcome.Detail, attempt + 1, settings.MaxAttempts, delay);
                    await outbox.RetryLaterAsync(entry.Id, now + delay, failed: true, outcome.Detail, CancellationToken.None);
                    BotMetrics.Retried(sender.Platform);
                }

                break;
        }
    }
}
