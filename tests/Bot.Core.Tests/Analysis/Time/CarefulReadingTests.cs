using System.Globalization;
using Bot.Core.Analysis;
using Bot.Core.Analysis.Time;
using Bot.Core.Ingest;

namespace Bot.Core.Tests.Analysis.Time;

/// <summary>
/// The rules of issue 9, one table each: tense decides direction, reported speech and "later" re-anchor, the forms news
/// uses every day, and numbers that are not dates. Mentions read "text | role | granularity start..end".
/// </summary>
public sealed class CarefulReadingTests
{
    private static readonly DateOnly Wednesday4March2026 = new(2026, 3, 4);

    private static string[] Tag(string sentence, string published, TemporalContext? context = null)
    {
        var day = DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var mentions = TemporalTagger.Tag(sentence, context ?? new TemporalContext(day));
        foreach (var mention in mentions)
        {
            Assert.Equal(mention.Text, sentence.Substring(mention.Start, mention.Length));
        }

        return [.. mentions.Select(Describe)];
    }

    private static string Describe(TemporalMention mention) => mention.Period is { } p
        ? $"{mention.Text} | {mention.Role} | {p.Granularity} {Iso(p.Start)}{(p.Granularity is DateGranularity.Day or DateGranularity.Week or DateGranularity.Month or DateGranularity.Year ? "" : ".." + Iso(p.End))}"
        : $"{mention.Text} | {mention.Role} | unresolved";

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Services resume on Friday.", "Friday | At | Day 2026-03-06")]
    [InlineData("A vote is expected Thursday.", "Thursday | At | Day 2026-03-05")]
    [InlineData("The strike ended on Friday.", "Friday | At | Day 2026-02-27")]
    [InlineData("The market opened on Wednesday.", "Wednesday | At | Day 2026-03-04")]
    [InlineData("The deal was signed on 5 March.", "5 March | At | Day 2025-03-05")]
    [InlineData("The deal will be signed on 3 March.", "3 March | At | Day 2027-03-03")]
    [InlineData("Two men were arrested in August.", "August | At | Month 2025-08-01")]
    [InlineData("The talks will resume in August.", "August | At | Month 2026-08-01")]
    [InlineData("Flooding hit the region in March.", "March | At | Month 2026-03-01")]
    [InlineData("The road was meant to be cleared by September.", "by September | By | Month 2025-09-01")]
    [InlineData("The road must be cleared by September.", "by September | By | Month 2026-09-01")]
    [InlineData("Troops have stayed there since June.", "June | At | Month 2025-06-01")]
    [InlineData("The council meets on the 27th.", "the 27th | At | Day 2026-03-27")]
    [InlineData("The council met on the 27th.", "the 27th | At | Day 2026-02-27")]
    [InlineData("Ballots must arrive before Friday.", "before Friday | By | Day 2026-03-06")]
    [InlineData("'We will vote on Friday,' the minister said.", "Friday | At | Day 2026-03-06")]
    [InlineData("The agency said the crew was due to return on Friday.", "Friday | At | Day 2026-03-06")]
    [InlineData("The lander was on track to touch down in May, engineers told reporters.", "May | At | Month 2026-05-01")]
    public void The_tense_of_the_clause_decides_which_way_a_partial_date_lies(string sentence, string expected) =>
        Assert.Equal([expected], Tag(sentence, "2026-03-04"));

