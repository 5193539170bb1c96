namespace Bot.Core.Tests.Questions;

/// <summary>Free questions through the real dispatcher: the first line answers, the quotes prove it.</summary>
public sealed class QuestionAnsweringTests
{
    private const string DayAfterSeed = "2026-01-01T09:00:00Z";

    private static Source Report(string title, string published, string body) =>
        SourceReader.Read($"---\ntitle: {title}\npublished: {published}\nsource: Example Wire\n---\n{body}", $"{title}.md", "test");

    private static CommandHarness Bot(string now, params Source[] reports) => new(Seeds.Knowledge(reports), DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The answer to <paramref name="question"/> asked at <paramref name="now"/>, over the seeds and <paramref name="reports"/>.</summary>
    private static async Task<Answer> AskAsync(string now, string question, params Source[] reports)
    {
        using var bot = Bot(now, reports);
        return (await bot.AnswerAsync(question))!;
    }

    /// <summary>The answer to <paramref name="question"/> asked the morning after the seeds and one report of 4 March 2026.</summary>
    private static Task<Answer> AskTheDayAfterAsync(string question, string title, string body) =>
        AskAsync("2026-03-05T09:00:00Z", question, Report(title, "2026-03-04", body));

    [Theory]
    [InlineData("what happens if the ferry talks fail?", "The ferry talks resume on Monday at the port offices. If the talks collapse again, crews will walk out for 48 hours from 12 March.", "crews will walk out")]
    [InlineData("what if the clinic misses its inspection deadline?", "The clinic has until 20 March to pass its inspection. Failing that, the health board will close its surgery wing.", "close its surgery wing")]
    [InlineData("what would happen if the loan is not repaid?", "The council must repay the loan by June. Otherwise, the treasury will take over its budget, officials said.", "treasury will take over")]
    public async Task What_happens_if_leads_with_the_consequence_the_text_gives_for_the_condition(string question, string body, string consequence)
    {
        var answer = await AskTheDayAfterAsync(question, "Deadline looms", body);

        Assert.Contains(consequence, answer.Headline, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"^(?i:if|failing|otherwise)\b", answer.Headline);
    }

    [Fact]
    public async Task When_do_troops_leave_leads_with_the_withdrawal_week_and_gives_the_2026_horizon_not_the_report_date()
    {
        var answer = await AskAsync(DayAfterSeed, "when do US troops leave iraq?");

        Assert.StartsWith("Week of 5 January 2026 (ahead: in 4 days)", answer.Headline);
        Assert.Contains(answer.Items, i => i.Text.Contains("Until the end of 2026", StringComparison.Ordinal));
        Assert.DoesNotContain("31 December 2025", answer.Headline);
    }

    [Fact]
    public async Task What_happens_next_late_in_2026_gives_only_what_is_still_ahead()
    {
        using var bot = Bot("2026-12-01T09:00:00Z");

        var text = await bot.TextAsync("what happens next?");

        Assert.Contains("Until the end of 2026 (phase, open: 30 days left)", text);
        Assert.DoesNotContain("next week", text);
        Assert.DoesNotContain("(passed)", text);
    }

    [Fact]
    public async Task A_question_asked_early_in_a_story_finds_its_answer_among_many_later_reports_that_match_it_better()
    {
        var later = Enumerable.Range(1, 40).Select(i => Report($"Ferry update {i}", "2026-06-01",
            $"The ferry strike and the ferry strike ballot were discussed again at meeting {i}, and the ferry strike went on."));
        var answer = await AskAsync("2026-03-05T09:00:00Z", "why are the ferry crews balloting on a strike?", [Report("Ferry crews to ballot", "2026-03-04",
            "Ferry crews at Dunmore will ballot on strike action.\n\nThe union says crews are balloting because wages have fallen behind rents, which rose by 9% last year."), .. later]);

        Assert.Contains("rents", string.Join(' ', answer.Quotes.Select(q => q.Sentence)));
        Assert.DoesNotContain(answer.Quotes, q => q.Sentence.Contains("meeting", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("which countries will send troops to the mission?", true)]
    [InlineData("which country will lead the mission?", false)]
    public async Task A_question_for_several_places_names_every_place_of_the_list_and_one_for_a_single_place_names_one(string question, bool several)
    {
        var answer = await AskTheDayAfterAsync(question, "Peace mission agreed",
            "Troops from Norland, Velmark and Ostria will join the peace mission in Kestria next month, the alliance said on Tuesday.\n\nThe mission will be led from Velmark.");

        var named = new[] { "Norland", "Velmark", "Ostria", "Kestria" }.Where(answer.Headline.Contains).ToList();
        if (several)
        {
            Assert.Equal(["Norland", "Velmark", "Ostria"], named.Where(n => n != "Kestria"));
        }
        else
        {
            Assert.Single(named);
        }
    }

    [Fact]
    public async Task When_a_newer_report_moves_a_date_the_new_date_leads_even_where_the_older_report_matches_the_question_better()
    {
        var answer = await AskAsync("2026-09-01T09:00:00Z", "when will the new tram line to the northern suburbs open?",
            Report("Tram line plan", "2026-03-04", "Dunmore's new tram line to the northern suburbs will open by June 2027, Dunmore council said."),
            Report("Tram line delayed", "2026-08-20", "Dunmore council moved the deadline for the tram line from June 2027 to March 2028."));

        Assert.Contains("March 2028", answer.Headline);
    }

    [Fact]
    public async Task A_date_moved_by_a_report_published_after_a_first_question_leads_once_the_clock_reaches_that_report()
    {
        using var bot = Bot("2026-08-01T09:00:00Z",
            Report("Tram line plan", "2026-03-04", "Dunmore's new tram line to the northern suburbs will open by June 2027, Dunmore council said."),
            Report("Tram line delayed", "2026-08-20", "Dunmore council moved the deadline for the tram line from June 2027 to March 2028."));
        const string question = "when will the new tram line to the northern suburbs open?";

        var before = (await bot.AnswerAsync(question))!;
        bot.Time.SetUtcNow(DateTimeOffset.Parse("2026-09-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var after = (await bot.AnswerAsync(question))!;

        Assert.Contains("June 2027", before.Headline);
        Assert.Contains("March 2028", after.Headline);
    }

    [Fact]
    public async Task Who_gives_the_name_whose_role_is_what_the_question_asks_not_the_name_the_passages_repeat()
    {
        var answer = await AskTheDayAfterAsync("who leads the dockers' union?", "Dockers walk out",
            "Dunmore Port said the walkout at Dunmore Port would close Dunmore Port for a day. Dunmore Port asked dockers to return.\n\nAlex Varga, who was elected general secretary of the dockers' union last year, said the walkout would go on.");

        Assert.StartsWith("Alex Varga", answer.Headline);
    }

    [Theory]
    [InlineData("who makes the new trams?", "Kelso Rail")]
    [InlineData("who is supplying the trams", "Kelso Rail")]
    public async Task Who_does_something_gives_the_firm_whose_role_says_it_not_the_thing_named_in_the_question(string question, string firm)
    {
        var answer = await AskTheDayAfterAsync(question, "New trams for Dunmore",
            "Dunmore will get the Strada, the first low-floor tram built for the city, next spring.\n\nThe council ordered 20 trams from the manufacturer, Kelso Rail, for £60 million.");

        Assert.StartsWith(firm, answer.Headline);
    }

    [Fact]
    public async Task How_many_people_counts_people_not_the_ages_the_sentences_give()
    {
        var answer = await AskTheDayAfterAsync("how many people have had the jab?", "Jab programme widens",
            "The programme was widened on Monday to people aged 50 to 64.\n\nSo far, about 80,000 people have had the jab.");

        Assert.StartsWith("about 80,000", answer.Headline);
    }

    [Theory]
    [InlineData("how long does the second stage last?", "five weeks")]
    [InlineData("how long does stage 1 last?", "three weeks")]
    public async Task How_long_gives_the_span_of_the_part_asked_about_not_of_its_neighbour(string question, string span)
    {
        var answer = await AskTheDayAfterAsync(question, "Census in stages",
            "Stage 1, from May 4: households in the north. This stage is expected to last three weeks.\n\nStage 2, from June 1: everyone else. It will run for five weeks.");

        Assert.StartsWith(span, answer.Headline);
    }

    [Fact]
    public async Task How_long_without_a_span_in_the_text_answers_with_the_date_it_runs_until()
    {
        var answer = await AskTheDayAfterAsync("how long will the harbour road be closed?", "Harbour road shut",
            "The harbour road will be closed to traffic until Friday 27 March while the sea wall is repaired.");

        Assert.Contains("27 March 2026", answer.Headline);
    }

    [Fact]
    public async Task Why_takes_the_next_sentence_as_the_reason_when_it_says_what_falls_short_without_a_cue_word()
    {
        var answer = await AskTheDayAfterAsync("why was the deadline for the census extended?", "Census deadline extended",
            "The census deadline, which was due to end on 31 March, will now run until 30 April, the statistics office said on Tuesday. Only about 40 per cent of households have sent their forms back so far.");

        Assert.Contains("40 per cent", answer.Headline);
    }

    [Fact]
    public async Task What_changed_since_a_day_lists_the_dates_the_reports_since_then_moved()
    {
        using var bot = CommandHarness.OnReports("2026-10-04T12:00:00Z",
            Seeds.Report("contract", "2026-09-24", "Dockworkers of the Harbor Workers Union will strike on Oct. 1 if no deal is reached before their contract expires on Sept. 30, the Harbor Workers Union said."),
            Seeds.Report("extended", "2026-10-03", "The Harbor Workers Union and the employers extended the contract to Jan. 15."));

        var text = await bot.TextAsync("what changed since thursday?");

        Assert.StartsWith("Since 1 October 2026 (1 report", text);
        Assert.Matches("Changed: .*15 January 2027.*moved from Wednesday 30 September 2026", text);
    }

    [Fact]
    public async Task What_changed_since_a_day_after_the_last_report_says_there_is_no_report_since()
    {
        var answer = await AskAsync("2026-03-20T09:00:00Z", "any updates since monday?",
            Report("Harbour vote set", "2026-02-20", "The Dunmore council will vote on the harbour expansion on 10 March."));

        Assert.StartsWith("No report since 16 March 2026", answer.Headline);
    }

    [Theory]
    // A why question is answered by the reason sentence even when it shares no word with the question; the sentence before ties it to the vote.
    [InlineData("Why was the harbour vote postponed?", "Harbour vote put off",
        "The Dunmore council postponed its vote on the harbour expansion on Tuesday. Members cited a shortfall of funds after the contractor withdrew.\n\nThe expansion would double the port's capacity.",
        "Cited a shortfall of funds", "The Dunmore council postponed")]
    // A how-many question leads with the number whose sentence names the people only in the next sentence.
    [InlineData("How many prisoners were released?", "Camp releases",
        "Some 1,200 were released from the Tamsin camp on Monday. The prisoners had been held without trial since 2019.\n\nPrisoners' families said prisoners' lawyers and prisoners' groups had long asked for the release of prisoners.",
        "Some 1,200 (4 March 2026)", "The prisoners had been held")]
    public async Task An_answer_leads_with_its_sentence_and_quotes_the_neighbour_that_ties_it_to_the_question(string question, string title, string body, string lead, string tie)
    {
        var answer = await AskTheDayAfterAsync(question, title, body);

        Assert.StartsWith(lead, answer.Headline);
        Assert.Contains(answer.Quotes, q => q.Sentence.StartsWith(tie, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("When will the suburban routes stop using diesel buses?",
        "Suburban routes will stop using diesel buses by March 2027, the transit authority said.",
        "The transit authority said the suburban routes will now stop using diesel buses by June 2027.",
        "By June 2027", "Earlier reported 10 February 2026: By March 2027")]
    [InlineData("how many diesel buses does the authority run?",
        "The authority runs about 400 diesel buses in the city.",
        "An audit found the authority runs 412 diesel buses in the city.",
        "412 (15 April 2026)", "about 400 (earlier report of 10 February 2026)")]
    public async Task The_newest_report_leads_and_the_older_answer_follows_with_its_date(string question, string older, string newer, string headline, string earlier)
    {
        var answer = await AskAsync("2026-11-01T09:00:00Z", question, Report("First report", "2026-02-10", older), Report("Newer report", "2026-04-15", newer));

        Assert.StartsWith(headline, answer.Headline);
        Assert.Contains(answer.Items, i => i.Text.StartsWith(earlier, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Who_is_gives_the_person_with_their_role_from_the_text()
    {
        var answer = await AskAsync(DayAfterSeed, "who is qais al-mohammadi?");

        Assert.Equal("Lt Gen. Qais al-Mohammadi, deputy commander of the Joint Operations Command", answer.Headline);
    }

    [Fact]
    public async Task Has_it_happened_says_it_is_still_ahead_with_its_date()
    {
        var answer = await AskAsync(DayAfterSeed, "has the withdrawal from ain al-asad happened?");

        Assert.StartsWith("Not yet", answer.Headline);
        Assert.Contains("Week of 5 January 2026", answer.Headline);
    }

    [Fact]
    public async Task A_report_published_after_the_clock_is_not_read()
    {
        var answer = await AskAsync(DayAfterSeed, "how many US soldiers are in Iraq?", Report("Fleet recounted", "2026-04-15", "An audit found that 3,100 US soldiers are in Iraq."));

        Assert.StartsWith("2,500", answer.Headline);
        Assert.DoesNotContain(answer.Quotes, q => q.Sentence.Contains("3,100", StringComparison.Ordinal));
    }

    [Theory]
    // The enumeration after what it belongs to, of countries the text lists as such.
    [InlineData("Set up in 2019 to police the strait, a pact comprising countries like Norland and Velmark met in Dunmore, near the border with Ostria.",
        "which countries are in the pact?", "Norland, Velmark", "Ostria")]
    // The enumeration before what it belongs to, of the world's countries.
    [InlineData("France, Spain and Norway, all members of the pact, sent envoys to Dunmore, near the border with Sweden.",
        "which countries belong to the pact?", "France, Spain, Norway", "Sweden")]
    // Towns a list introduces, not the country beside them.
    [InlineData("Picket lines formed at the ports of Brask, Sennet and Carroway in Ostria shortly after midnight.",
        "which cities have picket lines?", "Brask, Sennet, Carroway", "Ostria")]
    // A body the text marks as one, not the person who speaks for it.
    [InlineData("Tents were brought in by Reliefline, a coalition of charities, said Anna Brandvik, a spokeswoman.",
        "which charities are bringing in tents?", "Reliefline", "Brandvik")]
    public async Task A_question_for_a_kind_of_thing_lists_the_names_of_that_kind_the_text_gives(string sentence, string question, string members, string outsider)
    {
        var answer = await AskTheDayAfterAsync(question, "Strait pact meets", sentence + "\n\nThe talks will resume in May.");

        Assert.Equal(members, answer.Headline);
        Assert.DoesNotContain(outsider, answer.Headline);
        Assert.DoesNotContain("Dunmore", answer.Headline);
        Assert.Contains(answer.Quotes, q => q.Sentence == sentence);
    }

    [Theory]
    [InlineData("what are the stages of the Dunmore pier rebuild?")]
    [InlineData("What steps does the pier plan have")]
    [InlineData("ok which stages are left for the pier")]
    public async Task A_question_for_the_phases_leads_with_each_phase_and_its_date_from_the_story_model(string question)
    {
        var answer = await AskAsync("2026-06-01T09:00:00Z", question, Report("Pier to be rebuilt", "2026-03-04",
            "The Harbour Trust will rebuild the Dunmore pier in three stages. The first stage, closing the north quay, is due by 15 May 2026. "
            + "The second stage will reopen the ferry berth by September 2026. The final stage is due by the end of 2027."));

        Assert.Contains("3 phases", answer.Headline);
        Assert.Contains("15 May 2026 (passed)", answer.Headline);
        Assert.Contains("September 2026", answer.Headline);
        Assert.DoesNotContain("2025", answer.Headline);
        Assert.Contains(answer.Quotes, q => q.Sentence.Contains("in three stages", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_question_for_the_steps_taken_is_no_question_for_a_plan()
    {
        var answer = await AskAsync("2026-06-01T09:00:00Z", "what steps has the trust taken to cut the noise?", Report("Pier to be rebuilt", "2026-03-04",
            "The Harbour Trust will rebuild the Dunmore pier in three stages. The first stage is due by 15 May 2026.\n\n"
            + "To cut the noise, the trust has fitted silencers to its pile drivers."));

        Assert.DoesNotContain("phases", answer.Headline);
        Assert.Contains(answer.Quotes, q => q.Sentence.Contains("silencers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("What about volcanoes in Iceland?")]
    [InlineData("who won the football match?")]
    [InlineData("how many tanks does the navy have?")]
    public async Task A_question_the_sources_do_not_answer_gets_one_honest_line_and_the_closest_topics(string question)
    {
        var answer = await AskAsync(DayAfterSeed, question);

        Assert.StartsWith("I found nothing in the sources that answers that. Closest topics: ", answer.Headline);
        Assert.Empty(answer.Items);
        Assert.NotEmpty(answer.Buttons);
    }
}
