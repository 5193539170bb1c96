namespace Bot.Core.Tests.Knowledge;

/// <summary>
/// A plan whose parts are named by what they cover, not "Phase 1": a list after a plan noun ("in three waves:", "in
/// stages:", "in tranches —"), each part dated by the date in its item, or left undated ("once power is restored").
/// </summary>
public sealed class PlansNamedByWhatTheyCoverTests
{
    private const string Now = "2026-03-02T12:00:00Z";

    [Theory]
    [InlineData("Pupils will return in three waves: Years 1 and 2 on Monday, March 9; Years 3 to 6 on Monday, March 16; and the rest once the new heating is in.",
        "Monday 9 March 2026", "Monday 16 March 2026", "the rest once the new heating is in")]
    [InlineData("The vaccine will be offered in rounds: people over 80 from March 10; people aged 65 and over from March 24.",
        "Tuesday 10 March 2026", "Tuesday 24 March 2026", "people aged 65 and over")]
    [InlineData("The metro line opens in two sections: Airport–Central on May 4 and Central–Harbour on Sept. 14.",
        "Monday 4 May 2026", "Monday 14 September 2026", "Central–Harbour")]
    [InlineData("Refunds will be paid in tranches: small savers on April 1, pension funds on April 30.",
        "Wednesday 1 April 2026", "Thursday 30 April 2026", "pension funds")]
    [InlineData("Riders will board in three batches: Gate 4 first, at 9 a.m. on March 5; Gates 5 and 6 on March 6; and Gate 7 when the ramp is repaired.",
        "Thursday 5 March 2026", "Friday 6 March 2026", "Gate 7 when the ramp is repaired")]
    public async Task A_list_after_a_plan_noun_gives_the_plans_parts_with_their_dates(string plan, string first, string second, string part)
    {
        var phases = await CommandHarness.ReplyOnReportsAsync(Now, "/phases", Seeds.Report("plan", "2026-03-01", plan));

        Assert.All([first, second, part], expected => Assert.True(phases.Contains(expected, StringComparison.Ordinal), phases));
    }

    [Theory]
    [InlineData("The council said schools would reopen in stages after the storm.")]
    [InlineData("A second wave of refunds: customers who paid by card will be repaid on April 1.")]
    [InlineData("The report is in sections, and the first was published on March 1.")]
    public async Task Plan_nouns_without_a_list_of_parts_make_no_plan(string sentence)
    {
        var phases = await CommandHarness.ReplyOnReportsAsync(Now, "/phases", Seeds.Report("plan", "2026-03-01", sentence));

        Assert.Contains("no phases", phases, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Pupils will return in three waves: Years 1 and 2 on Monday, March 9; Years 3 to 6 on Monday, March 16; and Years 7 and 8 on March 23.",
        "Years 3 to 6 has been postponed to March 30, the head teacher said.", "Phase 2, delayed", "Monday 30 March 2026")]
    [InlineData("The metro line opens in two sections: Section 1 on May 4; and Airport 2 to Harbour on Sept. 14.",
        "The opening of Airport 2 to Harbour will be delayed to Oct. 5 after a signal fault.", "Phase 2, delayed", "Monday 5 October 2026")]
    [InlineData("Refunds will be paid in three tranches: Group 1 on April 1; Groups 2 and 3 on April 15; and Group 4 by April 30.",
        "The payment to Groups 2 and 3 was completed on Friday, the bank said.", "Phase 2, done", "Groups 2 and 3")]
    [InlineData("Residents will go home in two waves: Zone 3 first, on March 4; and Zones 1 and 2 once the road is repaired.",
        "The evacuation order for Zone 3 was lifted on Wednesday.", "Phase 1, done", "Zone 3 was lifted")]
    public async Task A_later_report_naming_a_part_by_what_it_covers_updates_that_part(string plan, string update, string status, string expected)
    {
        var phases = await CommandHarness.ReplyOnReportsAsync("2026-03-06T12:00:00Z", "/phases",
            Seeds.Report("plan", "2026-03-01", plan), Seeds.Report("update", "2026-03-05", update));

        Assert.All([status, expected], part => Assert.True(phases.Contains(part, StringComparison.Ordinal), phases));
    }

    [Fact]
    public async Task A_name_with_a_number_that_no_plan_lists_makes_no_phase()
    {
        var phases = await CommandHarness.ReplyOnReportsAsync("2026-03-06T12:00:00Z", "/phases",
            Seeds.Report("plan", "2026-03-01", "Pupils will return in two waves: Years 1 and 2 on Monday, March 9; and Years 3 to 6 on Monday, March 16."),
            Seeds.Report("update", "2026-03-05", "Route 9 was delayed to March 20 by roadworks."));

        Assert.DoesNotContain("Friday 20 March 2026", phases);
        Assert.DoesNotContain("Route 9", phases);
    }
}