    [Theory]
    [InlineData("The reopening has been pushed back to June 12.", "2026-04-21", "June 12 | At | Day 2026-06-12")]
    [InlineData("The first stage, which was due by May 22, is late.", "2026-04-21", "by May 22 | By | Day 2026-05-22")]
    [InlineData("The first stage, which was due by May 22, is late.", "2026-06-30", "by May 22 | By | Day 2026-05-22")]
    [InlineData("The mill had promised to deliver the steel by May 15.", "2026-04-21", "by May 15 | By | Day 2026-05-15")]
    [InlineData("The city cancelled the ceremony it had planned for June 13.", "2026-06-05", "June 13 | At | Day 2026-06-13")]
    [InlineData("The two sides agreed to extend their contract until Jan. 15.", "2026-10-03", "until Jan. 15 | Until | Day 2027-01-15")]
    [InlineData("The vote was postponed to 3 March.", "2026-03-10", "3 March | At | Day 2026-03-03")]
    [InlineData("The office moved in May.", "2026-03-04", "May | At | Month 2025-05-01")]
    [InlineData("The council moved on Friday to ban diesel buses.", "2026-03-04", "Friday | At | Day 2026-02-27")]
    [InlineData("Protesters set fire to cars on Friday.", "2026-03-04", "Friday | At | Day 2026-02-27")]
    [InlineData("The hearing was set for 12 March.", "2026-03-04", "12 March | At | Day 2026-03-12")]
    [InlineData("The summit was brought forward to 2 March.", "2026-03-04", "2 March | At | Day 2026-03-02")]
    [InlineData("The session the mediators had set for Monday was called off.", "2026-10-03", "Monday | At | Day 2026-10-05")]
    [InlineData("The session the mediators had set for Monday was called off.", "2026-10-07", "Monday | At | Day 2026-10-05")]
    [InlineData("The vote was pushed back to Friday.", "2026-03-04", "Friday | At | Day 2026-03-06")]
    [InlineData("The hearing was postponed to July 12 from June 22.", "2026-06-30", "July 12 | At | Day 2026-07-12", "June 22 | At | Day 2026-06-22")]
    [InlineData("The summit, originally scheduled for May 22, was cancelled.", "2026-06-05", "May 22 | At | Day 2026-05-22")]
    [InlineData("The hearing will be held on July 12, not June 22.", "2026-06-30", "July 12 | At | Day 2026-07-12", "June 22 | At | Day 2026-06-22")]
    [InlineData("The Security Council renewed the mission's mandate until March 31.", "2026-01-05", "until March 31 | Until | Day 2026-03-31")]
    public void The_target_of_a_plan_or_move_told_in_the_past_is_the_nearest_one(string sentence, string published, params string[] expected) =>
        Assert.Equal(expected, Tag(sentence, published));

    [Theory]
    [InlineData("The minister said on 3 March that the vote would be held next week.", "2026-03-10", new[] { "3 March | At | Day 2026-03-03", "next week | At | Week 2026-03-09" })]
    [InlineData("The union said on Tuesday it would strike again on Saturday.", "2026-03-09", new[] { "Tuesday | At | Day 2026-03-03", "Saturday | At | Day 2026-03-07" })]
    [InlineData("Talks resume two weeks after the 1 May deadline.", "2026-03-04", new[] { "two weeks after the 1 May | At | Day 2026-05-15" })]
    [InlineData("The envoy arrives a day before his visit on Monday.", "2026-03-04", new[] { "a day before his visit on Monday | At | Day 2026-03-08" })]
    [InlineData("The vote was on 2 February 2026 and the count came the following week.", "2026-03-04", new[] { "2 February 2026 | At | Day 2026-02-02", "following week | At | Week 2026-02-09" })]
    [InlineData("Talks opened on 2 February 2026 and ended three weeks later.", "2026-03-04", new[] { "2 February 2026 | At | Day 2026-02-02", "three weeks later | At | Day 2026-02-23" })]
    public void Reported_speech_and_references_re_anchor_the_dates_that_follow(string sentence, string published, string[] expected) =>
        Assert.Equal(expected, Tag(sentence, published));

