using System.Globalization;
using Bot.Core.Analysis;
using Bot.Core.Analysis.Time;

namespace Bot.Core.Tests.Knowledge;

/// <summary>
/// How news tells why a date moved and what a moved start does to a phase: the new date named before "instead of"
/// or "rather than" stays the new date when a reason follows; a date of the reason ("because the parts arrive in
/// April") is no date of the plan; a phase that now starts later cannot keep an end before its start, and one with a
/// known length ends that long after its new start; a schedule that turned keeps the way it went first. Rows use
/// their own sentences.
/// </summary>
public sealed class MoveReasonsAndPhaseEndsTests
{
    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Move(string sentence, string published)
    {
        var day = Day(published);
        var update = StoryUpdateReader.Read(new TextSentence(0, 0, sentence), TemporalTagger.Tag(sentence, day), day);
        static string Of(TemporalMention? m) => m?.Period is { } p ? p.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "-";
        return update is null ? "none" : $"{Of(update.From)} -> {Of(update.To)} | reasons: {string.Join(", ", update.Reasons.Select(r => Of(r)))}";
    }

    [Theory]
    [InlineData("The launch was pushed back to March instead of January, as the supplier ran out of parts.", "2026-11-02", "2027-01-01 -> 2027-03-01 | reasons: ")]
    [InlineData("The vote was moved to 14 June rather than 7 June because the hall was booked.", "2026-05-02", "2026-06-07 -> 2026-06-14 | reasons: ")]
    [InlineData("The festival has been postponed to May rather than April, organisers said, citing the cost of security.", "2026-02-01", "2026-04-01 -> 2026-05-01 | reasons: ")]
    [InlineData("The referendum will be put off to November instead of September, after the courts struck down the ballot wording.", "2026-07-01", "2026-09-01 -> 2026-11-01 | reasons: ")]
    [InlineData("The handover has been pushed back to May rather than March, due to a shortage of trained staff.", "2026-01-10", "2026-03-01 -> 2026-05-01 | reasons: ")]
    public void A_new_date_named_before_instead_of_stays_the_new_date_when_a_reason_follows(string sentence, string published, string expected) =>
        Assert.Equal(expected, Move(sentence, published));

    [Theory]
    [InlineData("The rally was moved to March.", "March")]
    [InlineData("The vote was set for May.", "May")]
    [InlineData("The works will end in June rather than May.", "June, May")]
    [InlineData("Farmers plan to march on the capital.", "")]
    [InlineData("The pay rise was backdated to April.", "")]
    [InlineData("To March on the capital, they need a permit.", "")]
    [InlineData("Nobody knows what the court may decide.", "")]
    public void A_capitalised_month_after_to_for_or_than_is_a_month_and_the_verb_is_none(string sentence, string expected) =>
        Assert.Equal(expected, string.Join(", ", TemporalTagger.Tag(sentence, Day("2026-01-10")).Select(m => m.Text)));

    [Theory]
    [InlineData("The opening has been delayed to May because the parts arrive in April.", "2026-02-02", "- -> 2026-05-01 | reasons: 2025-04-01")]
    [InlineData("The match was postponed after the storm on Tuesday.", "2026-02-05", "- -> - | reasons: 2026-02-03")]
    [InlineData("The concert was moved to 12 July, as the stadium hosts a cup final on 5 July.", "2026-05-01", "- -> 2026-07-12 | reasons: 2026-07-05")]
    [InlineData("The talks will be postponed to Friday amid protests planned for Thursday.", "2026-05-04", "- -> 2026-05-08 | reasons: 2026-05-07")]
    [InlineData("The summit was moved to the week after the election on 3 May.", "2026-02-05", "- -> 2026-05-04 | reasons: ")]
    public void A_date_of_the_reason_a_date_moved_is_neither_its_new_date_nor_a_step_of_the_plan(string sentence, string published, string expected) =>
        Assert.Equal(expected, Move(sentence, published));

