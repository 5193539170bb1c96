using static Bot.Core.Tests.Reminders.ReminderEvents;

namespace Bot.Core.Tests.Reminders;

/// <summary>The planner over the real seed: the announcement of Wednesday 31 December 2025 and what it looks forward to.</summary>
public sealed class SeedReminderTests
{
    private static ReminderPlan PlanSeed(string zone, params ReminderSubscription[] subscriptions)
    {
        using var knowledge = Seeds.Knowledge();
        return ReminderPlanner.Plan(knowledge.Current.Events, subscriptions, _ => Zone(zone), new ReminderOptions(), NewYear);
    }

    private static string[] Describe(ReminderPlan plan) =>
        [.. plan.Entries.Select(r => $"{Utc(r.FireUtc)} {r.Subject.Lead.Days}d {r.Subject.Event.DescribeWhen()}")];

    private static readonly string[] EveryDeadlineAtNineUtc =
    [
        "2026-01-04T09:00:00Z 1d week of 5 January 2026",
        "2026-01-05T09:00:00Z 0d week of 5 January 2026",
        "2026-12-24T09:00:00Z 7d until the end of 2026",
        "2026-12-30T09:00:00Z 1d until the end of 2026",
        "2026-12-31T09:00:00Z 0d until the end of 2026",
    ];

    /// <summary>A chat's zone, the topic it subscribed to (none: every deadline), and the reminders it is planned.</summary>
    public static TheoryData<string, string?, string[]> Subscriptions => new()
    {
        // Reminded of next week and of the end of 2026.
        { "UTC", null, EveryDeadlineAtNineUtc },
        // At nine, New Zealand summer time.
        {
            "Pacific/Auckland", null,
            [
                "2026-01-03T20:00:00Z 1d week of 5 January 2026",
                "2026-01-04T20:00:00Z 0d week of 5 January 2026",
                "2026-12-23T20:00:00Z 7d until the end of 2026",
                "2026-12-29T20:00:00Z 1d until the end of 2026",
                "2026-12-30T20:00:00Z 0d until the end of 2026",
            ]
        },
        // The air base: next week's withdrawal and the presence through 2026.
        { "UTC", "ain-al-asad", EveryDeadlineAtNineUtc },
    };

    [Theory]
    [MemberData(nameof(Subscriptions))]
    public void A_subscription_is_reminded_of_the_seeds_deadlines_at_nine_in_its_zone(string zone, string? topic, string[] expected)
    {
        Assert.Equal(expected, Describe(PlanSeed(zone, new ReminderSubscription(ChatNo("1"), topic))));
    }

    [Fact]
    public void The_air_bases_reminders_of_next_week_quote_its_withdrawal()
    {
        var plan = PlanSeed("UTC", new ReminderSubscription(ChatNo("1"), "ain-al-asad"));

        Assert.All(plan.Entries.Take(2), r => Assert.StartsWith("Ain al-Asad will witness a full withdrawal next week", r.Subject.Event.What, StringComparison.Ordinal));
    }

    [Fact]
    public void A_subscription_to_the_province_gets_the_sentence_that_names_it()
    {
        var plan = PlanSeed("UTC", new ReminderSubscription(ChatNo("1"), "anbar"));

        Assert.Equal(
            [
                "2026-01-04T09:00:00Z 1d week of 5 January 2026",
                "2026-01-05T09:00:00Z 0d week of 5 January 2026",
            ],
            Describe(plan));
        Assert.All(plan.Entries, r => Assert.Equal("Withdrawal from western Anbar province air base next week", r.Subject.Event.What));
    }

    [Fact]
    public void Nothing_is_planned_for_a_topic_with_no_date_ahead()
    {
        Assert.Empty(PlanSeed("UTC", new ReminderSubscription(ChatNo("1"), "france")).Entries);
    }

    [Fact]
    public void The_seed_reminder_the_day_before_the_withdrawal_week_reads_tomorrow()
    {
        var plan = PlanSeed("UTC", new ReminderSubscription(ChatNo("1")));

        var text = PlainTextRenderer.Render(ReminderMessage.Build(plan.Entries[0]));

        Assert.StartsWith("Reminder: tomorrow — week of 5 January 2026\n• What: Ain al-Asad will witness a full withdrawal next week", text, StringComparison.Ordinal);
        Assert.Contains("— Coalition forces to fully withdraw from Ain al-Asad, 31 Dec 2025", text, StringComparison.Ordinal);
        Assert.EndsWith("• When: week of 5 January 2026 (starting Monday 5 January 2026)", text, StringComparison.Ordinal);
    }
}
