using System.Globalization;
using Bot.Core.Analysis;
using Bot.Core.Analysis.Time;
using Bot.Core.Chat;

namespace Bot.Core.Tests.Reminders;

/// <summary>Timeline events built by hand, so each test states exactly the date, role, source and topics it needs.</summary>
internal static class ReminderEvents
{
    public static readonly DateOnly Published = new(2025, 12, 31);

    /// <summary>2026-01-01T00:00Z, the morning after the seed's announcement.</summary>
    public static readonly DateTimeOffset NewYear = Instant("2026-01-01T00:00:00Z");

    public static Source Source(string id, DateOnly? published = null, bool undated = false) =>
        new(id, $"Report {id}", undated ? null : published ?? Published, "test", null, "");

    public static TimelineEvent Event(
        DatePeriod period,
        TemporalRole role = TemporalRole.At,
        string what = "Troops leave the base",
        Source? source = null,
        int sentence = 0,
        params string[] topics) =>
        new(period, role, what, new SourceSentence(source ?? Source("s1"), new TextSentence(sentence, 0, what + ".")), topics);

    /// <summary>"Day 2026-06-10 At", "Week 2026-01-05 At", "Month 2026-09-01 By", "Year 2026-01-01 Until".</summary>
    /// <summary>A range gives its first and last day: "Span 2026-03-05/2026-03-09 At".</summary>
    public static TimelineEvent Parse(string spec)
    {
        var parts = spec.Split(' ');
        var days = parts[1].Split('/').Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
        var period = days.Length == 2 ? DatePeriod.Between(days[0], days[1]) : new DatePeriod(days[0], Enum.Parse<DateGranularity>(parts[0]));
        return Event(period, Enum.Parse<TemporalRole>(parts[2]));
    }

    public static DateTimeOffset Instant(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    public static ChatAddress ChatNo(string id) => new(ChatPlatform.Telegram, id);

    public static ReminderPlan PlanFor(TimelineEvent e, string zone, DateTimeOffset? now = null, ReminderOptions? options = null) =>
        ReminderPlanner.Plan([e], [new ReminderSubscription(ChatNo("1"))], _ => Zone(zone), options ?? new ReminderOptions(), now ?? NewYear);

    public static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
