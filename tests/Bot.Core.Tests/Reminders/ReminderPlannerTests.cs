using Bot.Core.Analysis.Time;
using static Bot.Core.Tests.Reminders.ReminderEvents;

namespace Bot.Core.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    // Now is 2026-01-01T00:00Z; reminders at 09:00 local, 7 days, 1 day and 0 days ahead of the due day.
    // Due days: Day 2026-06-10 (Wednesday) itself; the week of 5 January 2026 (At) its Monday; "by September 2026" its
    // last day, Wednesday 30 September; "through 2026" Thursday 31 December 2026; "in March 2026" (At) Sunday 1 March.
    // Offsets: London GMT+0 / BST+1 from 29 March to 25 October 2026; New York EST-5 / EDT-4 from 8 March to
    // 1 November 2026; Baghdad +3 all year; Auckland NZDT+13 until 5 April 2026, NZST+12, NZDT+13 again from 27 September.
    [Theory]
    [InlineData("Day 2026-06-10 At", "UTC", 7, "2026-06-03T09:00:00Z")]
    [InlineData("Day 2026-06-10 At", "UTC", 1, "2026-06-09T09:00:00Z")]
    [InlineData("Day 2026-06-10 At", "UTC", 0, "2026-06-10T09:00:00Z")]
    [InlineData("Day 2026-06-10 At", "Europe/London", 7, "2026-06-03T08:00:00Z")]
    [InlineData("Day 2026-06-10 At", "Europe/London", 0, "2026-06-10T08:00:00Z")]
    [InlineData("Day 2026-06-10 At", "America/New_York", 0, "2026-06-10T13:00:00Z")]
    [InlineData("Day 2026-06-10 At", "Asia/Baghdad", 0, "2026-06-10T06:00:00Z")]
    [InlineData("Day 2026-06-10 At", "Pacific/Auckland", 7, "2026-06-02T21:00:00Z")]
    [InlineData("Day 2026-06-10 At", "Pacific/Auckland", 0, "2026-06-09T21:00:00Z")]
    [InlineData("Week 2026-01-07 At", "UTC", 7, null)]
    [InlineData("Week 2026-01-07 At", "UTC", 1, "2026-01-04T09:00:00Z")]
    [InlineData("Week 2026-01-07 At", "UTC", 0, "2026-01-05T09:00:00Z")]
    [InlineData("Week 2026-01-07 At", "Europe/London", 0, "2026-01-05T09:00:00Z")]
    [InlineData("Week 2026-01-07 At", "America/New_York", 1, "2026-01-04T14:00:00Z")]
    [InlineData("Week 2026-01-07 At", "America/New_York", 0, "2026-01-05T14:00:00Z")]
    [InlineData("Week 2026-01-07 At", "Asia/Baghdad", 0, "2026-01-05T06:00:00Z")]
    [InlineData("Week 2026-01-07 At", "Pacific/Auckland", 1, "2026-01-03T20:00:00Z")]
    [InlineData("Week 2026-01-07 At", "Pacific/Auckland", 0, "2026-01-04T20:00:00Z")]
    [InlineData("Month 2026-09-01 By", "UTC", 7, "2026-09-23T09:00:00Z")]
    [InlineData("Month 2026-09-01 By", "UTC", 1, "2026-09-29T09:00:00Z")]
    [InlineData("Month 2026-09-01 By", "UTC", 0, "2026-09-30T09:00:00Z")]
    [InlineData("Month 2026-09-01 By", "Europe/London", 0, "2026-09-30T08:00:00Z")]
    [InlineData("Month 2026-09-01 By", "America/New_York", 1, "2026-09-29T13:00:00Z")]
    [InlineData("Month 2026-09-01 By", "Asia/Baghdad", 7, "2026-09-23T06:00:00Z")]
    [InlineData("Month 2026-09-01 By", "Pacific/Auckland", 7, "2026-09-22T21:00:00Z")]
    [InlineData("Month 2026-09-01 By", "Pacific/Auckland", 0, "2026-09-29T20:00:00Z")]
    [InlineData("Year 2026-01-01 Until", "UTC", 7, "2026-12-24T09:00:00Z")]
    [InlineData("Year 2026-01-01 Until", "UTC", 1, "2026-12-30T09:00:00Z")]
    [InlineData("Year 2026-01-01 Until", "UTC", 0, "2026-12-31T09:00:00Z")]
    [InlineData("Year 2026-01-01 Until", "Europe/London", 0, "2026-12-31T09:00:00Z")]
    [InlineData("Year 2026-01-01 Until", "America/New_York", 0, "2026-12-31T14:00:00Z")]
    [InlineData("Year 2026-01-01 Until", "Asia/Baghdad", 1, "2026-12-30T06:00:00Z")]
    [InlineData("Year 2026-01-01 Until", "Pacific/Auckland", 0, "2026-12-30T20:00:00Z")]
    [InlineData("Year 2026-01-01 By", "UTC", 0, "2026-12-31T09:00:00Z")]
    [InlineData("Month 2026-03-01 At", "UTC", 7, "2026-02-22T09:00:00Z")]
    [InlineData("Month 2026-03-01 At", "UTC", 0, "2026-03-01T09:00:00Z")]
    [InlineData("Month 2026-03-01 At", "Europe/London", 0, "2026-03-01T09:00:00Z")]
    [InlineData("Month 2026-03-01 At", "America/New_York", 0, "2026-03-01T14:00:00Z")]
    [InlineData("Month 2026-03-01 At", "Asia/Baghdad", 0, "2026-03-01T06:00:00Z")]
    [InlineData("Month 2026-03-01 At", "Pacific/Auckland", 0, "2026-02-28T20:00:00Z")]
    [InlineData("Year 2027-01-01 At", "UTC", 7, "2026-12-25T09:00:00Z")]
    [InlineData("Week 2026-03-04 By", "UTC", 0, "2026-03-08T09:00:00Z")]
    [InlineData("Quarter 2026-07-01 By", "UTC", 7, "2026-09-23T09:00:00Z")]
    [InlineData("Quarter 2026-07-01 At", "UTC", 0, "2026-09-30T09:00:00Z")]
    [InlineData("Span 2026-03-05/2026-03-09 At", "UTC", 7, "2026-02-26T09:00:00Z")]
    [InlineData("Span 2026-12-29/2027-01-03 At", "UTC", 1, "2026-12-28T09:00:00Z")]
    [InlineData("Span 2026-03-07/2026-03-08 At", "UTC", 1, "2026-03-06T09:00:00Z")]
    [InlineData("Span 2026-03-07/2026-03-08 By", "UTC", 1, "2026-03-07T09:00:00Z")]
    [InlineData("Span 2026-03-01/2026-05-31 At", "UTC", 7, "2026-05-24T09:00:00Z")]
    [InlineData("Season 2026-03-01 At", "UTC", 0, "2026-05-31T09:00:00Z")]
    [InlineData("Season 2026-12-01 Until", "UTC", 0, "2027-02-28T09:00:00Z")]
    public void A_reminder_fires_at_nine_local_on_the_due_day_less_the_lead_time(string period, string zone, int leadDays, string? expectedUtc)
    {
        var e = Parse(period);
        var plan = PlanFor(e, zone);
        var reminder = plan.Entries.SingleOrDefault(r => r.Subject.Lead == TimeSpan.FromDays(leadDays));

        Assert.Equal(expectedUtc, reminder is null ? null : Utc(reminder.FireUtc));
        if (reminder is not null)
        {
            Assert.Equal(new TimeSpan(9, 0, 0), reminder.FireLocal.TimeOfDay);
            Assert.Equal(e.Due.AddDays(-leadDays), DateOnly.FromDateTime(reminder.FireLocal.DateTime));
            Assert.Equal(zone, reminder.TimeZoneId);
        }
    }

    // London's clocks go forward at 01:00Z on Sunday 29 March 2026 and back at 01:00Z on Sunday 25 October 2026.
    [Theory]
    [InlineData("Day 2026-03-29 At", 0, "2026-03-29T08:00:00Z")]
    [InlineData("Day 2026-03-29 At", 1, "2026-03-28T09:00:00Z")]
    [InlineData("Day 2026-04-02 At", 7, "2026-03-26T09:00:00Z")]
    [InlineData("Day 2026-04-02 At", 1, "2026-04-01T08:00:00Z")]
    [InlineData("Day 2026-10-25 At", 0, "2026-10-25T09:00:00Z")]
    [InlineData("Day 2026-10-25 At", 1, "2026-10-24T08:00:00Z")]
    [InlineData("Day 2026-10-29 At", 7, "2026-10-22T08:00:00Z")]
    [InlineData("Day 2026-10-29 At", 0, "2026-10-29T09:00:00Z")]
    public void Daylight_saving_does_not_move_a_reminder_off_nine_in_the_morning_in_London(string period, int leadDays, string expectedUtc)
    {
        var reminder = PlanFor(Parse(period), "Europe/London").Entries.Single(r => r.Subject.Lead == TimeSpan.FromDays(leadDays));

        Assert.Equal(expectedUtc, Utc(reminder.FireUtc));
        Assert.Equal(new TimeSpan(9, 0, 0), reminder.FireLocal.TimeOfDay);
    }

    // A local time in the spring gap does not exist: it moves to the first instant after the gap. A local time in the
    // autumn overlap happens twice: the first (summer-time) one is taken, and only once.
    [Theory]
    [InlineData("Europe/London", "2026-03-29", "01:30", "2026-03-29T01:00:00Z", "02:00")]
    [InlineData("Europe/London", "2026-10-25", "01:30", "2026-10-25T00:30:00Z", "01:30")]
    [InlineData("America/New_York", "2026-03-08", "02:30", "2026-03-08T07:00:00Z", "03:00")]
    [InlineData("America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00Z", "01:30")]
    [InlineData("Pacific/Auckland", "2026-09-27", "02:30", "2026-09-26T14:00:00Z", "03:00")]
    [InlineData("Pacific/Auckland", "2026-04-05", "02:30", "2026-04-04T13:30:00Z", "02:30")]
    [InlineData("Asia/Baghdad", "2026-03-29", "01:30", "2026-03-28T22:30:00Z", "01:30")]
    public void A_local_time_that_daylight_saving_skips_or_repeats_gives_exactly_one_instant(string zone, string day, string localTime, string expectedUtc, string expectedLocal)
    {
        var options = new ReminderOptions { LocalTime = TimeOnly.Parse(localTime, System.Globalization.CultureInfo.InvariantCulture), LeadTimes = [TimeSpan.Zero] };

        var plan = PlanFor(Parse($"Day {day} At"), zone, options: options);

        var reminder = Assert.Single(plan.Entries);
        Assert.Equal(expectedUtc, Utc(reminder.FireUtc));
        Assert.Equal(expectedLocal, reminder.FireLocal.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_lead_time_that_is_not_whole_days_counts_back_on_the_local_clock()
    {
        var options = new ReminderOptions { LeadTimes = [TimeSpan.FromHours(36)] };

        var reminder = Assert.Single(PlanFor(Parse("Day 2026-03-30 At"), "Europe/London", options: options).Entries);

        // 09:00 on Monday 30 March less 36 hours is 21:00 on Saturday 28 March, still GMT.
        Assert.Equal("2026-03-28T21:00:00Z", Utc(reminder.FireUtc));
    }

    [Theory]
    [InlineData("2026-01-04T09:00:00Z", 2)]
    [InlineData("2026-01-04T09:00:01Z", 1)]
    [InlineData("2026-01-05T09:00:00Z", 1)]
    [InlineData("2026-01-05T09:00:01Z", 0)]
    [InlineData("2025-12-29T09:00:00Z", 3)]
    public void Reminders_whose_time_has_passed_are_not_planned(string now, int expected)
    {
        var plan = PlanFor(Parse("Week 2026-01-05 At"), "UTC", Instant(now));

        Assert.Equal(expected, plan.Entries.Count);
    }

    [Fact]
    public void A_deadline_that_has_passed_gets_no_reminders()
    {
        Assert.Empty(PlanFor(Event(DatePeriod.Month(2025, 9), TemporalRole.By), "UTC").Entries);
    }

    [Fact]
    public void An_undated_source_is_reminded_of_a_period_still_ahead_but_not_of_one_under_way()
    {
        var undated = Source("u", undated: true);
        var ahead = Event(DatePeriod.Day(new DateOnly(2026, 6, 10)), source: undated, sentence: 1);
        var underWay = Event(DatePeriod.Year(2026), source: undated, sentence: 2);
        Assert.False(ahead.IsDeadline);

        var plan = ReminderPlanner.Plan([ahead, underWay], [new ReminderSubscription(ChatNo("1"))], _ => Zone("UTC"), new ReminderOptions(), NewYear);

        Assert.Equal(3, plan.Entries.Count);
        Assert.All(plan.Entries, r => Assert.Same(ahead, r.Subject.Event));
    }

    [Fact]
    public void A_topic_subscription_covers_only_events_whose_sentence_names_that_topic()
    {
        var june = DatePeriod.Day(new DateOnly(2026, 6, 10));
        var airBase = Event(june, source: Source("a"), sentence: 1, topics: ["ain-al-asad", "iraq"]);
        var capital = Event(june, source: Source("b"), sentence: 2, topics: ["baghdad"]);
        var untopical = Event(june, source: Source("c"), sentence: 3);
        var subscriptions = new[]
        {
            new ReminderSubscription(ChatNo("base"), "ain-al-asad"),
            new ReminderSubscription(ChatNo("both"), "ain-al-asad"),
            new ReminderSubscription(ChatNo("both"), "baghdad"),
            new ReminderSubscription(ChatNo("all")),
            new ReminderSubscription(ChatNo("all"), "baghdad"),
            new ReminderSubscription(ChatNo("none"), "kurdistan"),
        };

        var plan = ReminderPlanner.Plan([airBase, capital, untopical], subscriptions, _ => Zone("UTC"), new ReminderOptions(), NewYear);

        int[] Sentences(string chat) => [.. plan.ForChat(ChatNo(chat)).Select(r => r.Subject.Event.Origin.Sentence.Index).Distinct().Order()];
        Assert.Equal([1], Sentences("base"));
        Assert.Equal([1, 2], Sentences("both"));
        Assert.Equal([1, 2, 3], Sentences("all"));
        Assert.Empty(Sentences("none"));
        Assert.Equal(9, plan.ForChat(ChatNo("all")).Count);
    }

    [Fact]
    public void Chats_that_share_an_instant_share_one_trigger_and_other_zones_get_their_own()
    {
        var january = Event(DatePeriod.Day(new DateOnly(2026, 1, 20)), sentence: 1);
        var june = Event(DatePeriod.Day(new DateOnly(2026, 6, 10)), sentence: 2);
        var zones = new Dictionary<string, string> { ["a"] = "UTC", ["b"] = "Europe/London", ["c"] = "UTC", ["d"] = "Asia/Baghdad" };
        var subscriptions = zones.Keys.Select(id => new ReminderSubscription(ChatNo(id)));
        var options = new ReminderOptions { LeadTimes = [TimeSpan.Zero] };

        var plan = ReminderPlanner.Plan([january, june], subscriptions, chat => Zone(zones[chat.ChatId]), options, NewYear);

        string[] Triggers() => [.. plan.Triggers.Select(t => $"{Utc(t.FireUtc)} {string.Join(",", t.Chats.Select(c => c.ChatId))}")];
        Assert.Equal(
            [
                "2026-01-20T06:00:00Z d",
                "2026-01-20T09:00:00Z a,b,c",
                "2026-06-10T06:00:00Z d",
                "2026-06-10T08:00:00Z b",
                "2026-06-10T09:00:00Z a,c",
            ],
            Triggers());
        Assert.Equal(8, plan.Entries.Count);
        Assert.Equal(2, plan.Keys.Count);
        Assert.All(plan.Triggers, t => Assert.StartsWith(t.Key + "@2026", t.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void A_chat_subscribed_to_everything_and_to_a_topic_gets_each_reminder_once()
    {
        var e = Event(DatePeriod.Day(new DateOnly(2026, 6, 10)), topics: ["baghdad"]);
        var subscriptions = new[] { new ReminderSubscription(ChatNo("1")), new ReminderSubscription(ChatNo("1"), "baghdad") };

        var plan = ReminderPlanner.Plan([e], subscriptions, _ => Zone("UTC"), new ReminderOptions(), NewYear);

        Assert.Equal(3, plan.Entries.Count);
        Assert.Equal(3, plan.Keys.Count);
    }

    [Fact]
    public void Sentences_of_one_source_giving_one_thing_one_date_make_one_reminder_quoting_the_sentence_with_most_topics()
    {
        var week = DatePeriod.WeekOf(new DateOnly(2026, 1, 5));
        var province = Event(week, what: "Withdrawal from the province", sentence: 2, topics: ["anbar"]);
        var airBase = Event(week, what: "The base will see a full withdrawal", sentence: 5, topics: ["ain-al-asad", "iraq"]);
        var otherSource = Event(week, what: "Troops leave next week", source: Source("s2"), sentence: 2, topics: ["anbar"]);
        var subscriptions = new[] { new ReminderSubscription(ChatNo("all")), new ReminderSubscription(ChatNo("anbar"), "anbar") };

        var plan = ReminderPlanner.Plan([province, airBase, otherSource], subscriptions, _ => Zone("UTC"), new ReminderOptions(), NewYear);

        string[] What(string chat) => [.. plan.ForChat(ChatNo(chat)).Where(r => r.Subject.Lead == TimeSpan.Zero).Select(r => r.Subject.Event.What).Order(StringComparer.Ordinal)];
        Assert.Equal(["The base will see a full withdrawal", "Troops leave next week"], What("all"));
        Assert.Equal(["Troops leave next week", "Withdrawal from the province"], What("anbar"));
    }

    [Fact]
    public void Different_things_one_source_gives_the_same_date_each_get_their_reminders()
    {
        var june = DatePeriod.Month(2027, 6);
        var bridge = Event(june, TemporalRole.By, what: "The bridge must be finished by June 2027", sentence: 1);
        var tunnel = Event(june, TemporalRole.By, what: "The tunnel is due to open by June 2027", sentence: 2);
        var ferry = Event(june, TemporalRole.By, what: "Ferry terminal works end by June 2027", sentence: 3);

        var plan = ReminderPlanner.Plan([bridge, tunnel, ferry], [new ReminderSubscription(ChatNo("all"))], _ => Zone("UTC"), new ReminderOptions(), NewYear);

        Assert.Equal(3, plan.Entries.Count(r => r.Subject.Lead == TimeSpan.Zero));
    }
}
