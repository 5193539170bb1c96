namespace Bot.Core.Tests.Commands;

/// <summary>Every command on the seed, with the clock pinned, as a chat would see it.</summary>
public sealed class SeedCommandTests
{
    private const string DayAfterPublication = "2026-01-01T12:00:00Z";
    private const string LateIn2026 = "2026-11-24T09:00:00Z";

    [Fact]
    public async Task Status_of_ain_al_asad_gives_the_announcement_its_date_the_week_and_the_handover()
    {
        var answer = await AnswerOnSeedsAsync("/status ain-al-asad");
        var text = PlainTextRenderer.Render(answer);

        Assert.StartsWith("Ain al-Asad: status on 1 January 2026", text);
        // The latest dated statement leads: the announcement, with its resolved date and its source.
        Assert.Equal("Latest report: Coalition forces to fully withdraw from Ain al-Asad (News report (Rudaw, Press TV)), Wednesday 31 December 2025", answer.Items[0].Text);
        Assert.Equal("Announced Wednesday 31 December 2025", answer.Items[1].Text);
        Assert.Equal("Iraq's Joint Operations Command announced Wednesday.", answer.Items[1].Quote!.Sentence);
        // Then the next deadline: the full withdrawal, in the week of 5 January 2026.
        Assert.StartsWith("Next deadline: week of 5 January 2026 (ahead: in 4 days)", answer.Items[2].Text);
        Assert.Contains("full withdrawal next week and be transferred to our Iraqi units", answer.Items[2].Quote!.Sentence);
        // And the handover to Iraqi forces, quoted.
        Assert.Contains(answer.Quotes, q => q.Sentence.Contains("the base will be fully turned over to Iraqi forces"));
        Assert.All(answer.Quotes, q => Assert.Equal(new DateOnly(2025, 12, 31), q.Source.Published));
    }

    [Theory]
    [InlineData("/status Ain-Al-Asad")]
    [InlineData("/status ain al asad")]
    [InlineData("/status ain al-assad")]
    [InlineData("/STATUS   AIN AL ASAD")]
    public async Task Status_of_an_alias_or_misspelling_resolves_to_the_canonical_topic(string text)
    {
        var answer = await AnswerOnSeedsAsync(text);

        Assert.Equal(AnswerKind.Information, answer.Kind);
        Assert.StartsWith("Ain al-Asad: status", answer.Headline);
    }

    [Fact]
    public async Task Status_of_an_unknown_topic_offers_the_closest_matches_as_buttons()
    {
        var answer = await AnswerOnSeedsAsync("/status ain al basra");

        Assert.Equal(AnswerKind.Problem, answer.Kind);
        Assert.Contains("Did you mean Ain al-Asad", answer.Headline);
        Assert.Contains(answer.Buttons, b => b.Command == "/status ain-al-asad");
    }

    [Fact]
    public async Task Status_without_a_topic_offers_the_topics_as_buttons()
    {
        var answer = await AnswerOnSeedsAsync("/status");

        Assert.Contains("Which topic?", answer.Headline);
        Assert.Contains(answer.Buttons, b => b.Command == "/status ain-al-asad");
    }

    [Fact]
    public async Task Status_late_in_2026_says_the_week_has_passed_and_the_next_deadline_is_the_end_of_2026()
    {
        var answer = await AnswerOnSeedsAsync("/status ain-al-asad", LateIn2026);

        var next = Assert.Single(answer.Items, i => i.Text.StartsWith("Next deadline", StringComparison.Ordinal));
        Assert.StartsWith("Next deadline: until the end of 2026 (open: 37 days left)", next.Text);
        Assert.Contains(answer.Items, i => i.Text == "Week of 5 January 2026 (passed)");
    }

    [Fact]
    public async Task Phases_are_the_two_phases_of_the_2024_agreement_with_their_end_dates()
    {
        var answer = await AnswerOnSeedsAsync("/phases");

        Assert.Equal("The 2024 agreement: 2 phases", answer.Items[0].Text);
        Assert.StartsWith("Phase 1, by September 2025 (passed): Full coalition exit from bases like Ain al-Asad", answer.Items[1].Text);
        Assert.StartsWith("Phase 2, until the end of 2026 (open: 364 days left): A unilateral US presence", answer.Items[2].Text);
        Assert.Contains("without combat", answer.Items[2].Text);
        Assert.Contains("capacity-structure for Iraqi forces", answer.Items[2].Text);
        Assert.Equal(3, answer.Items.Count);
    }