    [Fact]
    public void A_month_later_counts_from_the_date_the_previous_sentence_ended_on()
    {
        var source = new Source("s", "Talks", Wednesday4March2026, "test", null,
            "The talks opened on 2 February 2026. A month later, the parties signed a deal. The next day, troops left.");

        var dates = DocumentAnalyzer.Analyze(source).Statements.Select(s => $"{s.Mention.Text} | {s.Mention.Period!.Value.Start:yyyy-MM-dd}").ToArray();

        Assert.Equal(["2 February 2026 | 2026-02-02", "A month later | 2026-03-02", "next day | 2026-03-03"], dates);
    }

    [Fact]
    public void With_no_earlier_date_a_month_later_counts_from_publication() =>
        Assert.Equal(["a month later | At | Day 2026-04-04"], Tag("The parties will sign a month later.", "2026-03-04"));

    [Theory]
    [InlineData("Fighting broke out in late last July.", "late last July | At | Month 2025-07-01")]
    [InlineData("The festival opens this September.", "this September | At | Month 2025-09-01")]
    [InlineData("The festival opens next spring.", "next spring | At | Season 2026-03-01..2026-05-31")]
    [InlineData("Elections are due early next year.", "early next year | At | Year 2026-01-01")]
    [InlineData("The review ends in mid-March.", "mid-March | At | Month 2026-03-01")]
    [InlineData("The bridge reopens at the end of the year.", "the end of the year | By | Year 2025-01-01")]
    [InlineData("The bridge reopens by end of year.", "by end of year | By | Year 2025-01-01")]
    [InlineData("The bridge reopens by the turn of the year.", "by the turn of the year | By | Day 2026-01-01")]
    [InlineData("The team returns the day after tomorrow.", "the day after tomorrow | At | Day 2026-01-02")]
    [InlineData("The team left the day before yesterday.", "the day before yesterday | At | Day 2025-12-29")]
    [InlineData("The report is due in a week.", "in a week | At | Day 2026-01-07")]
    [InlineData("Troops leave within 75 days.", "within 75 days | By | Day 2026-03-16")]
    [InlineData("Troops leave in 30 days' time.", "in 30 days' time | At | Day 2026-01-30")]
    [InlineData("Troops leave two weeks from now.", "two weeks from now | At | Day 2026-01-14")]
    [InlineData("Troops left a few days ago.", "a few days ago | At | Span 2025-12-25..2025-12-29")]
    [InlineData("Prices rose over the past two weeks.", "over the past two weeks | At | Span 2025-12-17..2025-12-30")]
    [InlineData("The fair runs from 5 to 9 March.", "from 5 to 9 March | At | Span 2026-03-05..2026-03-09")]
    [InlineData("The fair runs 5-9 March 2026.", "5-9 March 2026 | At | Span 2026-03-05..2026-03-09")]
    [InlineData("The fair runs between March and May.", "between March and May | At | Span 2026-03-01..2026-05-31")]
    [InlineData("The fair runs from 5 May to 9 June 2026.", "from 5 May to 9 June 2026 | At | Span 2026-05-05..2026-06-09")]
    [InlineData("The board meets on the 27th.", "the 27th | At | Day 2026-01-27")]
    [InlineData("The law passed in nineteen ninety-six.", "nineteen ninety-six | At | Year 1996-01-01")]
    [InlineData("Troops leave within twenty days.", "within twenty days | By | Day 2026-01-20")]
    [InlineData("Profits fell in Q3 2025.", "Q3 2025 | At | Quarter 2025-07-01..2025-09-30")]
    [InlineData("Profits will rise in the third quarter.", "the third quarter | At | Quarter 2026-07-01..2026-09-30")]
    [InlineData("Profits will rise by the end of the third quarter of 2026.", "by the end of the third quarter of 2026 | By | Quarter 2026-07-01..2026-09-30")]
    [InlineData("Culture of the 1990s returned.", "the 1990s | At | Decade 1990-01-01..1999-12-31")]
    [InlineData("Music of the seventies returned.", "the seventies | At | Decade 1970-01-01..1979-12-31")]
    [InlineData("Revenue grew in fiscal 2026.", "fiscal 2026 | At | unresolved")]
    [InlineData("The deal was signed on 13/7/2025.", "13/7/2025 | At | Day 2025-07-13")]
    [InlineData("The deal was signed on 7/13/2025.", "7/13/2025 | At | Day 2025-07-13")]
    [InlineData("The deal was signed on 3/7/2025.", "3/7/2025 | At | unresolved")]
    [InlineData("Troops are currently in the north.", "currently | At | Day 2025-12-31")]
    [InlineData("The market reopens this weekend.", "this weekend | At | Span 2026-01-03..2026-01-04")]
    [InlineData("Classes resume in the first week of March.", "first week of March | At | Week 2026-03-02")]
    [InlineData("The summit is held on the last Friday of January.", "last Friday of January | At | Day 2026-01-30")]
    [InlineData("The summit is held on Friday next week.", "Friday next week | At | Day 2026-01-09")]
    [InlineData("Shops close by Easter.", "by Easter | By | Day 2026-04-05")]
    [InlineData("Shops close on Good Friday.", "Good Friday | At | Day 2026-04-03")]
    [InlineData("Stores will open on Thanksgiving.", "Thanksgiving | At | Day 2026-11-26")]
    [InlineData("Sales fell on Black Friday 2010.", "Black Friday 2010 | At | Day 2010-11-26")]
    [InlineData("The parade was held on Memorial Day.", "Memorial Day | At | Day 2025-05-26")]
    [InlineData("Markets close for Martin Luther King Jr. Day.", "Martin Luther King Jr. Day | At | Day 2026-01-19")]
    [InlineData("Strikes are planned on Boxing Day.", "Boxing Day | At | Day 2026-12-26")]
    [InlineData("Rail fares rose on New Year's Eve.", "New Year's Eve | At | Day 2025-12-31")]
    [InlineData("The talks resume next Friday.", "next Friday | At | Day 2026-01-09")]
    [InlineData("The talks resume Monday two weeks from now.", "Monday two weeks from now | At | Day 2026-01-12")]
    [InlineData("The talks ended last Tuesday.", "last Tuesday | At | Day 2025-12-23")]
    [InlineData("The talks resume this coming Friday.", "this coming Friday | At | Day 2026-01-02")]
    [InlineData("The office stays closed until 2026-03.", "until 2026-03 | Until | Month 2026-03-01")]
    [InlineData("Prices were last this high in 2016-11.", "2016-11 | At | Month 2016-11-01")]
    public void The_forms_news_writes_every_day_resolve_to_their_own_period(string sentence, string expected) =>
        Assert.Equal([expected], Tag(sentence, "2025-12-31"));

