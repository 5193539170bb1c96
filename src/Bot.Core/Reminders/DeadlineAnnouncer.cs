using Bot.Core.Knowledge;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Reminders;

/// <summary>
/// Tells the subscribed chats of a deadline a new source brought or moved (<see cref="DeadlineNotice"/>), once per chat:
/// a notice of its own class, apart from the planned reminders, whose path runs plan, trigger, firing.
/// </summary>
public sealed class DeadlineAnnouncer(
    ReminderPlanSource plans,
    KnowledgeBase knowledge,
    IReminderOutbox outbox,
    TimeProvider time,
    ILogger<DeadlineAnnouncer> logger)
{
    /// <summary>Queues a notice of each new deadline still ahead to the chats whose subscriptions cover it.</summary>
    public async Task<int> AnnounceAsync(IEnumerable<TimelineEvent> deadlines, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var messages = new List<OutboxMessage>();
        var snapshot = knowledge.Current;
        foreach (var e in deadlines.Where(d => DeadlineNotice.IsNews(d, snapshot)))
        {
            foreach (var (chat, zone) in await plans.CoveringAsync(e, cancellationToken))
            {
                var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
                if (e.Due >= today)
                {
                    messages.Add(new OutboxMessage(DeadlineNotice.IdOf(e), chat, DeadlineNotice.Build(e, snapshot), now));
                }
            }
        }

        var queued = await outbox.EnqueueAsync(messages, cancellationToken);
        if (queued > 0)
        {
            logger.LogInformation("Queued {Count} new-deadline notices", queued);
        }

        return queued;
    }
}
