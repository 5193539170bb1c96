using System.Globalization;
using Bot.Core.Analysis;
using Bot.Core.Analysis.Time;
using Bot.Core.Ingest;

namespace Bot.Core.Tests.Analysis.Time;

/// <summary>
/// Mentions are compared as one line each, "text | role | granularity start | relative or absolute", so that a row
/// of the table states everything the tagger must get right. Unless a row says otherwise the document was published
/// on Wednesday 31 December 2025.
/// </summary>
public sealed class TemporalTaggerTests
{
    private static readonly DateOnly Wednesday31December2025 = new(2025, 12, 31);

    private static string[] Tag(string sentence, DateOnly? published = null, bool undated = false)
    {
        var mentions = TemporalTagger.Tag(sentence, undated ? null : published ?? Wednesday31December2025);
        foreach (var mention in mentions)
        {
            Assert.Equal(mention.Text, sentence.Substring(mention.Start, mention.Length));
        }

        return mentions.Select(Describe).ToArray();
    }

    private static string Describe(TemporalMention mention)
    {
        var period = mention.Period is { } p
            ? $"{p.Granularity} {p.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : "unresolved";
        return $"{mention.Text} | {mention.Role} | {period} | {(mention.IsRelative ? "relative" : "absolute")}";
    }

    [Theory]
    [InlineData("The deal was signed on 27 September 2024.", "27 September 2024 | At | Day 2024-09-27 | absolute")]
    [InlineData("The deal was signed on 27th of September, 2024.", "27th of September, 2024 | At | Day 2024-09-27 | absolute")]
    [InlineData("The deal was signed on September 27, 2024, in Baghdad.", "September 27, 2024 | At | Day 2024-09-27 | absolute")]
    [InlineData("The deal was signed on Sept. 27, 2024.", "Sept. 27, 2024 | At | Day 2024-09-27 | absolute")]
    [InlineData("The deal was signed on sept 27 2024.", "sept 27 2024 | At | Day 2024-09-27 | absolute")]
    [InlineData("The deal was signed on 2024-09-27.", "2024-09-27 | At | Day 2024-09-27 | absolute")]
    [InlineData("It was announced on Wednesday, December 31, 2025.", "Wednesday, December 31, 2025 | At | Day 2025-12-31 | absolute")]
    [InlineData("It was announced on Wednesday 31 December 2025.", "Wednesday 31 December 2025 | At | Day 2025-12-31 | absolute")]
    [InlineData("It happened on 29 February 2024.", "29 February 2024 | At | Day 2024-02-29 | absolute")]
    public void Full_dates_resolve_to_their_day(string sentence, string expected) =>
        Assert.Equal([expected], Tag(sentence));

    [Theory]
    [InlineData("The deal was signed on 27 September.", "27 September | At | Day 2025-09-27 | relative")]
    [InlineData("Troops leave on 5 January.", "5 January | At | Day 2026-01-05 | relative")]
    [InlineData("Troops leave on January 5.", "January 5 | At | Day 2026-01-05 | relative")]
    [InlineData("The talks resume on 20 June.", "20 June | At | Day 2026-06-20 | relative")]
    [InlineData("The talks ended on 20 August.", "20 August | At | Day 2025-08-20 | relative")]
    public void A_date_without_a_year_takes_the_year_nearest_to_publication(string sentence, string expected) =>
        Assert.Equal([expected], Tag(sentence));

    [Theory]
    [InlineData("The port will reopen by the end of June.", "by the end of June | By | Month 2026-06-01 | relative")]
    [InlineData("Troops must leave by March.", "by March | By | Month 2026-03-01 | relative")]
    [InlineData("Talks will resume in February.", "February | At | Month 2026-02-01 | relative")]
    [InlineData("The ceasefire collapsed in November.", "November | At | Month 2025-11-01 | relative")]
    [InlineData("The ceasefire held until December.", "until December | Until | Month 2025-12-01 | relative")]
    [InlineData("Clashes resumed in early October.", "early October | At | Month 2025-10-01 | relative")]
    public void A_month_without_a_year_looks_ahead_for_deadlines_and_the_future_and_otherwise_takes_the_nearest(string sentence, string expected) =>
        Assert.Equal([expected], Tag(sentence));