    [Theory]
    [InlineData("Elections are due in June next year.", "2025-12-31", "June next year | At | Month 2026-06-01")]
    [InlineData("The plant shut in March last year.", "2026-03-04", "March last year | At | Month 2025-03-01")]
    [InlineData("The bridge must reopen by March next year.", "2026-03-04", "by March next year | By | Month 2027-03-01")]
    [InlineData("Shops reopen on Independence Day of this year.", "2026-03-04", "Independence Day of this year | At | Day 2026-07-04")]
    [InlineData("Fares rose at Christmas last year.", "2026-03-04", "Christmas last year | At | Day 2025-12-25")]
    [InlineData("Classes start in the third week next year.", "2025-12-31", "third week next year | At | Week 2026-01-12")]
    [InlineData("Payment is due before the thirty-first day of the month.", "2026-03-04", "before the thirty-first day of the month | By | Day 2026-03-31")]
    [InlineData("The league resumes on the second Sunday.", "2026-03-04", "second Sunday | At | Day 2026-03-08")]
    [InlineData("Protesters returned two Sundays ago.", "2026-03-04", "two Sundays ago | At | Day 2026-02-22")]
    [InlineData("The ballot closes two Fridays from now.", "2026-03-04", "two Fridays from now | At | Day 2026-03-13")]
    [InlineData("The office reopens on 4-22.", "2026-03-04", "4-22 | At | Day 2026-04-22")]
    [InlineData("The office reopened on 22.4.", "2026-03-04", "22.4 | At | Day 2025-04-22")]
    [InlineData("The office closed in 2016 - 11.", "2026-03-04", "2016 - 11 | At | Month 2016-11-01")]
    public void A_month_holiday_or_ordinal_takes_the_year_or_month_named_beside_it(string sentence, string published, string expected) =>
        Assert.Equal([expected], Tag(sentence, published));

