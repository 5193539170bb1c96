using System.Globalization;
using Bot.Core.Analysis;
using Bot.Core.Analysis.Time;

namespace Bot.Core.Tests.Analysis;

/// <summary>
/// Rules found by re-reading the held-out court and vaccine stories: a main verb's weekday is not overridden by an
/// offset that belongs to a later clause; a move's old date is the one its "from"/"instead of" names, not a date of its
/// reason clause; a phase moved earlier is brought forward, not delayed; "that day" with no day named before it stays
/// unresolved. Rows use their own sentences.
/// </summary>
public sealed class MoveDirectionAndAnchorTests
{
    private static string Days(string sentence, string published, string? antecedent = null)
    {
        var context = new TemporalContext(Day(published)) { Antecedent = antecedent is null ? null : DatePeriod.Day(Day(antecedent)) };
        return string.Join("; ", TemporalTagger.Tag(sentence, context).Select(m =>
            $"{m.Text} = {(m.Period is { } p ? p.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "unresolved")}"));
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("The former mayor was sentenced on Friday, the fifth.", "2026-06-07", "Friday, the fifth = 2026-06-05")]
    [InlineData("The former mayor was sentenced on Friday, six weeks after a jury convicted him.", "2028-04-14", "Friday = 2028-04-14")]
    [InlineData("She was released on Tuesday, two years after she was arrested in Tehran.", "2026-05-07", "Tuesday = 2026-05-05")]
    [InlineData("The plant reopened on Monday, three months after a fire destroyed its main hall.", "2026-05-07", "Monday = 2026-05-04")]
    [InlineData("The bill passed on Wednesday, a week after it cleared committee.", "2026-05-07", "Wednesday = 2026-05-06")]
    public void A_main_verbs_weekday_keeps_its_day_when_a_later_clause_counts_from_something_else(string sentence, string published, string expected) =>
        Assert.StartsWith(expected, Days(sentence, published));

    [Theory]
    [InlineData("The ministers will meet on that day.", "2026-05-07", "that day = unresolved")]
    [InlineData("Landlords must register by the same date.", "2026-05-07", "by the same date = unresolved")]
    public void That_day_with_no_day_named_before_it_stays_unresolved(string sentence, string published, string expected) =>
        Assert.Equal(expected, Days(sentence, published));

    [Theory]
    [InlineData("The ministers will meet on that day.", "2026-05-07", "2026-06-30", "that day = 2026-06-30")]
    [InlineData("By that date, schools must file their plans.", "2026-05-07", "2026-06-30", "that date = 2026-06-30")]
    public void That_day_after_a_named_day_is_that_day(string sentence, string published, string antecedent, string expected) =>
        Assert.EndsWith(expected, Days(sentence, published, antecedent));

    private static string Move(string sentence, string published)
    {
        var day = Day(published);
        var update = StoryUpdateReader.Read(new TextSentence(0, 0, sentence), TemporalTagger.Tag(sentence, day), day);
        static string Of(TemporalMention? m) => m?.Period is { } p ? p.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "-";
        return update is null ? "none" : $"{Of(update.From)} -> {Of(update.To)}";
    }

    [Theory]
    [InlineData("The judge moved the trial from 13 September to 10 January 2028, after hearing that no courtroom would be free in the autumn.", "2027-07-09", "2027-09-13 -> 2028-01-10")]
    [InlineData("At a hearing in Leeds on Friday, the judge moved the start of the trial from 13 September to 10 January 2028, after being told that no court would be free in the autumn.", "2027-07-09", "2027-09-13 -> 2028-01-10")]
    [InlineData("The start of the trial was moved to 10 January 2028 from 13 September, as no courtroom will be free in the autumn.", "2027-07-09", "2027-09-13 -> 2028-01-10")]
    [InlineData("The trial will now start on 10 January 2028 instead of 13 September because no courtroom is free in the autumn.", "2027-07-09", "2027-09-13 -> 2028-01-10")]
    [InlineData("The council moved the vote from June 12 to July 3 because of the summer recess.", "2026-05-07", "2026-06-12 -> 2026-07-03")]
    [InlineData("The hearing will now be held on 4 June rather than 28 May, the court said, citing a strike in the spring.", "2026-05-07", "2026-05-28 -> 2026-06-04")]
    public void A_moves_old_date_is_the_one_its_from_names_not_a_date_of_its_reason(string sentence, string published, string expected) =>
        Assert.Equal(expected, Move(sentence, published));

    [Theory]
    [InlineData("The judge moved the start of the trial from 13 September to 10 January 2028, after being told that no courtroom would be free in the autumn.")]
    [InlineData("The start of the trial was moved to 10 January 2028 from 13 September, as no courtroom will be free in the autumn.")]
    [InlineData("The trial will now start on 10 January 2028 instead of 13 September because no courtroom is free in the autumn.")]
    public async Task A_move_says_it_moved_from_the_date_its_from_names_not_the_season_of_its_reason(string move)
    {
        var next = await CommandHarness.ReplyOnReportsAsync("2027-07-10T12:00:00Z", "/next",
            Seeds.Report("set", "2027-04-16", "The judge said the trial of the two former directors would start on 13 September."),
            Seeds.Report("moved", "2027-07-09", move));

        Assert.Contains("moved from Monday 13 September 2027", next);
        Assert.DoesNotContain("moved from autumn", next);
    }

    private const string Plan = "The screening programme will run in two phases. Phase 1, starting May 4: people aged 70 and over. Phase 2, from June 15: everyone aged 50 to 69.";

    [Theory]
    [InlineData("Phase 2 will now start on June 1 rather than June 15.", "brought forward")]
    [InlineData("The second phase will now begin on June 1 instead of June 15.", "brought forward")]
    [InlineData("The second phase has been brought forward to June 1.", "brought forward")]
    [InlineData("Phase 2 will now start on June 29 rather than June 15.", "delayed")]
    [InlineData("The second phase has been postponed to June 29.", "delayed")]
    public async Task A_moved_phase_is_delayed_only_when_it_moved_later(string move, string expected)
    {
        var phases = await CommandHarness.ReplyOnReportsAsync("2026-04-01T12:00:00Z", "/phases",
            Seeds.Report("plan", "2026-03-30", Plan), Seeds.Report("moved", "2026-03-31", move));

        var phaseTwo = phases.Split('\n').First(l => l.Contains("Phase 2,", StringComparison.Ordinal));
        Assert.Contains("Phase 2, " + expected, phaseTwo);
        Assert.DoesNotContain(expected == "delayed" ? "brought forward" : "delayed", phaseTwo);
    }
}
