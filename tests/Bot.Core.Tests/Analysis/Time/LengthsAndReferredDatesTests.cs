using System.Globalization;
using Bot.Core.Analysis.Time;

namespace Bot.Core.Tests.Analysis.Time;

/// <summary>
/// Rules found by the held-out court and vaccine stories: "to last three weeks" is a length, not the last three weeks;
/// "by that date" is the date just named; a court's "adjourned until" and "listed for" are plans, on either side of the
/// report, not last year's date. Mentions read "text | role | granularity start".
/// </summary>
public sealed class LengthsAndReferredDatesTests
{
    private static readonly DateOnly Published = new(2026, 3, 4);

    private static string[] Tag(string sentence, TemporalContext? context = null) =>
        [.. TemporalTagger.Tag(sentence, context ?? new TemporalContext(Published)).Select(m => m.Period is { } p
            ? $"{m.Text} | {m.Role} | {p.Granularity} {p.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : $"{m.Text} | {m.Role} | unresolved")];

    [Theory]
    [InlineData("The inquiry is expected to last three months.")]
    [InlineData("Hearings will last two weeks.")]
    [InlineData("The works could last six weeks, the council said.")]
    [InlineData("The closure did not last four days.")]
    public void A_length_told_with_the_verb_last_is_no_date(string sentence) =>
        Assert.Empty(Tag(sentence));

    [Theory]
    [InlineData("Sales fell in the last three months.", "in the last three months | At | Span 2025-12-04")]
    [InlineData("The last two weeks were the wettest on record.", "The last two weeks | At | Span 2026-02-18")]
    public void The_last_few_weeks_are_still_the_weeks_just_past(string sentence, string expected) =>
        Assert.Equal([expected], Tag(sentence));

    [Theory]
    [InlineData("By that date, every school must file its plan.", "By that date | By | Day 2026-06-30")]
    [InlineData("Landlords must also register by the same date.", "by the same date | By | Day 2026-06-30")]
    [InlineData("The minister will speak on that day.", "that day | At | Day 2026-06-30")]
    public void That_date_is_the_date_just_named(string sentence, string expected)
    {
        var context = new TemporalContext(Published) { Antecedent = DatePeriod.Day(new DateOnly(2026, 6, 30)) };

        Assert.Equal([expected], Tag(sentence, context));
    }

    [Theory]
    [InlineData("The hearing was adjourned until May 12.", "until May 12 | Until | Day 2026-05-12")]
    [InlineData("A review that had been listed for 20 April was cancelled.", "20 April | At | Day 2026-04-20")]
    [InlineData("The case had been listed for 2 March.", "2 March | At | Day 2026-03-02")]
    public void A_court_date_adjourned_to_or_listed_for_lies_on_either_side_of_the_report(string sentence, string expected) =>
        Assert.Equal([expected], Tag(sentence));
}