    [Theory]
    [InlineData("Sales fell over the last 3 months and 2 days ago prices rose.", "2025-12-31",
        new[] { "over the last 3 months | At | Span 2025-09-30..2025-12-30", "2 days ago | At | Day 2025-12-29" })]
    [InlineData("The call is set for this Friday-Jun-15.", "2018-06-11",
        new[] { "this Friday | At | Day 2018-06-15", "Jun-15 | At | Day 2018-06-15" })]
    public void Neighbouring_dates_that_are_not_one_expression_stay_apart(string sentence, string published, string[] expected) =>
        Assert.Equal(expected, Tag(sentence, published));

    [Theory]
    [InlineData("The team won on 4-2 aggregate.")]
    [InlineData("Shares rose 4.22 percent.")]
    [InlineData("The index closed on 22.4 points.")]
    [InlineData("The ministry may next year cut fuel subsidies.", "next year")]
    [InlineData("Crowds gathered for a third Friday running.", "Friday")]
    public void Scores_decimals_and_counted_weekdays_are_not_read_as_dates(string sentence, string? only = null) =>
        Assert.Equal(only is null ? [] : [only], Tag(sentence, "2026-03-04").Select(m => m.Split(" | ")[0]).ToArray());

    [Fact]
    public void A_document_that_writes_one_date_day_first_reads_its_ambiguous_ones_day_first()
    {
        var order = TemporalTagger.NumericOrderOf("Filed on 25/12/2025. Signed on 3/7/2025.");
        var context = new TemporalContext(new DateOnly(2025, 12, 31)) { NumericOrder = order };

        Assert.Equal(NumericDateOrder.DayFirst, order);
        Assert.Equal(["3/7/2025 | At | Day 2025-07-03"], Tag("Signed on 3/7/2025.", "2025-12-31", context));
    }

    [Theory]
    [InlineData("Talks collapsed last December.", "2026-01-10", "last December | At | Month 2025-12-01")]
    [InlineData("Talks collapsed in December.", "2026-01-10", "December | At | Month 2025-12-01")]
    [InlineData("Talks resume next January.", "2025-12-31", "next January | At | Month 2026-01-01")]
    [InlineData("Talks resume in January.", "2025-12-31", "January | At | Month 2026-01-01")]
    [InlineData("Sales start in week 1.", "2025-12-31", "week 1 | At | Week 2025-12-29")]
    [InlineData("Sales start in the first week of 2026.", "2025-12-31", "first week of 2026 | At | Week 2025-12-29")]
    [InlineData("Sales peaked in the last week of 2025.", "2025-12-31", "last week of 2025 | At | Week 2025-12-22")]
    [InlineData("The law took effect on 29 February.", "2026-03-10", "29 February | At | Day 2024-02-29")]
    [InlineData("The law takes effect on 29 February.", "2026-03-10", "29 February | At | Day 2028-02-29")]
    public void Year_boundaries_week_numbers_and_leap_days_follow_the_calendar(string sentence, string published, string expected) =>
        Assert.Equal([expected], Tag(sentence, published));

