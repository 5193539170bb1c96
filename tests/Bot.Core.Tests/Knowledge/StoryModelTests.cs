using static Bot.Core.Tests.Reminders.ReminderEvents;

namespace Bot.Core.Tests.Knowledge;

/// <summary>The story model on the issue's own examples: kinds, identity and supersession, phases, the view as of a day.</summary>
public sealed class StoryModelTests
{
    private static readonly Source Plan = Seeds.Report("plan", "2026-02-10",
        "Harwick City Council voted on Monday to ban diesel buses. The ban comes in three phases. Phase one clears the centre by June 2026. "
        + "Phase two takes them off the suburban routes by the end of 2026. Phase three ends diesel on night services by December 2028.");

    private static readonly Source Moved = Seeds.Report("moved", "2026-06-30",
        "Phase one of Harwick's ban is complete. At a meeting on Monday the council moved the deadline for phase two from the end of 2026 to June 2027.");

    [Theory]
    // A deadline a newer report moved is next at its new date, with where it moved from.
    [InlineData("2026-07-01T12:00:00Z", "/next", new[] { "By June 2027", "moved from the end of 2026 (report of 30 June 2026)" }, new[] { "By the end of 2026 (phase" })]
    // Before the newer report is published, the old date stands.
    [InlineData("2026-06-01T12:00:00Z", "/next", new[] { "By the end of 2026" }, new[] { "June 2027", "moved" })]
    // Phases merge across reports with the newest status and date.
    [InlineData("2026-07-01T12:00:00Z", "/phases", new[] { "The ban: 3 phases", "Phase 1, done", "Phase 2, delayed, by June 2027", "Phase 3, by December 2028" }, new string[0])]
    public async Task The_plan_and_the_report_that_moved_it_read_as_of_a_day(string now, string command, string[] mustContain, string[] mustNotContain)
    {
        var text = await CommandHarness.ReplyOnReportsAsync(now, command, Plan, Moved);

        Assert.All(mustContain, expected => Assert.Contains(expected, text));
        Assert.All(mustNotContain, unexpected => Assert.DoesNotContain(unexpected, text));
    }

    [Fact]
    public async Task A_phase_restated_in_many_reports_lists_its_first_and_newest_sentences_and_counts_the_rest()
    {
        var restated = Enumerable.Range(1, 8).Select(week => Seeds.Report($"week-{week}", $"2026-03-{week + 10:00}",
            $"Phase two of the ban still takes diesel buses off the suburban routes by the end of 2026, officials said in update {week}.")).ToArray();
        var phases = await CommandHarness.ReplyOnReportsAsync("2026-04-01T12:00:00Z", "/phases", [Plan, .. restated]);

        Assert.Contains("Phase 2: 5 more reports between, not shown", phases);
        Assert.Contains("update 8", phases);
        Assert.Contains("update 6", phases);
        Assert.DoesNotContain("update 5", phases);
    }

