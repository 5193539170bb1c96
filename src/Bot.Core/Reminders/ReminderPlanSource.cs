using Bot.Core.Chat;
using Bot.Core.Knowledge;

namespace Bot.Core.Reminders;

/// <summary>
/// The plan as it stands: the knowledge's events, the stored subscriptions of active chats, and each chat's zone.
/// The one place that reads the stores for planning, so /reminders, the scheduler and the command line agree.
/// </summary>
public sealed class ReminderPlanSource(
    KnowledgeBase knowledge,
    ISubscriptionStore subscriptions,
    IChatSettingsStore settings,
    IOptions<ReminderOptions> options)
{
    // The reminders of one knowledge snapshot by key, built on the first firing after a change.
    private SubjectIndex? _index;

    public ReminderOptions Options => options.Value;

    /// <summary>Every active chat's reminders from <paramref name="now"/> on.</summary>
    public async Task<ReminderPlan> PlanAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (active, zones) = await ActiveAsync(await subscriptions.ListAsync(cancellationToken), cancellationToken);
        return ReminderPlanner.Plan(CurrentDates(now), active, c => zones[c], Options, now);
    }

    /// <summary>One chat's reminders from <paramref name="now"/> on, whether or not it is active.</summary>
    public async Task<(ReminderPlan Plan, TimeZoneInfo Zone, bool Subscribed)> PlanForChatAsync(ChatAddress chat, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var mine = await subscriptions.ListAsync(chat, cancellationToken);
        var zone = ZoneOf(await settings.GetAsync(chat, cancellationToken));
        return (ReminderPlanner.Plan(CurrentDates(now), mine, _ => zone, Options, now), zone, mine.Count > 0);
    }

    /// <summary>
    /// Who gets the reminder <paramref name="subject"/> due at <paramref name="fireUtc"/>, asked when it fires: the active
    /// chats subscribed at that moment whose own zone puts this reminder at that instant.
    /// </summary>
    public async Task<IReadOnlyList<PlannedReminder>> RecipientsAsync(ReminderSubject subject, DateTimeOffset fireUtc, CancellationToken cancellationToken)
    {
        var (active, zones) = await ActiveAsync(await subscriptions.ListAsync(cancellationToken), cancellationToken);
        return ReminderPlanner.Recipients(subject, fireUtc, active, c => zones[c], Options);
    }

    /// <summary>
    /// The reminder a fired trigger's key names, looked up in the current knowledge's reminders (each item's newest
    /// date); null when it is gone, as a date a newer report moved, cancelled or completed is.
    /// </summary>
    public ReminderSubject? Find(string key)
    {
        var snapshot = knowledge.Current;
        var index = Volatile.Read(ref _index);
        if (index is null || !ReferenceEquals(index.Snapshot, snapshot))
        {
            index = new SubjectIndex(snapshot, ReminderPlanner.ByKey(snapshot.CurrentDates(DateOnly.MaxValue), Options));
            Volatile.Write(ref _index, index);
        }

        return index.ByKey.GetValueOrDefault(key);
    }

    /// <summary>The active chats whose subscriptions cover <paramref name="e"/> (every deadline, or a topic it names).</summary>
    public async Task<IReadOnlyList<(ChatAddress Chat, TimeZoneInfo Zone)>> CoveringAsync(TimelineEvent e, CancellationToken cancellationToken)
    {
        var covering = (await subscriptions.ListAsync(cancellationToken))
            .Where(s => s.TopicSlug is null || e.TopicSlugs.Contains(s.TopicSlug, StringComparer.Ordinal));
        var (active, zones) = await ActiveAsync(covering, cancellationToken);
        return [.. active.Select(s => s.Chat).Distinct().Select(c => (c, zones[c]))];
    }

    /// <summary>
    /// What reminders are planned for: each followed item's newest date as of <paramref name="now"/>, while still open.
    /// A date a newer report moved, cancelled or completed has none, so re-planning drops its triggers.
    /// </summary>
    public IEnumerable<TimelineEvent> CurrentDates(DateTimeOffset now) => knowledge.Current.CurrentDates(DateOnly.FromDateTime(now.UtcDateTime));

    public TimeZoneInfo ZoneOf(ChatSettings chat) =>
        ReminderOptions.TryFindTimeZone(chat.TimeZoneId, out var zone) ? zone : Options.FindDefaultTimeZone();

    private async Task<(List<ReminderSubscription> Active, Dictionary<ChatAddress, TimeZoneInfo> Zones)> ActiveAsync(
        IEnumerable<ReminderSubscription> all, CancellationToken cancellationToken)
    {
        var list = all.ToList();
        var chats = list.Select(s => s.Chat).Distinct().ToList();
        var known = await settings.GetManyAsync(chats, cancellationToken);
        var active = known.Where(c => c.Active).ToDictionary(c => c.Chat, ZoneOf);
        return ([.. list.Where(s => active.ContainsKey(s.Chat))], active);
    }

    private sealed record SubjectIndex(KnowledgeSnapshot Snapshot, IReadOnlyDictionary<string, ReminderSubject> ByKey);
}