    [Theory]
    [InlineData("Officials may meet again.")]
    [InlineData("Prices march on.")]
    [InlineData("The May Day parade.")]
    public void A_month_name_without_a_preposition_is_not_a_date(string sentence) =>
        Assert.Empty(Tag(sentence));

    [Fact]
    public void A_month_without_a_year_in_an_undated_document_stays_unresolved() =>
        Assert.Equal(["by June | By | unresolved | relative"], Tag("The port will reopen by June.", undated: true));

    [Theory]
    [InlineData("It was signed on 31 February 2024.")]
    [InlineData("It was signed on 2024-02-30.")]
    [InlineData("It was signed on 2024-13-01.")]
    [InlineData("They spoke on 31 February.")]
    public void Impossible_dates_are_not_tagged_as_days(string sentence) =>
        Assert.DoesNotContain(Tag(sentence), mention => mention.Contains("| Day "));

    [Theory]
    [InlineData("Troops leave in September 2025.", "September 2025 | At | Month 2025-09-01 | absolute")]
    [InlineData("Troops leave in Sept 2025.", "Sept 2025 | At | Month 2025-09-01 | absolute")]
    [InlineData("Troops leave in sept. 2025.", "sept. 2025 | At | Month 2025-09-01 | absolute")]
    [InlineData("Troops leave in September of 2025.", "September of 2025 | At | Month 2025-09-01 | absolute")]
    [InlineData("Troops leave in May 2026.", "May 2026 | At | Month 2026-05-01 | absolute")]
    [InlineData("Troops leave in mid-September 2025.", "mid-September 2025 | At | Month 2025-09-01 | absolute")]
    public void Month_and_year_resolve_to_the_month(string sentence, string expected) =>
        Assert.Equal([expected], Tag(sentence));

    [Theory]
    [InlineData("A review is due in mid-2026.", "mid-2026 | At | Year 2026-01-01 | absolute")]
    [InlineData("A review is due in early 2026.", "early 2026 | At | Year 2026-01-01 | absolute")]
    [InlineData("A review is due in late 2026.", "late 2026 | At | Year 2026-01-01 | absolute")]
    [InlineData("A review is due at the end of 2026.", "the end of 2026 | By | Year 2026-01-01 | absolute")]
    [InlineData("A review is due by the end of 2026.", "by the end of 2026 | By | Year 2026-01-01 | absolute")]
    [InlineData("Advisers stay until the end of 2026.", "until the end of 2026 | Until | Year 2026-01-01 | absolute")]
    [InlineData("Advisers stay until end of September 2026.", "until end of September 2026 | Until | Month 2026-09-01 | absolute")]
    [InlineData("A review is due by the end of next year.", "by the end of next year | By | Year 2026-01-01 | relative")]
    [InlineData("A review is due by the end of the month.", "by the end of the month | By | Month 2025-12-01 | relative")]
    public void Qualified_years_keep_year_granularity_and_the_end_of_is_a_deadline(string sentence, string expected) =>
        Assert.Equal([expected], Tag(sentence));

    [Theory]
    [InlineData("The coalition was established in 2014.", "2014 | At | Year 2014-01-01 | absolute")]
    [InlineData("The 2024 agreement outlines two phases.", "2024 | At | Year 2024-01-01 | absolute")]
    [InlineData("It relies on the 2008 Strategic Framework Agreement.", "2008 | At | Year 2008-01-01 | absolute")]
    [InlineData("In 1991, the war began.", "1991 | At | Year 1991-01-01 | absolute")]
    [InlineData("The 2099 plan.", "2099 | At | Year 2099-01-01 | absolute")]
    [InlineData("2014's campaign was long.", "2014 | At | Year 2014-01-01 | absolute")]
    [InlineData("A post-2003 order emerged.", "2003 | At | Year 2003-01-01 | absolute")]
    public void A_standalone_year_resolves_to_the_year(string sentence, string expected) =>
        Assert.Equal([expected], Tag(sentence));

