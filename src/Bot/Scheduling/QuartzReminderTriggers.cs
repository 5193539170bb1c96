using Bot.Core.Reminders;
using Quartz;

namespace Bot.Host.Scheduling;

/// <summary>The reminder triggers in Quartz's store: the group <see cref="BotSchedules.RemindersGroup"/>, one trigger per id.</summary>
internal sealed class QuartzReminderTriggers(ISchedulerFactory schedulers) : IReminderTriggers
{
    public async Task<IReadOnlyCollection<string>> ScheduledIdsAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var keys = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(BotSchedules.RemindersGroup), cancellationToken);
        return [.. keys.Select(k => k.Name)];
    }

    public async Task ScheduleAsync(IReadOnlyCollection<ReminderTrigger> triggers, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var trigger in triggers)
        {
            await scheduler.ScheduleJob(BotSchedules.ReminderTrigger(trigger), cancellationToken: cancellationToken);
        }
    }

    public async Task UnscheduleAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.UnscheduleJobs([.. ids.Select(BotSchedules.ReminderTriggerKey)], cancellationToken);
    }
}
