namespace Bot.Core.Tests.Knowledge;

/// <summary>
/// Rules found by the held-out vaccine and court stories, each through the real commands on reports of their own: a
/// phase's length to come ends it from its start; booking for a phase dates the booking; a moved start stays a start; a
/// question whose subject is one phase is answered from the merged phase; "would now begin" moves what "had been due";
/// a firm's first word is its short name.
/// </summary>
public sealed class PhaseAndFirmRulesTests
{
    private const string Now = "2026-04-01T12:00:00Z";

    private static readonly Source Plan = Seeds.Report("plan", "2026-03-30",
        "The screening programme will run in two phases. Phase 1, starting May 4: people aged 70 and over. "
        + "Phase 2, from June 1: everyone aged 50 to 69.");

    [Theory]
    [InlineData("This phase is expected to last three weeks.")]
    [InlineData("It will last three weeks.")]
    [InlineData("The first phase will run for three weeks.")]
    public async Task A_length_to_come_ends_the_phase_that_many_days_after_its_start(string length)
    {
        var phases = await CommandHarness.ReplyOnReportsAsync(Now, "/phases", Seeds.Report("plan", "2026-03-30",
            "The screening programme will run in two phases. Phase 1, starting May 4: people aged 70 and over. " + length + " Phase 2, from June 1: everyone aged 50 to 69."));

        Assert.Contains("Phase 1, planned, from Monday 4 May 2026, by Monday 25 May 2026", phases);
    }

    [Theory]
    [InlineData("Registration for Phase 1 opens on April 20.")]
    [InlineData("Appointments for the first phase can be booked from April 20.")]
    [InlineData("Applications for phase one open on April 20.")]
    public async Task Booking_for_a_phase_dates_the_booking_not_the_phase(string booking)
    {
        var phases = await CommandHarness.ReplyOnReportsAsync(Now, "/phases", Plan, Seeds.Report("booking", "2026-03-31", booking));

        Assert.Contains("from Monday 4 May 2026", phases);
        Assert.DoesNotContain("from Monday 20 April 2026", phases);
    }

    [Theory]
    [InlineData("Phase 2 will now begin on June 15 instead of June 1.")]
    [InlineData("The second phase will now start on June 15, not June 1.")]
    [InlineData("The second phase has been postponed to June 15 from June 1, the ministry said. It will now start on June 15.")]
    public async Task A_moved_start_stays_the_start_and_says_where_it_moved_from(string move)
    {
        var phases = await CommandHarness.ReplyOnReportsAsync(Now, "/phases", Plan, Seeds.Report("moved", "2026-03-31", move));

        Assert.Contains("from Monday 15 June 2026 (moved from Monday 1 June 2026)", phases);
    }

    [Theory]
    [InlineData("when does phase two start now?", "Monday 15 June 2026")]
    [InlineData("when does the second phase begin", "Monday 15 June 2026")]
    [InlineData("is phase one finished?", "Yes: phase 1 is done")]
    [InlineData("is the first phase over", "Yes: phase 1 is done")]
    public async Task A_question_about_one_phase_is_answered_from_the_merged_phase(string question, string expected)
    {
        var answer = await CommandHarness.ReplyOnReportsAsync("2026-06-02T12:00:00Z", question, Plan,
            Seeds.Report("update", "2026-05-30", "The first phase of the screening programme is complete, the ministry said. Phase 2 will now begin on June 15 instead of June 1."));

        Assert.StartsWith(expected, answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Talks_on_a_phase_are_not_asked_about_the_phase()
    {
        var answer = await CommandHarness.ReplyOnReportsAsync(Now, "when do talks on phase 2 begin?", Plan,
            Seeds.Report("talks", "2026-03-31", "Talks on phase 2 will begin on April 14."));

        Assert.StartsWith("Tuesday 14 April 2026", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The inquiry, which had been due to open on June 8, would now begin on Sept. 14, the chairman said.")]
    [InlineData("The chairman said the inquiry, which had been scheduled for June 8, would now begin on Sept. 14.")]
    public async Task Would_now_begin_moves_what_had_been_due(string move)
    {
        var next = await CommandHarness.ReplyOnReportsAsync(Now, "/next",
            Seeds.Report("set", "2026-03-02", "The public inquiry into the Harwick flood will open on June 8."),
            Seeds.Report("moved", "2026-03-31", move));

        Assert.Contains("Monday 14 September 2026", next);
        Assert.Contains("moved from Monday 8 June 2026", next);
    }

    [Theory]
    [InlineData("Talbrook Foods recalled 40,000 salads on Monday. The next day Talbrook said the recall would cost £2m.")]
    [InlineData("Talbrook Foods recalled 40,000 salads on Monday. The chief executive of Talbrook apologised.")]
    public async Task A_firm_named_by_its_first_word_is_one_topic(string text)
    {
        var topics = await CommandHarness.ReplyOnReportsAsync(Now, "/topics", Seeds.Report("recall", "2026-03-31", text));

        Assert.Contains("Talbrook Foods", topics);
        Assert.Contains("also “Talbrook”", topics);
    }

    [Fact]
    public async Task A_first_word_two_names_share_stays_its_own()
    {
        var topics = await CommandHarness.ReplyOnReportsAsync(Now, "/topics", Seeds.Report("recall", "2026-03-31",
            "Talbrook Foods recalled 40,000 salads on Monday. Talbrook Logistics, a separate firm, carried them. Shares in Talbrook fell."));

        Assert.DoesNotContain("also “Talbrook”", topics);
    }
}