    [Theory]
    [InlineData("There are presently 2,500 US soldiers in Iraq.")]
    [InlineData("About 2000 troops remain.")]
    [InlineData("About 2000 soldiers remain.")]
    [InlineData("The fund holds $2024 in cash.")]
    [InlineData("Turnout rose to 2024% of the target.")]
    [InlineData("The code 12024 was used.")]
    [InlineData("A 2024.5 rating.")]
    [InlineData("A 1,2024 reading.")]
    [InlineData("Resolution 2500 was adopted.")]
    [InlineData("The price was 1899 dollars.")]
    [InlineData("The 2024-09 reading.")]
    [InlineData("Her 2015-12 contract ran out.")]
    [InlineData("They met in a few days and in a week.")]
    [InlineData("Staff work Mondays and meet on Fridays.")]
    [InlineData("The troops may remain and march on.")]
    [InlineData("Iraq's sovereignty was discussed in detail.")]
    [InlineData("")]
    public void Numbers_and_words_that_are_not_dates_are_not_tagged(string sentence) =>
        Assert.Empty(Tag(sentence));

    [Theory]
    [InlineData("The 2024-25 budget passed.", new[] { "2024 | At | Year 2024-01-01 | absolute", "25 | Until | Year 2025-01-01 | absolute" })]
    [InlineData("The 2014-2017 campaign ended.", new[] { "2014 | At | Year 2014-01-01 | absolute", "2017 | Until | Year 2017-01-01 | absolute" })]
    [InlineData("The 2014 – 2017 campaign ended.", new[] { "2014 | At | Year 2014-01-01 | absolute", "2017 | Until | Year 2017-01-01 | absolute" })]
    public void A_year_range_is_its_first_year_then_until_its_last(string sentence, string[] expected) =>
        Assert.Equal(expected, Tag(sentence));

    [Theory]
    [InlineData("Iraq's Joint Operations Command announced Wednesday.", "Wednesday | At | Day 2025-12-31 | relative")]
    [InlineData("Talks were held on Friday.", "Friday | At | Day 2025-12-26 | relative")]
    [InlineData("Talks were held Monday.", "Monday | At | Day 2025-12-29 | relative")]
    [InlineData("Talks were held last Monday.", "last Monday | At | Day 2025-12-22 | relative")]
    [InlineData("Talks were held last Wednesday.", "last Wednesday | At | Day 2025-12-24 | relative")]
    [InlineData("Talks resume next Tuesday.", "next Tuesday | At | Day 2026-01-06 | relative")]
    [InlineData("Talks resume next Wednesday.", "next Wednesday | At | Day 2026-01-07 | relative")]
    [InlineData("Talks resume this Thursday.", "this Thursday | At | Day 2026-01-01 | relative")]
    [InlineData("Talks began this Monday.", "this Monday | At | Day 2025-12-29 | relative")]
    [InlineData("Talks resume this coming Sunday.", "this coming Sunday | At | Day 2026-01-04 | relative")]
    [InlineData("The minister will travel to the capital on Friday.", "Friday | At | Day 2026-01-02 | relative")]
    [InlineData("The vote is scheduled for Wednesday.", "Wednesday | At | Day 2026-01-07 | relative")]
    [InlineData("The base is to be handed over on Monday.", "Monday | At | Day 2026-01-05 | relative")]
    [InlineData("The talks are expected to end on Tuesday.", "Tuesday | At | Day 2026-01-06 | relative")]
    [InlineData("Officials are going to meet Thursday.", "Thursday | At | Day 2026-01-01 | relative")]
    [InlineData("Envoys are set to arrive Saturday.", "Saturday | At | Day 2026-01-03 | relative")]
    [InlineData("The team will close the base, the ministry said Tuesday.", "Tuesday | At | Day 2025-12-30 | relative")]
    [InlineData("The handover must finish by Friday.", "by Friday | By | Day 2026-01-02 | relative")]
    public void Weekdays_look_back_from_publication_unless_the_clause_speaks_of_the_future(string sentence, string expected) =>
        Assert.Equal([expected], Tag(sentence));

    [Fact]
    public void A_weekday_in_a_document_published_on_a_Sunday_resolves_within_that_week_or_after_it()
    {
        var sunday = new DateOnly(2026, 1, 4);
        Assert.Equal(["Sunday | At | Day 2026-01-04 | relative"], Tag("The base closed Sunday.", sunday));
        Assert.Equal(["Monday | At | Day 2025-12-29 | relative"], Tag("The base closed Monday.", sunday));
        Assert.Equal(["Monday | At | Day 2026-01-05 | relative"], Tag("The base will close Monday.", sunday));
        Assert.Equal(["this Monday | At | Day 2025-12-29 | relative"], Tag("It closed this Monday.", sunday));
    }