    [Theory]
    [InlineData("The 1953 team won again.")]
    [InlineData("Traffic on Route 2032 was halted.")]
    [InlineData("About 2,500 troops remain.")]
    [InlineData("Enter a 2015-32 code.")]
    [InlineData("The line offers 24/7 support.")]
    [InlineData("About 1/2 of the troops left.")]
    [InlineData("They may one day return.")]
    [InlineData("A second March rally drew crowds.")]
    [InlineData("This may take longer than expected.")]
    [InlineData("The rules take effect 60 days after it is signed.")]
    [InlineData("Prices fall when demand drops.")]
    [InlineData("By 2,500 votes, the 1953 team's motion passed.")]
    [InlineData("The permit for Route 2032 was renewed by the board.")]
    [InlineData("A 2015-32 code was extended to the whole fleet.")]
    [InlineData("The vote is due a week before Ramadan.")]
    public void Numbers_and_words_that_only_look_like_dates_are_not_tagged(string sentence) =>
        Assert.Empty(Tag(sentence, "2025-12-31"));

    [Theory]
    [InlineData("By Wednesday night, 38 tankers were anchored off the port.", "2026-03-06", "By Wednesday | By | Day 2026-03-04")]
    [InlineData("By 6 p.m. Wednesday, the crowd had dispersed.", "2026-03-06", "By 6 p.m. Wednesday | By | Day 2026-03-04")]
    [InlineData("The tankers had left by Wednesday night.", "2026-03-06", "by Wednesday | By | Day 2026-03-04")]
    [InlineData("By Friday, 20 ships had docked.", "2026-03-06", "By Friday | By | Day 2026-03-06")]
    [InlineData("By Tuesday, the fire had been contained.", "2026-01-02", "By Tuesday | By | Day 2025-12-30")]
    [InlineData("By December, the army had withdrawn from the city.", "2026-01-10", "By December | By | Month 2025-12-01")]
    [InlineData("By May, inflation had fallen to 3%.", "2026-06-10", "By May | By | Month 2026-05-01")]
    [InlineData("By Wednesday night, 38 tankers will be anchored off the port.", "2026-03-06", "By Wednesday | By | Day 2026-03-11")]
    [InlineData("Still, by Thursday, most of the tankers had sailed.", "2026-03-06", "by Thursday | By | Day 2026-03-05")]
    [InlineData("Officials met, on Friday, to discuss the tankers.", "2026-03-04", "Friday | At | Day 2026-02-27")]
    [InlineData("The plan: a full exit from the port by Friday, followed by talks.", "2026-03-04", "by Friday | By | Day 2026-03-06")]
    [InlineData("Crews expect the line to be cleared by 6 a.m. Monday.", "2026-03-06", "by 6 a.m. Monday | By | Day 2026-03-09")]
    public void By_a_bare_weekday_or_month_in_a_past_clause_is_the_latest_one_on_or_before_the_report(string sentence, string published, string expected) =>
        Assert.Equal([expected], Tag(sentence, published));

    [Theory]
    [InlineData("Monday, Tuesday and Wednesday will see strikes.", "2026-03-06", "Monday | At | Day 2026-03-09", "Tuesday | At | Day 2026-03-10", "Wednesday | At | Day 2026-03-11")]
    [InlineData("On Monday, Tuesday and Wednesday, the trains stopped.", "2026-03-06", "Monday | At | Day 2026-03-02", "Tuesday | At | Day 2026-03-03", "Wednesday | At | Day 2026-03-04")]
    public void Dates_listed_before_the_verb_take_its_tense(string sentence, string published, params string[] expected) =>
        Assert.Equal(expected, Tag(sentence, published));

