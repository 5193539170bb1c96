using Bot.Core.Analysis.Time;
using static Bot.Core.Tests.Reminders.ReminderEvents;

namespace Bot.Core.Tests.Reminders;

/// <summary>The one rule that turns a plan and the scheduler's trigger ids into what to schedule and unschedule.</summary>
public sealed class ReminderTriggerChangesTests
{
    private static readonly TimelineEvent June = Event(DatePeriod.Day(new DateOnly(2026, 6, 10)), source: Source("a"), sentence: 1);
    private static readonly TimelineEvent March = Event(DatePeriod.Day(new DateOnly(2026, 3, 15)), source: Source("b"), sentence: 0);

    private static IReadOnlyList<ReminderTrigger> Planned(params TimelineEvent[] events) =>
        ReminderPlanner.Plan(events, [new ReminderSubscription(ChatNo("1"))], _ => Zone("UTC"), new ReminderOptions(), NewYear).Triggers;

    [Fact]
    public void Nothing_scheduled_schedules_every_planned_trigger()
    {
        var planned = Planned(June);

        var changes = ReminderTriggerChanges.Between(planned, [], NewYear);

        Assert.Equal(planned.Select(t => t.Id), changes.ToSchedule.Select(t => t.Id));
        Assert.Empty(changes.ToUnschedule);
        Assert.Equal(0, changes.Kept);
    }

    [Fact]
    public void Triggers_already_scheduled_are_kept_and_only_the_missing_ones_are_added()
    {
        var planned = Planned(June, March);
        var marchIds = Planned(March).Select(t => t.Id).ToList();

        var changes = ReminderTriggerChanges.Between(planned, marchIds, NewYear);

        Assert.Equal(Planned(June).Select(t => t.Id), changes.ToSchedule.Select(t => t.Id));
        Assert.Empty(changes.ToUnschedule);
        Assert.Equal(marchIds.Count, changes.Kept);
    }

    [Fact]
    public void A_scheduled_trigger_no_longer_planned_is_unscheduled_while_it_is_still_ahead()
    {
        var marchIds = Planned(March).Select(t => t.Id).ToList();

        var changes = ReminderTriggerChanges.Between(Planned(June), marchIds, NewYear);

        Assert.Equal(marchIds.Order(StringComparer.Ordinal), changes.ToUnschedule);
    }

    [Fact]
    public void A_scheduled_trigger_whose_instant_has_passed_is_left_to_fire_late()
    {
        var marchIds = Planned(March).Select(t => t.Id).ToList();
        var afterMarch = Instant("2026-04-01T00:00:00Z");

        var changes = ReminderTriggerChanges.Between([], marchIds, afterMarch);

        Assert.Empty(changes.ToUnschedule);
    }

    [Fact]
    public void A_scheduled_trigger_whose_name_is_not_a_reminder_id_is_unscheduled()
    {
        var changes = ReminderTriggerChanges.Between([], ["left-over-from-an-old-build"], NewYear);

        Assert.Equal(["left-over-from-an-old-build"], changes.ToUnschedule);
    }

    [Theory]
    [InlineData("3f2a9c0d41b7e855@20260104T090000Z", "2026-01-04T09:00:00Z")]
    [InlineData("key@with@ats@20261231T235959Z", "2026-12-31T23:59:59Z")]
    [InlineData("3f2a9c0d41b7e855", null)]
    [InlineData("3f2a9c0d41b7e855@2026-01-04", null)]
    public void A_trigger_id_names_its_instant(string id, string? expected)
    {
        Assert.Equal(expected is null ? null : Instant(expected), ReminderTrigger.FireUtcOf(id));
    }

    [Fact]
    public void The_recipients_at_firing_are_the_chats_the_plan_had_for_that_trigger()
    {
        var subscriptions = new[] { new ReminderSubscription(ChatNo("1")), new ReminderSubscription(ChatNo("2"), "base"), new ReminderSubscription(ChatNo("3")) };
        var zones = new Dictionary<string, string> { ["1"] = "UTC", ["2"] = "UTC", ["3"] = "Asia/Baghdad" };
        TimeZoneInfo ZoneOf(Bot.Core.Chat.ChatAddress chat) => Zone(zones[chat.ChatId]);
        var plan = ReminderPlanner.Plan([June], subscriptions, ZoneOf, new ReminderOptions(), NewYear);

        foreach (var trigger in plan.Triggers)
        {
            var recipients = ReminderPlanner.Recipients(trigger.Subject, trigger.FireUtc, subscriptions, ZoneOf, new ReminderOptions());

            Assert.Equal(trigger.Chats, recipients.Select(r => r.Chat));
        }

        Assert.Contains(plan.Triggers, t => t.Chats.Count == 1 && t.Chats[0].ChatId == "3");
    }
}
