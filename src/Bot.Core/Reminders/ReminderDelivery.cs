using Bot.Core.Metrics;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Reminders;

/// <summary>What happened when a reminder's time came.</summary>
public enum FiringResult
{
    /// <summary>Outbox rows were written for the chats subscribed now (possibly none new, if it had fired before).</summary>
    Queued,
    /// <summary>Queued, marked late: the bot was down at the planned time but it is still within the grace.</summary>
    QueuedLate,
    /// <summary>Past the misfire grace: not sent, logged.</summary>
    TooLate,
    /// <summary>The event or lead time left the knowledge or the configuration since it was planned.</summary>
    Gone,
}

/// <summary>
/// Turns a reminder whose time has come into outbox rows: one per chat subscribed at that moment, in one transaction.
/// What the reminder job calls; it knows nothing of Quartz. New deadlines are <see cref="DeadlineAnnouncer"/>'s.
/// </summary>
public sealed class ReminderDelivery(
    ReminderPlanSource plans,
    IReminderOutbox outbox,
    TimeProvider time,
    ILogger<ReminderDelivery> logger)
{
    /// <summary>
    /// A reminder fired later than this after its time (the bot was down, or busy for long) says so. Below it, the
    /// ordinary delay of a scheduler thread picking the trigger up is not worth a reader's attention.
    /// </summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(1);

    public async Task<FiringResult> FireAsync(string key, DateTimeOffset fireUtc, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var options = plans.Options;
        if (!options.IsWithinMisfireGrace(fireUtc, now))
        {
            logger.LogWarning("Skipped reminder {Key} due {FireUtc:O}: it is {Late} late, past the misfire grace of {Grace}", key, fireUtc, now - fireUtc, options.MisfireGrace);
            BotMetrics.Reminder(BotMetrics.ReminderOutcome.Skipped);
            return FiringResult.TooLate;
        }

        var subject = plans.Find(key);
        if (subject is null)
        {
            logger.LogInformation("Reminder {Key} due {FireUtc:O} no longer matches an event; nothing to send", key, fireUtc);
            return FiringResult.Gone;
        }

        var late = now - fireUtc > LateAfter;
        var deliveryId = new ReminderTrigger(subject, fireUtc, []).Id;
        var recipients = await plans.RecipientsAsync(subject, fireUtc, cancellationToken);
        var messages = recipients.Select(r => new OutboxMessage(
            deliveryId,
            r.Chat,
            late ? ReminderMessage.Build(subject, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(r.TimeZoneId)).DateTime), late: true) : ReminderMessage.Build(r),
            now)).ToList();
        var queued = await outbox.EnqueueAsync(messages, cancellationToken);
        logger.LogInformation("Reminder {DeliveryId}: {Queued} of {Chats} chats queued{Late}", deliveryId, queued, messages.Count, late ? $" (late by {now - fireUtc})" : "");
        if (late)
        {
            BotMetrics.Reminder(BotMetrics.ReminderOutcome.Late, queued);
        }

        return late ? FiringResult.QueuedLate : FiringResult.Queued;
    }
}
