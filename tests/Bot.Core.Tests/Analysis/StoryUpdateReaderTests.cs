using System.Globalization;
using Bot.Core.Analysis;
using Bot.Core.Analysis.Time;

namespace Bot.Core.Tests.Analysis;

/// <summary>
/// How a sentence that moves a date names its old and new dates, in the orders news uses. Rows read "action | from |
/// to" with ISO days ("-" for none); the report's date anchors dates given without a year.
/// </summary>
public sealed class StoryUpdateReaderTests
{
    private static StoryUpdate? Update(string sentence, DateOnly published) =>
        StoryUpdateReader.Read(new TextSentence(0, 0, sentence), TemporalTagger.Tag(sentence, published), published);

    private static string Read(string sentence, string published)
    {
        var update = Update(sentence, DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        return update is null ? "none" : $"{update.Action} | {Day(update.From)} | {Day(update.To)}";
    }

    private static string Day(TemporalMention? mention) =>
        mention?.Period is { } p ? (mention.Role == TemporalRole.At ? p.Start : p.End).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "-";

    [Theory]
    // A move names its old date in the clause that says what was planned, or after "from", "instead of" or "not".
    [InlineData("The first stage of the reopening, which was due by May 22, has been pushed back to June 12.", "2026-04-21", "Moved | 2026-05-22 | 2026-06-12")]
    [InlineData("The vote, which had been scheduled for May 22, was postponed to June 12.", "2026-04-21", "Moved | 2026-05-22 | 2026-06-12")]
    [InlineData("The hearing, which was set for March 3, has been moved to March 17.", "2026-02-20", "Moved | 2026-03-03 | 2026-03-17")]
    [InlineData("The summit, originally scheduled for May 22, has been pushed back to June 12.", "2026-06-05", "Moved | 2026-05-22 | 2026-06-12")]
    [InlineData("The launch, previously planned for May 22, was delayed to June 12.", "2026-04-21", "Moved | 2026-05-22 | 2026-06-12")]
    [InlineData("The council moved the hearing from June 22 to July 12.", "2026-06-30", "Moved | 2026-06-22 | 2026-07-12")]
    [InlineData("The hearing was postponed to July 12 from June 22.", "2026-06-30", "Moved | 2026-06-22 | 2026-07-12")]
    [InlineData("The hearing will now be held on July 12, not June 22.", "2026-06-30", "Moved | 2026-06-22 | 2026-07-12")]
    [InlineData("The vote was brought forward to June 2 instead of June 9.", "2026-05-20", "Moved | 2026-06-09 | 2026-06-02")]
    // An extension is a move to its new end.
    [InlineData("The dockworkers and their employers agreed to extend their contract until Jan. 15.", "2026-10-03", "Moved | - | 2027-01-15")]
    [InlineData("The Security Council renewed the mission's mandate until March 31.", "2026-01-05", "Moved | - | 2026-03-31")]
    [InlineData("The two sides prolonged the truce to July 30.", "2026-07-10", "Moved | - | 2026-07-30")]
    // Speculation, a word that only looks like a change, and a plan told again change nothing.
    [InlineData("The vote, which was due in May, could be pushed back to June.", "2026-04-21", "none")]
    [InlineData("Renewed fighting broke out on Friday.", "2026-04-21", "none")]
    [InlineData("Prolonged talks ended on Friday.", "2026-04-21", "none")]
    [InlineData("The first stage, which would put cars back on one lane, had been set for June 12.", "2026-06-05", "none")]
    [InlineData("The hearing may be moved to June 12.", "2026-06-05", "none")]
    public void A_sentence_that_moves_a_date_reads_as_its_old_and_new_dates_and_one_that_only_seems_to_reads_as_none(string sentence, string published, string expected) =>
        Assert.Equal(expected, Read(sentence, published));

    // The old date named as "the original …" / "the previous deadline of …", and a span compared with it ("a month later
    // than"), which is no date of its own.
    [Theory]
    [InlineData("Applicants now have until Friday, Oct. 29, to file, a month later than the original Sept. 30 cutoff.", "2027-09-28", "Moved | 2027-09-30 | 2027-10-29")]
    [InlineData("Students now have until May 14 to sit the resit exam, two weeks later than the previous deadline of April 30.", "2027-04-20", "Moved | 2027-04-30 | 2027-05-14")]
    [InlineData("The strike ballot was extended to March 9, a week later than its original March 2 close.", "2027-02-20", "Moved | 2027-03-02 | 2027-03-09")]
    public void An_old_date_named_as_the_original_is_the_move_s_old_date_and_its_span_no_date(string sentence, string published, string expected)
    {
        Assert.Equal(expected, Read(sentence, published));
        var day = DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.DoesNotContain(TemporalTagger.Tag(sentence, day), m => m.Text.Contains(" than", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("The contract was extended until Jan. 15.", true)]
    [InlineData("The UN renewed the mandate through March.", true)]
    [InlineData("The vote was postponed to June 12.", false)]
    [InlineData("The launch was brought forward to June 2.", false)]
    [InlineData("Shoppers now have until Jan. 31 to return gifts.", true)]
    public void A_move_that_lengthens_something_to_a_later_end_is_an_extension(string sentence, bool lengthens)
    {
        var update = Update(sentence, new DateOnly(2026, 10, 3));

        Assert.Equal(lengthens, Assert.IsType<StoryUpdate>(update).Lengthens);
    }
}
