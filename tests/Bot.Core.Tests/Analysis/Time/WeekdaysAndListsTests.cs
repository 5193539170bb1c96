using System.Globalization;
using Bot.Core.Analysis.Time;

namespace Bot.Core.Tests.Analysis.Time;

/// <summary>
/// A weekday said with its date, lists of days and weekdays, clauses without a verb of their own, and sayings still
/// to come. Mentions read "text | role | granularity start".
/// </summary>
public sealed class WeekdaysAndListsTests
{
    private static string[] Tag(string sentence, string published)
    {
        var mentions = TemporalTagger.Tag(sentence, DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        foreach (var mention in mentions)
        {
            Assert.Equal(mention.Text, sentence.Substring(mention.Start, mention.Length));
        }

        return [.. mentions.Select(m => m.Period is { } p
            ? $"{m.Text} | {m.Role} | {p.Granularity} {p.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : $"{m.Text} | {m.Role} | unresolved")];
    }

    [Theory]
    [InlineData("The launch has been postponed to Tuesday 6 October.", "2026-08-27", "Tuesday 6 October | At | Day 2026-10-06")]
    [InlineData("The plant closed on Monday 6 October.", "2026-08-27", "Monday 6 October | At | Day 2025-10-06")]
    [InlineData("Talks resume on Friday 2 January.", "2025-12-31", "Friday 2 January | At | Day 2026-01-02")]
    [InlineData("The meeting was held on Wednesday, December 31.", "2026-01-03", "Wednesday, December 31 | At | Day 2025-12-31")]
    [InlineData("The fair opens on Monday 5 June.", "2026-03-04", "Monday 5 June | At | Day 2026-06-05")]
    public void A_weekday_said_with_its_date_picks_the_year_the_date_falls_on_it(string sentence, string published, string expected) =>
        Assert.Equal([expected], Tag(sentence, published));

    [Theory]
    [InlineData("Walkouts will take place on Thursday 9, Friday 10 and Saturday 11 April.", "2026-03-24",
        new[] { "Thursday 9 | At | Day 2026-04-09", "Friday 10 | At | Day 2026-04-10", "Saturday 11 April | At | Day 2026-04-11" })]
    [InlineData("The summit was held on 18 and 19 June.", "2026-03-04", new[] { "18 | At | Day 2025-06-18", "19 June | At | Day 2025-06-19" })]
    [InlineData("The summit will be held on 18 and 19 June.", "2026-03-04", new[] { "18 | At | Day 2026-06-18", "19 June | At | Day 2026-06-19" })]
    [InlineData("Polls open on 5, 6 and 7 May 2027.", "2026-03-04", new[] { "5 | At | Day 2027-05-05", "6 | At | Day 2027-05-06", "7 May 2027 | At | Day 2027-05-07" })]
    [InlineData("Unit 12 and 9 March were hit.", "2026-03-04", new[] { "9 March | At | Day 2025-03-09" })]
    public void Days_listed_before_a_day_and_month_are_days_of_that_month(string sentence, string published, string[] expected) =>
        Assert.Equal(expected, Tag(sentence, published));

    [Theory]
    [InlineData("Strikes are planned for Thursday, Friday and Saturday.", "2026-04-08",
        new[] { "Thursday | At | Day 2026-04-09", "Friday | At | Day 2026-04-10", "Saturday | At | Day 2026-04-11" })]
    [InlineData("Protests took place on Thursday, Friday and Saturday.", "2026-04-08",
        new[] { "Thursday | At | Day 2026-04-02", "Friday | At | Day 2026-04-03", "Saturday | At | Day 2026-04-04" })]
    [InlineData("The union will strike on Saturday and Monday.", "2026-01-04",
        new[] { "Saturday | At | Day 2026-01-10", "Monday | At | Day 2026-01-12" })]
    [InlineData("Fighting flared on Saturday and Monday.", "2026-01-04",
        new[] { "Saturday | At | Day 2026-01-03", "Monday | At | Day 2025-12-29" })]
    public void Listed_weekdays_follow_each_other_in_the_order_they_are_listed(string sentence, string published, string[] expected) =>
        Assert.Equal(expected, Tag(sentence, published));

    [Theory]
    [InlineData("Both sides have agreed to meet at the Arbitration and Conciliation Board on Thursday.", "2026-03-24", "Thursday | At | Day 2026-03-26")]
    [InlineData("Both sides met at the Arbitration and Conciliation Board on Thursday.", "2026-03-24", "Thursday | At | Day 2026-03-19")]
    public void A_clause_with_no_verb_of_its_own_reads_the_verb_before_it(string sentence, string published, string expected) =>
        Assert.Equal([expected], Tag(sentence, published));

    [Theory]
    [InlineData("The result would be announced on Monday.", "Monday | At | Day 2026-03-09")]
    [InlineData("The result was announced on Monday.", "Monday | At | Day 2026-03-02")]
    public void A_saying_still_to_come_is_no_reporting_date(string sentence, string expected) =>
        Assert.Equal([expected], Tag(sentence, "2026-03-04"));
}