    [Theory]
    [InlineData("The bridge opening, planned for March, has been delayed to May because the steel beams arrive in April.", "April")]
    [InlineData("The bridge opening, planned for March, has been delayed to May, as the steel beams will only arrive on 20 April.", "20 April")]
    [InlineData("The bridge opening, planned for March, has been delayed to May due to a strike at the steel mill set for April.", "April")]
    public async Task Next_moves_the_item_to_its_new_date_and_tells_a_date_of_the_reason_by_the_reason_alone(string move, string reasonDate)
    {
        var next = await CommandHarness.ReplyOnReportsAsync("2026-02-03T12:00:00Z", "/next",
            Seeds.Report("set", "2026-01-01", "The bridge opening is planned for March."),
            Seeds.Report("moved", "2026-02-02", move));

        var lines = next.Split('\n').Where(l => l.StartsWith('•')).ToList();
        Assert.Contains(lines, l => l.StartsWith("• May 2026", StringComparison.Ordinal) && l.Contains("moved from March 2026", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(reasonDate + " 2026 (", StringComparison.Ordinal) && l.Contains("delayed", StringComparison.OrdinalIgnoreCase));
    }

    private const string Works = "The works come in two phases. Phase 1, from March 2 to March 27: the east wing. Phase 2, from April 6 until April 30: the west wing.";

    [Theory]
    // A known length moves the end with the start.
    [InlineData("The works come in two phases. Phase 1 starts on 2 March and will run for four weeks, until 30 March. Phase 2, from April 6: the west wing.", "Phase 1 will now start on 16 March rather than 2 March.", "Phase 1,", "by Monday 13 April 2026", "30 March 2026 (")]
    // An old end before the new start is dropped.
    [InlineData(Works, "Phase 2 will now start on May 11 instead of April 6.", "Phase 2,", "from Monday 11 May 2026 (moved from Monday 6 April 2026)", "April 2026 (")]
    // A run told with its old start keeps its last day.
    [InlineData(Works, "Phase 2 will now start on April 13 instead of April 6.", "Phase 2,", "until Thursday 30 April 2026", "6-30 April")]
    // Another date of the moving sentence, before the new start, is no end.
    [InlineData(Works, "Phase 2 will now start on April 13 instead of April 6, the minister told reporters on Thursday.", "Phase 2,", "until Thursday 30 April 2026", "19 February")]
    public async Task A_phase_whose_start_moved_ends_after_it(string plan, string move, string phase, string expected, string unexpected)
    {
        var phases = await CommandHarness.ReplyOnReportsAsync("2026-02-20T12:00:00Z", "/phases",
            Seeds.Report("plan", "2026-02-10", plan), Seeds.Report("moved", "2026-02-19", move));

        var line = phases.Split('\n').First(l => l.Contains("• " + phase, StringComparison.Ordinal));
        Assert.Contains(expected, line);
        Assert.DoesNotContain(unexpected, line);
    }

    [Theory]
    [InlineData("Phase 2 has been delayed.", "Phase 2 is now ahead of schedule.", "Phase 2, brought forward, after a delay (report of Thursday 19 February 2026)")]
    [InlineData("Phase 2 has been pushed back.", "The second phase has been brought forward.", "Phase 2, brought forward, after a delay (report of Thursday 19 February 2026)")]
    [InlineData("Phase 2 has been brought forward.", "Phase 2 has been delayed.", "Phase 2, delayed, after being brought forward (report of Thursday 19 February 2026)")]
    public async Task A_schedule_that_turned_shows_the_newest_way_and_the_way_it_went_first(string first, string then, string expected)
    {
        var phases = await CommandHarness.ReplyOnReportsAsync("2026-03-20T12:00:00Z", "/phases",
            Seeds.Report("plan", "2026-02-10", Works), Seeds.Report("first", "2026-02-19", first), Seeds.Report("then", "2026-03-19", then));

        Assert.Contains(expected, phases);
    }

    [Theory]
    [InlineData("Phase 2 has been delayed.", "Phase 2 has been pushed back again.")]
    [InlineData("Phase 2 has been delayed.", "Phase 2 is complete.")]
    public async Task A_schedule_that_kept_its_way_or_closed_shows_only_the_newest_word(string first, string then)
    {
        var phases = await CommandHarness.ReplyOnReportsAsync("2026-03-20T12:00:00Z", "/phases",
            Seeds.Report("plan", "2026-02-10", Works), Seeds.Report("first", "2026-02-19", first), Seeds.Report("then", "2026-03-19", then));

        Assert.DoesNotContain("after a delay", phases);
        Assert.DoesNotContain("after being brought forward", phases);
    }
}
