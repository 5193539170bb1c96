using Bot.Core.Analysis.Time;
using static Bot.Core.Tests.Reminders.ReminderEvents;

namespace Bot.Core.Tests.Reminders;

/// <summary>Re-planning after a change keeps what did not change, so a scheduler never duplicates or drops a trigger.</summary>
public sealed class ReplanningTests
{
    private static readonly ReminderSubscription[] Everyone = [new(ChatNo("1")), new(ChatNo("2"))];

    private static readonly TimelineEvent June = Event(DatePeriod.Day(new DateOnly(2026, 6, 10)), source: Source("a"), sentence: 1);
    private static readonly TimelineEvent September = Event(DatePeriod.Month(2026, 9), TemporalRole.By, source: Source("a"), sentence: 2);
    private static readonly TimelineEvent March = Event(DatePeriod.Day(new DateOnly(2026, 3, 15)), source: Source("b"), sentence: 0);

    private static ReminderPlan Plan(IEnumerable<TimelineEvent> events, IEnumerable<ReminderSubscription>? subscriptions = null, string zone = "Europe/London") =>
        ReminderPlanner.Plan(events, subscriptions ?? Everyone, _ => Zone(zone), new ReminderOptions(), NewYear);

    private static string[] Rows(ReminderPlan plan) => [.. plan.Entries.Select(r => $"{r.Chat} {r.Key} {Utc(r.FireUtc)}")];

    [Fact]
    public void The_same_inputs_give_the_same_plan_key_for_key()
    {
        var first = Plan([June, September]);
        var second = Plan([September, June]);

        Assert.Equal(Rows(first), Rows(second));
        Assert.Equal(12, first.Entries.Count);
        var diff = second.ComparedWith(first);
        Assert.True(diff.IsEmpty);
        Assert.Equal(first.Triggers.Select(t => t.Id), diff.Unchanged.Select(t => t.Id));
    }

    [Fact]
    public void A_source_added_adds_only_its_own_reminders()
    {
        var before = Plan([June, September]);
        var after = Plan([June, September, March]);

        var diff = after.ComparedWith(before);

        Assert.Empty(diff.Removed);
        Assert.Empty(diff.ChatsChanged);
        Assert.Equal(before.Triggers.Select(t => t.Id), diff.Unchanged.Select(t => t.Id));
        Assert.Equal(3, diff.Added.Count);
        Assert.All(diff.Added, t => Assert.Same(March, t.Subject.Event));
        Assert.Equal(["1", "2"], diff.Added[0].Chats.Select(c => c.ChatId));
    }

    [Fact]
    public void A_source_removed_removes_exactly_its_reminders()
    {
        var before = Plan([June, September, March]);
        var after = Plan([June, September]);

        var diff = after.ComparedWith(before);

        Assert.Empty(diff.Added);
        Assert.Equal(before.Keys.Except(after.Keys).Order(), ReminderOptions.DefaultLeadTimes.Select(lead => ReminderPlanner.KeyOf(March, lead)).Order());
        Assert.Equal(3, diff.Removed.Count);
        Assert.All(diff.Removed, t => Assert.Equal("b", t.Subject.Event.Origin.Source.Id));
        Assert.Equal(6, diff.Unchanged.Count);
    }

    [Fact]
    public void A_chat_that_subscribes_joins_the_existing_triggers_instead_of_adding_new_ones()
    {
        var before = Plan([June], [new ReminderSubscription(ChatNo("1"))]);
        var after = Plan([June], Everyone);

        var diff = after.ComparedWith(before);

        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        Assert.Empty(diff.Unchanged);
        Assert.Equal(3, diff.ChatsChanged.Count);
        Assert.All(diff.ChatsChanged, t => Assert.Equal(["1", "2"], t.Chats.Select(c => c.ChatId)));
    }

