using Bot.Core.Analysis.Time;
using static Bot.Core.Tests.Reminders.ReminderEvents;

namespace Bot.Core.Tests.Reminders;

public sealed class ReminderMessageTests
{
    private static ReminderSubject Subject(string period, int leadDays = 0) =>
        new("k", Parse(period), TimeSpan.FromDays(leadDays));

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_week_level_reminder_says_the_week_its_first_day_what_and_who_said_so()
    {
        var week = Event(
            DatePeriod.WeekOf(new DateOnly(2026, 1, 5)),
            what: "Ain al-Asad will witness a full withdrawal next week",
            source: Source("s1") with { Title = "Coalition forces to withdraw" });

        var text = PlainTextRenderer.Render(ReminderMessage.Build(new ReminderSubject("k", week, TimeSpan.FromDays(7)), Day("2025-12-29")));

        Assert.Equal(
            """
            Reminder: in 7 days — week of 5 January 2026
            • What: Ain al-Asad will witness a full withdrawal next week
              “Ain al-Asad will witness a full withdrawal next week.” — Coalition forces to withdraw, 31 Dec 2025
            • When: week of 5 January 2026 (starting Monday 5 January 2026)
            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void A_year_level_deadline_counts_down_to_the_last_day_of_the_year()
    {
        var presence = Event(DatePeriod.Year(2026), TemporalRole.Until, what: "A US presence emphasizing capacity-building");

        var answer = ReminderMessage.Build(new ReminderSubject("k", presence, TimeSpan.FromDays(1)), Day("2026-12-30"));

        Assert.Equal(
            """
            Reminder: tomorrow — until the end of 2026
            • What: A US presence emphasizing capacity-building
              “A US presence emphasizing capacity-building.” — Report s1, 31 Dec 2025
            • When: until the end of 2026 (Thursday 31 December 2026)
            """.ReplaceLineEndings("\n"),
            PlainTextRenderer.Render(answer));
        var quote = Assert.Single(answer.Quotes);
        Assert.Equal("s1", quote.Source.SourceId);
        Assert.Null(answer.Note);
    }

    [Theory]
    [InlineData("Week 2026-01-05 At", "2026-01-04", "Reminder: tomorrow — week of 5 January 2026")]
    [InlineData("Week 2026-01-05 At", "2026-01-05", "Reminder: today — week of 5 January 2026")]
    [InlineData("Week 2026-01-05 By", "2026-01-04", "Reminder: in 7 days — by the end of the week of 5 January 2026")]
    [InlineData("Year 2026-01-01 Until", "2026-12-31", "Reminder: today — until the end of 2026")]
    [InlineData("Year 2026-01-01 By", "2026-12-24", "Reminder: in 7 days — by the end of 2026")]
    [InlineData("Year 2027-01-01 At", "2026-12-31", "Reminder: tomorrow — 2027")]
    [InlineData("Month 2025-09-01 By", "2025-09-23", "Reminder: in 7 days — by September 2025")]
    [InlineData("Quarter 2026-07-01 By", "2026-09-23", "Reminder: in 7 days — by the end of the third quarter of 2026")]
    [InlineData("Season 2026-06-01 At", "2026-08-24", "Reminder: ends in 7 days — summer 2026")]
    [InlineData("Span 2026-03-05/2026-03-09 At", "2026-03-04", "Reminder: tomorrow — 5-9 March 2026")]
    [InlineData("Span 2026-03-07/2026-03-08 At", "2026-03-06", "Reminder: tomorrow — 7-8 March 2026")]
    [InlineData("Span 2026-03-01/2026-05-31 At", "2026-05-30", "Reminder: ends tomorrow — March to May 2026")]
    [InlineData("Month 2026-09-01 Until", "2026-09-29", "Reminder: tomorrow — until the end of September 2026")]
    [InlineData("Month 2026-03-01 At", "2026-02-22", "Reminder: in 7 days — March 2026")]
    [InlineData("Day 2026-06-10 At", "2026-06-03", "Reminder: in 7 days — Wednesday 10 June 2026")]
    [InlineData("Day 2026-06-10 By", "2026-06-09", "Reminder: tomorrow — by Wednesday 10 June 2026")]
    [InlineData("Year 2026-01-01 Until", "2027-01-01", "Reminder: was due yesterday — until the end of 2026")]
    [InlineData("Day 2026-06-10 At", "2026-06-13", "Reminder: was due 3 days ago — Wednesday 10 June 2026")]
    public void The_headline_counts_the_days_to_the_due_day_and_keeps_the_granularity(string period, string today, string expected) =>
        Assert.Equal(expected, ReminderMessage.Build(Subject(period), Day(today)).Headline);

    [Theory]
    [InlineData("Week 2026-01-05 At", "When: week of 5 January 2026 (starting Monday 5 January 2026)")]
    [InlineData("Week 2026-01-05 Until", "When: until the end of the week of 5 January 2026 (Sunday 11 January 2026)")]
    [InlineData("Month 2025-09-01 By", "When: by September 2025 (Tuesday 30 September 2025)")]
    [InlineData("Quarter 2026-07-01 By", "When: by the end of the third quarter of 2026 (Wednesday 30 September 2026)")]
    [InlineData("Decade 1990-01-01 At", "When: the 1990s (starting Monday 1 January 1990)")]
    [InlineData("Month 2026-03-01 At", "When: March 2026 (starting Sunday 1 March 2026)")]
    [InlineData("Year 2026-01-01 Until", "When: until the end of 2026 (Thursday 31 December 2026)")]
    [InlineData("Day 2026-06-10 At", "When: Wednesday 10 June 2026")]
    [InlineData("Quarter 2026-07-01 At", "When: the third quarter of 2026 (ends Wednesday 30 September 2026)")]
    [InlineData("Span 2025-12-29/2026-01-03 At", "When: 29 December 2025 to 3 January 2026 (starting Monday 29 December 2025)")]
    [InlineData("Span 2026-03-01/2026-05-31 At", "When: March to May 2026 (ends Sunday 31 May 2026)")]
    public void The_when_line_names_the_period_and_the_day_it_comes_down_to(string period, string expected) =>
        Assert.Equal(expected, ReminderMessage.Build(Subject(period), Day("2026-01-01")).Items[1].Text);

    [Fact]
    public void A_late_reminder_says_it_is_late_and_why()
    {
        var answer = ReminderMessage.Build(Subject("Day 2026-06-10 At"), Day("2026-06-10"), late: true);

        Assert.Equal("Sent late: the bot was not running when this reminder was due.", answer.Note);
    }

    [Fact]
    public void A_planned_reminder_counts_days_on_the_chats_own_calendar()
    {
        // 09:00 in Auckland on Sunday 4 January is still Saturday 3 January in UTC.
        var plan = PlanFor(Parse("Week 2026-01-05 At"), "Pacific/Auckland");
        var dayBefore = plan.Entries.Single(r => r.Subject.Lead == TimeSpan.FromDays(1));

        Assert.Equal("2026-01-03T20:00:00Z", Utc(dayBefore.FireUtc));
        Assert.Equal("Reminder: tomorrow — week of 5 January 2026", ReminderMessage.Build(dayBefore).Headline);
    }
}