    [Theory]
    [InlineData("The plan outlines three phases: a bridge by June 2026, a tunnel by June 2027, and a ferry link by June 2028.", 3)]
    [InlineData("The programme has two phases: new trams by March 2027 and new depots by May 2028.", 2)]
    [InlineData("The ban comes in three phases. Phase one covers the centre by June 2026. Phase two covers the suburbs by 2027. Phase three covers night buses by 2028.", 3)]
    [InlineData("The deal outlines two phases: an exit from bases by September 2025, followed by an advisory presence through 2026.", 2)]
    public async Task Phases_are_found_in_the_usual_phrasings(string text, int count)
    {
        using var bot = CommandHarness.OnReports("2026-01-01T12:00:00Z", Seeds.Report("phases", "2025-12-01", text));

        var phases = (await bot.AnswerAsync("/phases"))!;

        Assert.Contains($": {count} phases", phases.Items[0].Text);
        Assert.Equal(count, phases.Items.Count(i => i.Text.StartsWith("Phase ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Several_deadlines_one_report_gives_the_same_date_are_all_kept()
    {
        var source = Seeds.Report("june", "2026-06-30", "The Eastgate charging hall must be finished by June 2027. The airport shuttle must switch to electric buses by June 2027. All 900 drivers are to complete their training by June 2027.");
        using var bot = CommandHarness.OnReports("2026-07-01T12:00:00Z", source);

        var next = (await bot.AnswerAsync("/next"))!;
        var plan = ReminderPlanner.Plan(bot.Knowledge.Current.CurrentDates(new DateOnly(2026, 7, 1)), [new ReminderSubscription(ChatNo("all"))], _ => Zone("UTC"), new ReminderOptions(), Instant("2026-07-01T00:00:00Z"));

        Assert.Equal(3, next.Items.Count(i => i.Text.StartsWith("By June 2027", StringComparison.Ordinal)));
        Assert.Equal(3, plan.Entries.Count(r => r.Subject.Lead == TimeSpan.Zero));
    }

    [Theory]
    [InlineData("2026-03-03T12:00:00Z", true)]
    [InlineData("2026-03-07T12:00:00Z", true)]
    [InlineData("2026-03-10T12:00:00Z", false)]
    public async Task A_range_under_way_stays_next_until_its_last_day(string now, bool listed)
    {
        var fair = Seeds.Report("fair", "2026-03-02", "The Harwick transport fair runs from 5 to 9 March.");
        using var bot = CommandHarness.OnReports(now, fair);

        var next = await bot.TextAsync("/next");

        Assert.Equal(listed, next.Contains("5-9 March 2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_of_days_is_reminded_before_its_first_day_and_a_quarter_or_range_of_months_before_its_last()
    {
        var report = Seeds.Report("depot", "2026-03-02",
            "The Harwick transport fair runs from 5 to 9 March. The new bus depot opens in the third quarter. Drivers start training on 8 March. "
            + "Repairs to the old depot are planned between May and July.");
        using var bot = CommandHarness.OnReports("2026-03-02T12:00:00Z", report);

        var dates = bot.Knowledge.Current.CurrentDates(new DateOnly(2026, 3, 2)).ToList();
        var plan = ReminderPlanner.Plan(dates, [new ReminderSubscription(ChatNo("all"))], _ => Zone("UTC"), new ReminderOptions(), Instant("2026-03-02T12:00:00Z"));
        var onTheDay = plan.Entries.Where(r => r.Subject.Lead == TimeSpan.Zero).Select(r => DateOnly.FromDateTime(r.FireLocal.DateTime)).Order();
        var timeline = await bot.TextAsync("/timeline");

        Assert.Equal([new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 8), new DateOnly(2026, 7, 31), new DateOnly(2026, 9, 30)], onTheDay);
        Assert.True(timeline.IndexOf("5-9 March 2026", StringComparison.Ordinal) < timeline.IndexOf("8 March 2026", StringComparison.Ordinal));
        Assert.Contains("May to July 2026", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_not_yet_published_is_not_read()
    {
        var later = Seeds.Report("later", "2026-03-04", "The minister announced Wednesday that the vote will be held on 20 March.");
        using var bot = CommandHarness.OnReports("2026-03-01T12:00:00Z", Plan, later);

        var timeline = await bot.TextAsync("/timeline");
        var next = await bot.TextAsync("/next");

        Assert.DoesNotContain("20 March", timeline);
        Assert.DoesNotContain("Wednesday 4 March 2026", next);
    }

    [Fact]
    public async Task A_reported_speech_date_is_a_statement_never_ahead()
    {
        var speech = Seeds.Report("speech", "2026-03-04", "The minister said on Monday that the vote will be held on 20 March.");
        using var after = CommandHarness.OnReports("2026-03-05T12:00:00Z", speech);

        var timeline = await after.TextAsync("/timeline");
        var next = await after.TextAsync("/next");

        Assert.Contains("Monday 2 March 2026 (statement)", timeline);
        Assert.Contains("Friday 20 March 2026 (scheduled", next);
        Assert.DoesNotContain("Monday 2 March", next);
    }

    [Fact]
    public async Task Status_says_how_old_the_newest_report_is_once_it_is_stale()
    {
        using var fresh = CommandHarness.OnReports("2026-02-20T12:00:00Z", Plan);
        using var stale = CommandHarness.OnReports("2027-01-10T12:00:00Z", Plan);

        var recent = (await fresh.AnswerAsync("/status harwick"))!;
        var old = (await stale.AnswerAsync("/status harwick"))!;

        Assert.DoesNotContain("old", recent.Headline);
        Assert.Contains("the newest report is 11 months old (10 February 2026)", old.Headline);
    }

    [Fact]
    public void One_entity_is_one_topic_with_its_title_stripped_and_its_bracketed_acronym_as_alias()
    {
        var source = Seeds.Report("names", "2026-02-10", "Councillor Priya Halvorsen said the Transit Authority (NTA) would decide. Priya Halvorsen chairs the committee, and the NTA agreed.");
        using var knowledge = Seeds.KnowledgeOf(source);

        var person = Assert.IsType<TopicMatch.Found>(knowledge.Current.TopicIndex.Find("Priya Halvorsen")).Topic;
        var authority = Assert.IsType<TopicMatch.Found>(knowledge.Current.TopicIndex.Find("NTA")).Topic;

        Assert.DoesNotContain(knowledge.Current.Topics, t => t.Name.StartsWith("Councillor", StringComparison.Ordinal));
        Assert.Equal("transit-authority", authority.Slug);
        Assert.Equal("priya-halvorsen", person.Slug);
    }

    [Theory]
    [InlineData("/status Iran")]
    [InlineData("/status 2008 agreement")]
    public async Task A_lookup_that_is_no_alias_or_near_exact_spelling_asks_did_you_mean(string command)
    {
        using var bot = CommandHarness.OnSeeds("2026-01-01T12:00:00Z");

        var answer = (await bot.AnswerAsync(command))!;

        Assert.Equal(AnswerKind.Problem, answer.Kind);
        Assert.Contains("Did you mean", answer.Headline);
    }

    [Fact]
    public async Task A_sentence_that_refers_back_counts_for_the_topic_before_it()
    {
        var source = Seeds.Report("base", "2026-02-10", "Coalition troops are leaving Camp Varro. The base will be handed over by 30 April.");
        var status = await CommandHarness.ReplyOnReportsAsync("2026-02-11T12:00:00Z", "/status camp varro", source);

        Assert.Contains("30 April 2026", status);
    }

    [Fact]
    public void A_moved_deadline_loses_its_old_reminders_gains_new_ones_and_is_announced_once_as_moved()
    {
        using var knowledge = Seeds.KnowledgeOf(Plan);
        var subscriptions = new[] { new ReminderSubscription(ChatNo("all")) };
        var now = Instant("2026-07-01T00:00:00Z");
        var before = ReminderPlanner.Plan(knowledge.Current.CurrentDates(new DateOnly(2026, 7, 1)), subscriptions, _ => Zone("UTC"), new ReminderOptions(), now);

        var change = knowledge.Add(Moved);
        var after = ReminderPlanner.Plan(knowledge.Current.CurrentDates(new DateOnly(2026, 7, 1)), subscriptions, _ => Zone("UTC"), new ReminderOptions(), now);
        var diff = after.ComparedWith(before);
        var news = change.NewDeadlines.Where(e => DeadlineNotice.IsNews(e, knowledge.Current)).ToList();

        Assert.Contains(diff.Removed, t => t.Subject.DueDay == new DateOnly(2026, 12, 31));
        Assert.Contains(diff.Added, t => t.Subject.DueDay == new DateOnly(2027, 6, 30));
        var notice = DeadlineNotice.Build(Assert.Single(news), knowledge.Current);
        Assert.StartsWith("Date moved: ", notice.Headline);
    }
}