    [Fact]
    public void A_chat_that_moves_zone_keeps_its_reminder_keys_at_new_instants()
    {
        var before = Plan([June], zone: "Europe/London");
        var after = Plan([June], zone: "Asia/Baghdad");

        var diff = after.ComparedWith(before);

        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.Equal(["2026-06-03T08:00:00Z", "2026-06-09T08:00:00Z", "2026-06-10T08:00:00Z"], diff.Removed.Select(t => Utc(t.FireUtc)));
        Assert.Equal(["2026-06-03T06:00:00Z", "2026-06-09T06:00:00Z", "2026-06-10T06:00:00Z"], diff.Added.Select(t => Utc(t.FireUtc)));
    }

    [Fact]
    public void A_key_names_the_sentence_date_role_and_lead_time_but_not_the_wording()
    {
        var key = ReminderPlanner.KeyOf(June, TimeSpan.Zero);

        Assert.Matches("^[0-9a-f]{16}$", key);
        Assert.Equal(key, ReminderPlanner.KeyOf(June with { What = "Reworded", TopicSlugs = ["iraq"] }, TimeSpan.Zero));
        string[] others =
        [
            ReminderPlanner.KeyOf(June, TimeSpan.FromDays(1)),
            ReminderPlanner.KeyOf(June with { Role = TemporalRole.By }, TimeSpan.Zero),
            ReminderPlanner.KeyOf(June with { Period = DatePeriod.Day(new DateOnly(2026, 6, 11)) }, TimeSpan.Zero),
            ReminderPlanner.KeyOf(June with { Period = DatePeriod.WeekOf(new DateOnly(2026, 6, 10)) }, TimeSpan.Zero),
            ReminderPlanner.KeyOf(Event(June.Period, source: Source("a"), sentence: 2), TimeSpan.Zero),
            ReminderPlanner.KeyOf(Event(June.Period, source: Source("z"), sentence: 1), TimeSpan.Zero),
        ];
        Assert.DoesNotContain(key, others);
        Assert.Equal(others.Length, others.Distinct().Count());
    }

    [Fact]
    public void A_stored_key_finds_its_reminder_even_after_its_time_has_passed()
    {
        var key = ReminderPlanner.KeyOf(September, TimeSpan.FromDays(7));

        var subject = ReminderPlanner.Find([June, September], key, new ReminderOptions());

        Assert.NotNull(subject);
        Assert.Same(September, subject.Event);
        Assert.Equal(TimeSpan.FromDays(7), subject.Lead);
        Assert.Equal(new DateOnly(2026, 9, 30), subject.DueDay);
        Assert.Null(ReminderPlanner.Find([June], key, new ReminderOptions()));
    }

    [Fact]
    public void Adding_and_removing_a_source_in_the_knowledge_adds_and_removes_only_its_reminders()
    {
        using var knowledge = Seeds.Knowledge();
        var subscriptions = new[] { new ReminderSubscription(ChatNo("1")) };
        ReminderPlan PlanNow() => ReminderPlanner.Plan(knowledge.Current.Events, subscriptions, _ => Zone("UTC"), new ReminderOptions(), NewYear);
        const string text = "The talks on the base will end by 15 March 2026.";
        var extra = new Source(Bot.Core.Ingest.Source.IdFor(text), "Talks to end in March", new DateOnly(2026, 1, 1), "test", null, text);

        var seedOnly = PlanNow();
        knowledge.Add(extra);
        var withExtra = PlanNow();
        knowledge.Remove(extra.Id);
        var afterRemoval = PlanNow();

        var added = withExtra.ComparedWith(seedOnly);
        Assert.Empty(added.Removed);
        Assert.Equal(seedOnly.Triggers.Count, added.Unchanged.Count);
        Assert.Equal(
            ["2026-03-08T09:00:00Z by Sunday 15 March 2026", "2026-03-14T09:00:00Z by Sunday 15 March 2026", "2026-03-15T09:00:00Z by Sunday 15 March 2026"],
            added.Added.Select(t => $"{Utc(t.FireUtc)} {t.Subject.Event.DescribeWhen()}"));
        var removed = afterRemoval.ComparedWith(withExtra);
        Assert.Equal(added.Added.Select(t => t.Id), removed.Removed.Select(t => t.Id));
        Assert.Empty(removed.Added);
        Assert.Equal(Rows(seedOnly), Rows(afterRemoval));
    }
}
