namespace Bot.Core.Reminders;

/// <summary>
/// The reminder triggers a scheduler holds, by <see cref="ReminderTrigger.Id"/>: all the re-planning needs of it.
/// Quartz implements it in the host, on the storage provider's job store, so its triggers survive restarts.
/// </summary>
public interface IReminderTriggers
{
    Task<IReadOnlyCollection<string>> ScheduledIdsAsync(CancellationToken cancellationToken);

    Task ScheduleAsync(IReadOnlyCollection<ReminderTrigger> triggers, CancellationToken cancellationToken);

    Task UnscheduleAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);
}