    [Fact]
    public async Task Timeline_lists_every_dated_event_in_date_order_marked_with_its_kind_and_against_the_clock()
    {
        var answer = await AnswerOnSeedsAsync("/timeline");
        var lines = answer.Items.Select(i => i.Text).ToList();

        // The agreement years happened before the report; "announced Wednesday" is the day of a statement, never ahead;
        // the week is scheduled; the plan's dates are its phases.
        string[] expectedStarts =
        [
            "2008 (happened): Security cooperation persists via the 2008 Strategic Framework Agreement",
            "2014 (happened): A coalition comprising nations like France and Spain was established in 2014",
            "2024 (happened): The 2024 agreement outlines two phases",
            "By September 2025 (phase, passed): Full coalition exit from bases like Ain al-Asad",
            "Wednesday 31 December 2025 (statement): Iraq's Joint Operations Command announced Wednesday",
            "Week of 5 January 2026 (scheduled, ahead: in 4 days): Ain al-Asad will witness a full withdrawal next week",
            "Until the end of 2026 (phase, open: 364 days left): A unilateral US presence through 2026",
        ];
        Assert.Equal(expectedStarts.Length, lines.Count);
        for (var i = 0; i < expectedStarts.Length; i++)
        {
            Assert.StartsWith(expectedStarts[i], lines[i]);
        }

        Assert.All(answer.Items, i => Assert.NotNull(i.Quote));
    }

    [Fact]
    public async Task Next_shows_only_what_is_still_ahead_of_the_clock()
    {
        using var early = CommandHarness.OnSeeds(DayAfterPublication);
        using var late = CommandHarness.OnSeeds(LateIn2026);
        using var after = CommandHarness.OnSeeds("2027-02-01T00:00:00Z");

        var soon = (await early.AnswerAsync("/next"))!;
        var later = (await late.AnswerAsync("/next"))!;
        var none = (await after.AnswerAsync("/next"))!;

        Assert.Equal(["Week of 5 January 2026", "Until the end of 2026"], soon.Items.Select(i => i.Text.Split(" (")[0]));
        Assert.Equal(["Until the end of 2026"], later.Items.Select(i => i.Text.Split(" (")[0]));
        Assert.Contains("Nothing ahead of 1 February 2027", none.Headline);
    }

    [Fact]
    public async Task A_question_matching_a_heading_is_answered_with_the_paragraph_that_follows_it()
    {
        var answer = await AnswerOnSeedsAsync("How will the agreements between the US and Iraq change?");

        Assert.Equal("How will US bilateral agreements with Iraq change after withdrawal?", answer.Headline);
        var quote = Assert.Single(answer.Quotes);
        Assert.StartsWith("US-Iraq bilateral agreements will transition from coalition-led combat operations", quote.Sentence);
        Assert.Equal("Coalition forces to fully withdraw from Ain al-Asad", quote.Source.Title);
    }

    [Fact]
    public async Task Ask_quotes_the_best_matching_sentences_with_source_and_date()
    {
        var answer = await AnswerOnSeedsAsync("/ask how many soldiers are in the country");

        Assert.Contains("There are presently 2,500 US soldiers in Iraq.", answer.Quotes.Select(q => q.Sentence));
        Assert.All(answer.Items, i => Assert.Equal("Reported 31 December 2025:", i.Text));
    }

    [Theory]
    [InlineData("/ask the of and?")]
    [InlineData("/ask ???")]
    public async Task A_question_of_only_small_words_asks_for_something_specific(string text)
    {
        var answer = await AnswerOnSeedsAsync(text);

        Assert.Equal(AnswerKind.Problem, answer.Kind);
    }

