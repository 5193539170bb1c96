namespace Bot.Core.Reminders;

/// <summary>
/// What to do to the scheduled reminder triggers so that they equal the plan: schedule the planned ones missing,
/// unschedule the ones no longer planned, leave the rest alone. A scheduled trigger whose instant has passed is left
/// to fire (late) rather than removed as "no longer planned": the plan only holds what is still ahead.
/// </summary>
public sealed record ReminderTriggerChanges(IReadOnlyList<ReminderTrigger> ToSchedule, IReadOnlyList<string> ToUnschedule, int Kept)
{
    /// <param name="planned">The plan's triggers.</param>
    /// <param name="scheduled">The ids (<see cref="ReminderTrigger.Id"/>) of the triggers the scheduler holds.</param>
    /// <param name="now">What "has passed" is measured against.</param>
    public static ReminderTriggerChanges Between(IReadOnlyList<ReminderTrigger> planned, IReadOnlyCollection<string> scheduled, DateTimeOffset now)
    {
        var wanted = planned.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var existing = scheduled.ToHashSet(StringComparer.Ordinal);
        var toSchedule = planned.Where(t => !existing.Contains(t.Id)).ToList();
        var toUnschedule = existing
            .Where(id => !wanted.Contains(id) && (ReminderTrigger.FireUtcOf(id) is not { } fire || fire >= now))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new ReminderTriggerChanges(toSchedule, toUnschedule, planned.Count - toSchedule.Count);
    }
}