    [Theory]
    [InlineData("The festival runs from 5 to 9 March.", "2026-03-02", "from 5 to 9 March | At | Span 2026-03-05..2026-03-09")]
    [InlineData("Repairs are planned between November and February.", "2025-10-20", "between November and February | At | Span 2025-11-01..2026-02-28")]
    [InlineData("The strike will run from 29 December to 3 January.", "2025-12-20", "from 29 December to 3 January | At | Span 2025-12-29..2026-01-03")]
    [InlineData("The exhibition opens 27-30 December.", "2026-12-01", "27-30 December | At | Span 2026-12-27..2026-12-30")]
    [InlineData("Voting takes place the week of 12 May.", "2026-03-02", "week of 12 May | At | Week 2026-05-11")]
    [InlineData("The border stays shut from Thursday to Sunday.", "2026-03-02", "from Thursday to Sunday | At | Span 2026-03-05..2026-03-08")]
    [InlineData("The border was shut from Friday to Tuesday.", "2026-03-04", "from Friday to Tuesday | At | Span 2026-02-27..2026-03-03")]
    public void A_range_keeps_its_own_first_and_last_day(string sentence, string published, string expected) =>
        Assert.Equal([expected], Tag(sentence, published));

    [Theory]
    [InlineData("The shops will close two weeks before Christmas.", "2026-11-20", "two weeks before Christmas | At | Day 2026-12-11")]
    [InlineData("Ten days before Christmas, the talks collapsed.", "2027-01-03", "Ten days before Christmas | At | Day 2026-12-15")]
    [InlineData("Three days after Christmas, the plant shut.", "2026-12-28", "Three days after Christmas | At | Day 2026-12-28")]
    [InlineData("Ferries resume the day after New Year's Day.", "2026-12-20", "the day after New Year's Day | At | Day 2027-01-02")]
    [InlineData("Markets reopen the day after Easter.", "2026-04-01", "the day after Easter | At | Day 2026-04-06")]
    [InlineData("Markets reopen the day after Easter.", "2027-03-01", "the day after Easter | At | Day 2027-03-29")]
    [InlineData("Sales will start three weeks before Easter.", "2026-02-01", "three weeks before Easter | At | Day 2026-03-15")]
    [InlineData("The vote is two days after Labor Day.", "2026-09-01", "two days after Labor Day | At | Day 2026-09-09")]
    [InlineData("Two weeks before Christmas: the plan.", "2026-06-25", "Two weeks before Christmas | At | unresolved")]
    [InlineData("Two weeks before Christmas: the plan.", "2026-11-20", "Two weeks before Christmas | At | Day 2026-12-11")]
    public void An_offset_from_a_holiday_with_a_computable_date_counts_from_that_day(string sentence, string published, string expected) =>
        Assert.Equal([expected], Tag(sentence, published));

    [Theory]
    [InlineData("The plan takes effect a week after the 1 May deadline.", "2026-04-20", "a week after the 1 May | At | Day 2026-05-08")]
    [InlineData("Two days after the 20 March vote, the minister resigned.", "2026-04-20", "Two days after the 20 March | At | Day 2026-03-22")]
    [InlineData("The court will rule ten days after the 30 April hearing.", "2026-04-20", "ten days after the 30 April | At | Day 2026-05-10")]
    [InlineData("The levy starts a month after the January 5 deadline.", "2025-12-15", "a month after the January 5 | At | Day 2026-02-05")]
    [InlineData("Three days before the vote on Friday, ministers will meet.", "2026-04-20", "Three days before the vote on Friday | At | Day 2026-04-21")]
    [InlineData("The week after the election on 3 May, parliament will sit.", "2026-04-20", "The week after the election on 3 May | At | Week 2026-05-04")]
    [InlineData("The summit is set for the Monday after next.", "2026-04-22", "the Monday after next | At | Day 2026-05-04")]
    [InlineData("The Monday after next is a holiday.", "2026-12-28", "The Monday after next | At | Day 2027-01-11")]
    [InlineData("Parliament sits again the Friday before the vote on 3 May.", "2026-04-20", "the Friday before the vote on 3 May | At | Day 2026-05-01")]
    [InlineData("Ferries resume the Friday after New Year's Day.", "2026-12-30", "the Friday after New Year's Day | At | Day 2027-01-08")]
    public void An_offset_counts_from_the_date_given_right_after_it(string sentence, string published, string expected) =>
        Assert.Equal([expected], Tag(sentence, published));