    [Fact]
    public async Task Topics_and_sources_list_what_the_knowledge_holds()
    {
        using var bot = CommandHarness.OnSeeds(DayAfterPublication);

        var topics = PlainTextRenderer.Render((await bot.AnswerAsync("/topics"))!);
        var sources = (await bot.AnswerAsync("/sources"))!;

        Assert.Contains("Ain al-Asad (place", topics);
        Assert.Contains("/status ain-al-asad", topics);
        var source = Assert.Single(sources.Items);
        Assert.Contains("Coalition forces to fully withdraw from Ain al-Asad: News report (Rudaw, Press TV), 31 December 2025", source.Text);
    }

    [Fact]
    public async Task An_undated_source_leaves_its_relative_dates_unresolved_and_status_says_so()
    {
        var undated = Bot.Core.Ingest.SourceReader.Read("Talks on Ain al-Asad resume next week, officials in Baghdad said on Monday.\n", "undated.txt", "undated.txt");
        using var bot = CommandHarness.OnSeeds(DayAfterPublication, undated);

        var status = (await bot.AnswerAsync("/status ain-al-asad"))!;
        var timeline = (await bot.AnswerAsync("/timeline"))!;

        Assert.Null(undated.Published);
        var statement = Assert.Single(status.Items, i => i.Quote?.Source.SourceId == undated.Id);
        Assert.Equal("Date unresolved: “next week”, “Monday” in an undated source", statement.Text);
        Assert.Contains("has no published date", status.Note);
        Assert.DoesNotContain(timeline.Items, i => i.Quote!.Source.SourceId == undated.Id);
    }

    [Fact]
    public async Task Start_says_what_the_bot_does_and_offers_the_main_topics()
    {
        var answer = await AnswerOnSeedsAsync("/start");

        Assert.Contains(answer.Items, i => i.Text.Contains("1 source", StringComparison.Ordinal));
        Assert.Equal("/status iraq", answer.Buttons[0].Command);
    }

    [Fact]
    public async Task Help_lists_every_registered_command_with_its_usage()
    {
        using var bot = CommandHarness.OnSeeds(DayAfterPublication);

        var help = (await bot.AnswerAsync("/help"))!;

        Assert.Equal(bot.Dispatcher.Registry.All.Count, help.Items.Count);
        Assert.Contains(help.Items, i => i.Text.StartsWith("/status [topic]: ", StringComparison.Ordinal));
        Assert.Contains(help.Items, i => i.Text.StartsWith("/ask <question>: ", StringComparison.Ordinal));
    }

    /// <summary>What a chat may send that the bot cannot answer as asked, and the words its one-line reply must hold.</summary>
    public static TheoryData<string, string> BadInput => new()
    {
        { "/frobnicate", "not a command I know" },
        { "/ask", "needs a question" },
        { "/status 🚀🚀🚀", "I don't know a topic" },
        { "/status \u0001\u0002ain al asad\u0007", "Ain al-Asad: status" },
        { "/phases baghdad", "No plan of phases in the sources names Baghdad" },
        { "What about volcanoes in Iceland?", "found nothing" },
        // Refused before the command runs.
        { "/status " + new string('x', 300), "too long" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_gets_a_clear_one_line_reply(string text, string expected)
    {
        var answer = await AnswerOnSeedsAsync(text);

        Assert.Contains(expected, answer.Headline);
        Assert.DoesNotContain('\n', answer.Headline);
    }

    [Fact]
    public async Task A_100_KB_message_is_refused_with_its_size_instead_of_being_searched()
    {
        var answer = await AnswerOnSeedsAsync("/ask " + new string('a', 100 * 1024));

        Assert.Equal(AnswerKind.Problem, answer.Kind);
        Assert.Contains("too long", answer.Headline);
    }

    /// <summary>What a chat gets for <paramref name="text"/> from a bot on the seeds alone, the clock at <paramref name="now"/>.</summary>
    private static async Task<Answer> AnswerOnSeedsAsync(string text, string now = DayAfterPublication)
    {
        using var bot = CommandHarness.OnSeeds(now);
        return await bot.AnswerAsync(text) ?? throw new InvalidOperationException($"No answer to {text}");
    }
}
