using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bot.Core.Chat;
using Bot.Core.Knowledge;

namespace Bot.Core.Reminders;

/// <summary>
/// Derives the reminders still to come from the knowledge's events and the chats' subscriptions. Pure: the same
/// inputs always give the same plan, so re-planning after a change keeps every unchanged reminder as it was.
/// </summary>
/// <remarks>
/// An event is reminded of when it looks forward (<see cref="TimelineEvent.IsDeadline"/>, or its period has not yet
/// begun in the chat's zone) and a subscription of the chat covers it (all deadlines, or a topic its sentence names).
/// Several sentences of one source giving one thing one date make one reminder, like one /timeline line; different
/// things due the same day each get theirs.
/// Each reminder counts down to <see cref="TimelineEvent.Due"/>: a day is itself; an "At" week, month or year is its
/// first day (a week's Monday); a "By" or "Until" period, and a range, quarter or season, is its last day ("by September
/// 2025" is 30 September, "through 2026" is 31 December 2026, "between March and May" is 31 May). It fires at <see cref="ReminderOptions.LocalTime"/> on the due day minus each
/// lead time, in the chat's wall-clock time, converted to UTC by <see cref="ZoneClock"/>. Reminders before now are not planned.
/// </remarks>
public static class ReminderPlanner
{
    public static ReminderPlan Plan(
        IEnumerable<TimelineEvent> events,
        IEnumerable<ReminderSubscription> subscriptions,
        Func<ChatAddress, TimeZoneInfo> zoneOf,
        ReminderOptions options,
        DateTimeOffset now)
    {
        var leads = options.EffectiveLeadTimes;
        var candidates = events.ToList();
        var entries = new List<PlannedReminder>();
        foreach (var chat in subscriptions.GroupBy(s => s.Chat))
        {
            var zone = zoneOf(chat.Key);
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
            var covers = Coverage(chat);
            var covered = candidates
                .Where(e => LooksForward(e, today) && covers(e));
            // A source that names one thing's date in several sentences gets one reminder, as it gets one /timeline line.
            covered = EventLines.OneLinePerThing(covered);
            foreach (var e in covered)
            {
                foreach (var lead in leads)
                {
                    var fireUtc = FireUtcOf(e, lead, zone, options);
                    if (fireUtc >= now)
                    {
                        entries.Add(new PlannedReminder(chat.Key, new ReminderSubject(KeyOf(e, lead), e, lead), fireUtc, TimeZoneInfo.ConvertTime(fireUtc, zone), zone.Id));
                    }
                }
            }
        }

        return new ReminderPlan(entries);
    }

    /// <summary>
    /// Who gets <paramref name="subject"/> at <paramref name="fireUtc"/>, asked when it fires: each chat of
    /// <paramref name="subscriptions"/> (the active ones, as they are now) whose subscriptions cover the event and whose
    /// own zone puts this reminder at that instant. Not a re-plan: the subject came from the trigger's key, and whether
    /// it was still ahead was decided when it was planned.
    /// </summary>
    public static IReadOnlyList<PlannedReminder> Recipients(
        ReminderSubject subject,
        DateTimeOffset fireUtc,
        IEnumerable<ReminderSubscription> subscriptions,
        Func<ChatAddress, TimeZoneInfo> zoneOf,
        ReminderOptions options)
    {
        var recipients = new List<PlannedReminder>();
        foreach (var chat in subscriptions.GroupBy(s => s.Chat))
        {
            var zone = zoneOf(chat.Key);
            if (Coverage(chat)(subject.Event) && FireUtcOf(subject.Event, subject.Lead, zone, options) == fireUtc)
            {
                recipients.Add(new PlannedReminder(chat.Key, subject, fireUtc, TimeZoneInfo.ConvertTime(fireUtc, zone), zone.Id));
            }
        }

        return recipients;
    }

    /// <summary>
    /// Every reminder the events can have, by key: what a fired trigger's key is looked up in. Built once per
    /// knowledge snapshot by <see cref="ReminderPlanSource"/>, whether or not a reminder's time has passed.
    /// </summary>
    public static IReadOnlyDictionary<string, ReminderSubject> ByKey(IEnumerable<TimelineEvent> events, ReminderOptions options)
    {
        var byKey = new Dictionary<string, ReminderSubject>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            foreach (var lead in options.EffectiveLeadTimes)
            {
                var key = KeyOf(e, lead);
                byKey.TryAdd(key, new ReminderSubject(key, e, lead));
            }
        }

        return byKey;
    }

    /// <summary>
    /// The reminder a stored key stands for, whether or not its time has passed (a late trigger still needs its text);
    /// null when the event is gone from the knowledge or the lead time is no longer configured.
    /// </summary>
    public static ReminderSubject? Find(IEnumerable<TimelineEvent> events, string key, ReminderOptions options) =>
        ByKey(events, options).GetValueOrDefault(key);

    /// <summary>
    /// A hash of where the event was said (source id, sentence index), the date it names (period start, granularity,
    /// role) and the lead time. Not of the chat, the zone or the wording: those may change without making it a new reminder.
    /// </summary>
    public static string KeyOf(TimelineEvent e, TimeSpan lead)
    {
        var identity = string.Join(
            '|',
            e.Origin.Source.Id,
            e.Origin.Sentence.Index.ToString(CultureInfo.InvariantCulture),
            e.Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            // A span is the one period whose end does not follow from its start; the other kinds keep their old keys.
            e.Period.Granularity == Analysis.Time.DateGranularity.Span
                ? "Span-" + e.Period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : e.Period.Granularity.ToString(),
            e.Role.ToString(),
            lead.Ticks.ToString(CultureInfo.InvariantCulture));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(identity), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    private static bool LooksForward(TimelineEvent e, DateOnly today) => e.IsDeadline || (e.Kind is not (Analysis.EventKind.Statement or Analysis.EventKind.CalledOff) && e.Period.Start > today);

    /// <summary>Whether one chat's subscriptions cover an event: every deadline, or a topic the event names.</summary>
    private static Func<TimelineEvent, bool> Coverage(IEnumerable<ReminderSubscription> chat)
    {
        var everything = chat.Any(s => s.TopicSlug is null);
        var topics = chat.Where(s => s.TopicSlug is not null).Select(s => s.TopicSlug!).ToHashSet(StringComparer.Ordinal);
        return e => everything || e.TopicSlugs.Any(topics.Contains);
    }

    /// <summary><see cref="ReminderOptions.LocalTime"/> on the due day minus the lead, in the chat's wall-clock time, as UTC.</summary>
    private static DateTimeOffset FireUtcOf(TimelineEvent e, TimeSpan lead, TimeZoneInfo zone, ReminderOptions options) =>
        ZoneClock.ToUtc(e.Due.ToDateTime(options.LocalTime) - lead, zone);
}