    [Theory]
    [InlineData("The mandate was renewed until March 31.", "2026-06-10", "until March 31 | Until | Day 2027-03-31")]
    [InlineData("Parliament extended the state of emergency to March 31.", "2026-06-10", "March 31 | At | Day 2027-03-31")]
    [InlineData("Both sides agreed an extension of the truce until March 31.", "2026-06-10", "until March 31 | Until | Day 2027-03-31")]
    [InlineData("The licence was renewed until January 5.", "2026-12-20", "until January 5 | Until | Day 2027-01-05")]
    [InlineData("The ban lasted until May 31.", "2026-06-10", "until May 31 | Until | Day 2026-05-31")]
    [InlineData("The truce had been extended until March 31 but collapsed in February.", "2026-06-10", "until March 31 | Until | Day 2026-03-31", "February | At | Month 2026-02-01")]
    [InlineData("Under the deal, the pact that expired on Sept. 30 stays in force until Jan. 15.", "2026-10-05", "Sept. 30 | At | Day 2026-09-30", "until Jan. 15 | Until | Day 2027-01-15")]
    [InlineData("The accord, which lapsed on Sept. 30, remains valid until Jan. 15.", "2026-10-05", "Sept. 30 | At | Day 2026-09-30", "until Jan. 15 | Until | Day 2027-01-15")]
    public void An_extension_reaches_ahead_of_the_act_and_what_stays_in_force_looks_ahead(string sentence, string published, params string[] expected) =>
        Assert.Equal(expected, Tag(sentence, published));

    [Theory]
    [InlineData("The health agency urged people to get vaccinated before the winter.", "2026-10-12", "before the winter | Season 2026-12-01..2027-02-28 | due 2026-11-30")]
    [InlineData("The bridge must reopen before March.", "2026-01-12", "before March | Month 2026-03-01 | due 2026-02-28")]
    [InlineData("Rates will not rise before 2028.", "2026-01-12", "before 2028 | Year 2028-01-01 | due 2027-12-31")]
    [InlineData("The bridge must reopen before Friday.", "2026-03-04", "before Friday | Day 2026-03-06 | due 2026-03-06")]
    [InlineData("The bridge must reopen by March.", "2026-01-12", "by March | Month 2026-03-01 | due 2026-03-31")]
    [InlineData("The bridge must reopen before the end of March.", "2026-01-12", "before the end of March | Month 2026-03-01 | due 2026-03-31")]
    [InlineData("The bridge must reopen on or before June.", "2026-01-12", "on or before June | Month 2026-06-01 | due 2026-06-30")]
    public void Before_a_period_names_the_period_and_is_due_before_it_begins(string sentence, string published, string expected)
    {
        var mention = Assert.Single(TemporalTagger.Tag(sentence, DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var due = mention.AsDue().Period!.Value;
        Assert.Equal(expected, $"{Describe(mention).Replace(" | By", "", StringComparison.Ordinal)} | due {Iso(due.End)}");
    }

    [Theory]
    [InlineData("The company reports fourth-quarter results on Thursday.", "Thursday | At | Day 2026-03-05")]
    [InlineData("The bank publishes its inflation report on Thursday.", "Thursday | At | Day 2026-03-05")]
    [InlineData("The appeal court hears the case on Monday.", "Monday | At | Day 2026-03-09")]
    [InlineData("Reports on Monday suggested the talks had failed.", "Monday | At | Day 2026-03-02")]
    [InlineData("Media reports on Monday suggested the talks had failed.", "Monday | At | Day 2026-03-02")]
    [InlineData("The company reported results on Thursday.", "Thursday | At | Day 2026-02-26")]
    public void An_earnings_calendar_or_court_list_in_the_present_schedules_ahead(string sentence, string expected) =>
        Assert.Equal([expected], Tag(sentence, "2026-03-04"));
}