    [Theory]
    [InlineData("Talks continue today.", "today | At | Day 2025-12-31 | relative")]
    [InlineData("Talks ended yesterday.", "yesterday | At | Day 2025-12-30 | relative")]
    [InlineData("Talks resume Tomorrow.", "Tomorrow | At | Day 2026-01-01 | relative")]
    [InlineData("Talks resume tonight.", "tonight | At | Day 2025-12-31 | relative")]
    [InlineData("Talks ended last night.", "last night | At | Day 2025-12-30 | relative")]
    public void Today_yesterday_tomorrow_and_tonight_are_days_around_publication(string sentence, string expected) =>
        Assert.Equal([expected], Tag(sentence));

    [Theory]
    [InlineData("Withdrawal from the air base next week.", "next week | At | Week 2026-01-05 | relative")]
    [InlineData("Troops left last week.", "last week | At | Week 2025-12-22 | relative")]
    [InlineData("Troops leave this week.", "this week | At | Week 2025-12-29 | relative")]
    [InlineData("Troops leave in the coming week.", "coming week | At | Week 2026-01-05 | relative")]
    [InlineData("Troops leave next month.", "next month | At | Month 2026-01-01 | relative")]
    [InlineData("Troops left last month.", "last month | At | Month 2025-11-01 | relative")]
    [InlineData("Troops leave this month.", "this month | At | Month 2025-12-01 | relative")]
    [InlineData("Troops leave Next Year.", "Next Year | At | Year 2026-01-01 | relative")]
    [InlineData("Troops left last year.", "last year | At | Year 2024-01-01 | relative")]
    [InlineData("Troops leave this year.", "this year | At | Year 2025-01-01 | relative")]
    public void Next_last_and_this_week_month_and_year_shift_from_the_published_period(string sentence, string expected) =>
        Assert.Equal([expected], Tag(sentence));

    [Fact]
    public void Next_week_resolves_to_the_following_Monday_week()
    {
        var mention = Assert.Single(TemporalTagger.Tag("The base will be empty next week.", Wednesday31December2025));
        Assert.Equal(new DatePeriod(new DateOnly(2026, 1, 5), DateGranularity.Week), mention.Period);
        Assert.Equal(new DateOnly(2026, 1, 11), mention.Period!.Value.End);
    }

    [Theory]
    [InlineData("Troops leave in 3 days.", "in 3 days | At | Day 2026-01-03 | relative")]
    [InlineData("Troops leave in one day.", "in one day | At | Day 2026-01-01 | relative")]
    [InlineData("Troops leave in two weeks.", "in two weeks | At | Day 2026-01-14 | relative")]
    [InlineData("Troops leave in six months.", "in six months | At | Day 2026-06-30 | relative")]
    [InlineData("Troops leave in Twelve months.", "in Twelve months | At | Day 2026-12-31 | relative")]
    [InlineData("Troops leave in 2 years.", "in 2 years | At | Day 2027-12-31 | relative")]
    [InlineData("Troops leave within six months.", "within six months | By | Day 2026-06-30 | relative")]
    [InlineData("Troops leave within 30 days.", "within 30 days | By | Day 2026-01-30 | relative")]
    [InlineData("Troops leave within the next two weeks.", "within the next two weeks | By | Day 2026-01-14 | relative")]
    [InlineData("Troops left three weeks ago.", "three weeks ago | At | Day 2025-12-10 | relative")]
    public void In_and_within_a_number_of_units_count_from_publication(string sentence, string expected) =>
        Assert.Equal([expected], Tag(sentence));

