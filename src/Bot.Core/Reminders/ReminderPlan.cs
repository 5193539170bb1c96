using System.Globalization;
using Bot.Core.Chat;
using Bot.Core.Knowledge;

namespace Bot.Core.Reminders;

/// <summary>
/// One reminder of one event at one lead time, the same for every chat. <see cref="Key"/> depends only on where the
/// event was said and what date it names, so it survives re-planning and is what deliveries are recorded against.
/// </summary>
public sealed record ReminderSubject(string Key, TimelineEvent Event, TimeSpan Lead)
{
    /// <summary>The day the reminder counts down to: a deadline's last day, otherwise the period's first.</summary>
    public DateOnly DueDay => Event.Due;
}

/// <summary>One chat's reminder: what, and when in UTC and in the chat's own zone (for /reminders).</summary>
public sealed record PlannedReminder(ChatAddress Chat, ReminderSubject Subject, DateTimeOffset FireUtc, DateTimeOffset FireLocal, string TimeZoneId)
{
    public string Key => Subject.Key;
}

/// <summary>
/// Every chat that gets one reminder at one instant: a scheduler creates one trigger per <see cref="Id"/> and fans
/// out to <see cref="Chats"/>. Chats in different zones get the same reminder at different instants, so one
/// <see cref="ReminderSubject.Key"/> can have several triggers.
/// </summary>
public sealed record ReminderTrigger(ReminderSubject Subject, DateTimeOffset FireUtc, IReadOnlyList<ChatAddress> Chats)
{
    public string Key => Subject.Key;

    private const string InstantFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>The key and the instant, e.g. "3f2a9c0d41b7e855@20260104T090000Z": stable, and safe as a job or trigger name.</summary>
    public string Id => $"{Key}@{FireUtc.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture)}";

    /// <summary>The instant a trigger id names ("key@20260104T090000Z"), or null for a name of another shape.</summary>
    public static DateTimeOffset? FireUtcOf(string id)
    {
        var at = id.LastIndexOf('@');
        return at >= 0 && DateTimeOffset.TryParseExact(id[(at + 1)..], InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var fire)
            ? fire
            : null;
    }
}

/// <summary>
/// The reminders still to come, per chat (<see cref="Entries"/>, in firing order) and grouped into triggers
/// (<see cref="Triggers"/>, in firing order). Built by <see cref="ReminderPlanner.Plan"/>.
/// </summary>
public sealed class ReminderPlan
{
    public static readonly ReminderPlan Empty = new([]);

    internal ReminderPlan(IEnumerable<PlannedReminder> entries)
    {
        Entries = [.. entries.OrderBy(e => e.FireUtc).ThenBy(e => e.Chat.Platform).ThenBy(e => e.Chat.ChatId, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal)];
        Triggers =
        [
            .. Entries
                .GroupBy(e => (e.Key, e.FireUtc))
                .Select(g => new ReminderTrigger(g.First().Subject, g.Key.FireUtc, [.. g.Select(e => e.Chat)]))
                .OrderBy(t => t.FireUtc)
                .ThenBy(t => t.Key, StringComparer.Ordinal),
        ];
    }

    public IReadOnlyList<PlannedReminder> Entries { get; }

    public IReadOnlyList<ReminderTrigger> Triggers { get; }

    /// <summary>Every reminder key in the plan, whatever chat or instant.</summary>
    public IReadOnlySet<string> Keys => Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>One chat's upcoming reminders, soonest first.</summary>
    public IReadOnlyList<PlannedReminder> ForChat(ChatAddress chat) => [.. Entries.Where(e => e.Chat == chat)];

    /// <summary>What re-planning changed, trigger by trigger: what to schedule, what to unschedule, what to leave alone.</summary>
    public ReminderPlanDiff ComparedWith(ReminderPlan before) => ReminderPlanDiff.Between(before, this);
}

/// <summary>
/// The difference between two plans, by <see cref="ReminderTrigger.Id"/> (reminder key and instant). A trigger whose
/// id survives but whose chats changed (a chat subscribed or left) is in <see cref="ChatsChanged"/>, as it is now.
/// </summary>
public sealed record ReminderPlanDiff(
    IReadOnlyList<ReminderTrigger> Added,
    IReadOnlyList<ReminderTrigger> Removed,
    IReadOnlyList<ReminderTrigger> Unchanged,
    IReadOnlyList<ReminderTrigger> ChatsChanged)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && ChatsChanged.Count == 0;

    public static ReminderPlanDiff Between(ReminderPlan before, ReminderPlan after)
    {
        // The same rule the scheduler applies to Quartz's triggers, with no trigger counted as past.
        var changes = ReminderTriggerChanges.Between(after.Triggers, [.. before.Triggers.Select(t => t.Id)], DateTimeOffset.MinValue);
        var removed = changes.ToUnschedule.ToHashSet(StringComparer.Ordinal);
        var old = before.Triggers.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var kept = after.Triggers.Where(t => old.ContainsKey(t.Id)).ToList();
        return new ReminderPlanDiff(
            changes.ToSchedule,
            [.. before.Triggers.Where(t => removed.Contains(t.Id))],
            [.. kept.Where(t => old[t.Id].Chats.SequenceEqual(t.Chats))],
            [.. kept.Where(t => !old[t.Id].Chats.SequenceEqual(t.Chats))]);
    }
}
