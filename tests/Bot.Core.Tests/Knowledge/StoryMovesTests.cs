namespace Bot.Core.Tests.Knowledge;

/// <summary>
/// A newer report moving or extending a date an older one gave, in the phrasings news uses, through the real commands:
/// the item keeps one identity and shows where its date moved from; a change about something else leaves it alone.
/// </summary>
public sealed class StoryMovesTests
{
    private static readonly Source Contract = Seeds.Report("contract", "2026-09-24",
        "Dockworkers of the Harbor Workers Union will strike on Oct. 1 if no deal is reached before their contract expires on Sept. 30, the Harbor Workers Union said.");

    [Theory]
    [InlineData("Dockworkers of the Harbor Workers Union and their employers agreed on Friday to extend their contract until Jan. 15.")]
    [InlineData("The Harbor Workers Union and the employers extended the contract to Jan. 15.")]
    [InlineData("The Harbor Workers Union's contract was renewed through Jan. 15.")]
    [InlineData("The Harbor Workers Union and the ports agreed to prolong their contract until Jan. 15.")]
    public async Task An_extension_moves_the_end_of_what_it_lengthens_even_when_it_names_no_old_date(string extension)
    {
        var next = await CommandHarness.ReplyOnReportsAsync("2026-10-04T12:00:00Z", "/next", Contract, Seeds.Report("extended", "2026-10-03", extension));

        Assert.Contains("Friday 15 January 2027", next);
        Assert.Contains("moved from Wednesday 30 September 2026 (report of 3 October 2026)", next);
        Assert.DoesNotContain("moved from Thursday 1 October 2026", next);
    }

    [Fact]
    public async Task An_extension_to_an_earlier_end_than_the_one_given_is_no_move_of_it()
    {
        var later = Seeds.Report("contract", "2026-09-24", "The Harbor Workers Union's contract expires on Dec. 31.");
        var next = await CommandHarness.ReplyOnReportsAsync("2026-10-04T12:00:00Z", "/next", later, Seeds.Report("earlier", "2026-10-03", "The Harbor Workers Union agreed to extend its contract until Nov. 15."));

        Assert.Contains("Thursday 31 December 2026", next);
        Assert.DoesNotContain("moved from Thursday 31 December 2026", next);
    }

    private static readonly Source Stages = Seeds.Report("plan", "2026-03-13",
        "The Ellery Bridge will reopen in three stages. The first stage will reopen one lane to cars by May 22. "
        + "The second stage returns buses by July 3. The third stage opens all four lanes by Sept. 7.");

    [Theory]
    [InlineData("The first stage of the reopening, which was due by May 22, has been pushed back to June 12.")]
    [InlineData("The first stage, originally scheduled for May 22, was postponed to June 12.")]
    [InlineData("The bridge authority moved the first stage from May 22 to June 12.")]
    [InlineData("The first stage was pushed back to June 12 from May 22.")]
    [InlineData("The first stage will now open on June 12, not May 22.")]
    public async Task A_move_that_names_its_old_date_in_a_clause_moves_the_phase_end(string move)
    {
        using var bot = CommandHarness.OnReports("2026-04-22T12:00:00Z", Stages, Seeds.Report("moved", "2026-04-21", move));

        var next = await bot.TextAsync("/next");
        var phases = await bot.TextAsync("/phases");

        Assert.Contains("Friday 12 June 2026", next);
        Assert.Contains("moved from Friday 22 May 2026 (report of 21 April 2026)", next);
        Assert.DoesNotContain("By Friday 22 May 2026", next);
        Assert.Contains("Phase 1, delayed, Friday 12 June 2026", phases);
    }

    [Theory]
    // An extension of something in another topic, or of another subject.
    [InlineData(nameof(Contract), "2026-10-04T12:00:00Z", "The Riverside Nurses Association agreed to extend its contract until Jan. 15.", "15 January 2027")]
    [InlineData(nameof(Contract), "2026-10-04T12:00:00Z", "The city extended its parking permits until Jan. 15.", "15 January 2027")]
    // A plan told again, or a move only spoken of.
    [InlineData(nameof(Stages), "2026-04-22T12:00:00Z", "The ferry, which was due to stop by May 22, will keep running.", "By Friday 22 May 2026")]
    [InlineData(nameof(Stages), "2026-04-22T12:00:00Z", "The first stage, which was due by May 22, could be pushed back to June 12.", "By Friday 22 May 2026")]
    public async Task A_newer_report_about_something_else_or_only_speaking_of_a_move_moves_nothing(string older, string now, string newer, string shown)
    {
        var dayBefore = CommandHarness.At(now).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var next = await CommandHarness.ReplyOnReportsAsync(now, "/next", Older(older), Seeds.Report("newer", dayBefore, newer));

        Assert.Contains(shown, next);
        Assert.DoesNotContain("moved from", next);
    }

    private static Source Older(string name) => name == nameof(Contract) ? Contract : Stages;
}