    [Theory]
    [InlineData("Troops leave by September 2025.", "by September 2025 | By | Month 2025-09-01 | absolute")]
    [InlineData("Troops leave no later than 30 June 2026.", "no later than 30 June 2026 | By | Day 2026-06-30 | absolute")]
    [InlineData("Troops leave not later than 2026.", "not later than 2026 | By | Year 2026-01-01 | absolute")]
    [InlineData("Troops leave on or before 1 July 2026.", "on or before 1 July 2026 | By | Day 2026-07-01 | absolute")]
    [InlineData("Troops leave before March 2026.", "before March 2026 | By | Month 2026-03-01 | absolute")]
    [InlineData("Advisers stay until 2027.", "until 2027 | Until | Year 2027-01-01 | absolute")]
    [InlineData("Advisers stay till next month.", "till next month | Until | Month 2026-01-01 | relative")]
    [InlineData("A US presence through 2026.", "through 2026 | Until | Year 2026-01-01 | absolute")]
    [InlineData("Patrols continue throughout 2026.", "throughout 2026 | Until | Year 2026-01-01 | absolute")]
    [InlineData("Patrols will continue UNTIL Friday.", "UNTIL Friday | Until | Day 2026-01-02 | relative")]
    [InlineData("Patrols had stopped by Friday.", "by Friday | By | Day 2025-12-26 | relative")]
    [InlineData("The report, released in 2014, was cited.", "2014 | At | Year 2014-01-01 | absolute")]
    [InlineData("Standby2026 is a code name.", null)]
    public void Deadline_cues_set_the_role_and_belong_to_the_text(string sentence, string? expected) =>
        Assert.Equal(expected is null ? [] : [expected], Tag(sentence));

    [Fact]
    public void Mentions_come_in_sentence_order_without_overlaps()
    {
        var sentence = "The 2024 agreement sets an exit by September 2025, followed by a US presence through 2026.";

        var mentions = TemporalTagger.Tag(sentence, Wednesday31December2025);

        Assert.Equal(
            [
                new TemporalMention(4, 4, "2024", TemporalRole.At, DatePeriod.Year(2024)),
                new TemporalMention(32, 17, "by September 2025", TemporalRole.By, DatePeriod.Month(2025, 9)),
                new TemporalMention(77, 12, "through 2026", TemporalRole.Until, DatePeriod.Year(2026)),
            ],
            mentions.Select(m => new TemporalMention(m.Start, m.Length, m.Text, m.Role, m.Period)));
    }

    [Theory]
    [InlineData("Withdrawal from the air base next week.", "next week | At | unresolved | relative")]
    [InlineData("The command announced Wednesday.", "Wednesday | At | unresolved | relative")]
    [InlineData("Talks resume tomorrow.", "tomorrow | At | unresolved | relative")]
    [InlineData("Troops leave within six months.", "within six months | By | unresolved | relative")]
    [InlineData("The deal was signed on 27 September.", "27 September | At | unresolved | relative")]
    [InlineData("The coalition was established in 2014.", "2014 | At | Year 2014-01-01 | absolute")]
    [InlineData("Troops leave by September 2025.", "by September 2025 | By | Month 2025-09-01 | absolute")]
    [InlineData("The deal was signed on 27 September 2024.", "27 September 2024 | At | Day 2024-09-27 | absolute")]
    public void An_undated_document_leaves_relative_dates_unresolved_and_resolves_absolute_ones(string sentence, string expected) =>
        Assert.Equal([expected], Tag(sentence, undated: true));

    [Fact]
    public void The_seed_sentences_yield_exactly_their_dates()
    {
        var sentences = SentenceSplitter.Split(TextNormalizer.Normalize(SeedDocument.Body()));

        var tagged = sentences
            .SelectMany(sentence => Tag(sentence.Text, SeedDocument.Published).Select(mention => $"{sentence.Index}: {mention}"))
            .ToArray();

        Assert.Equal(
            [
                "0: Wednesday | At | Day 2025-12-31 | relative",
                "2: next week | At | Week 2026-01-05 | relative",
                "5: next week | At | Week 2026-01-05 | relative",
                "10: 2014 | At | Year 2014-01-01 | absolute",
                "13: 2024 | At | Year 2024-01-01 | absolute",
                "13: by September 2025 | By | Month 2025-09-01 | absolute",
                "13: through 2026 | Until | Year 2026-01-01 | absolute",
                "14: 2008 | At | Year 2008-01-01 | absolute",
            ],
            tagged);
    }

    [Fact]
    public void The_seed_deadline_by_September_2025_ends_on_30_September()
    {
        var mention = TemporalTagger.Tag("full coalition exit from bases like Ain al-Asad by September 2025, followed by", SeedDocument.Published)
            .Single();
        Assert.Equal(new DateOnly(2025, 9, 30), mention.Period!.Value.End);
        Assert.False(mention.IsRelative);
    }
}
