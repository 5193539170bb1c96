using System.Globalization;
using Bot.Core.Analysis.Time;

namespace Bot.Core.Tests.Analysis.Time;

/// <summary>
/// A deadline given to someone ("have until Sept. 30 to") and a weekday that is the report's own day. Mentions read
/// "text | role | granularity start".
/// </summary>
public sealed class DeadlinesGivenAndTodaysWeekdayTests
{
    private static string[] Tag(string sentence, string published) =>
    [
        .. TemporalTagger.Tag(sentence, DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Select(m => m.Period is { } p ? $"{m.Text} | {p.Granularity} {p.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : $"{m.Text} | unresolved"),
    ];

    [Theory]
    [InlineData("Farmers whose crops failed have until March 15 to claim compensation, the ministry said.", "2026-02-10", "2026-03-15")]
    [InlineData("Tenants who were evicted now have until June 1 to appeal.", "2026-05-04", "2026-06-01")]
    [InlineData("The company, which missed two payments, has until Friday to pay, a judge ruled.", "2026-04-07", "2026-04-10")]
    [InlineData("Voters who moved have only until Oct. 3 to register.", "2026-09-20", "2026-10-03")]
    public void A_deadline_someone_has_until_lies_ahead_whatever_past_verb_comes_before_it(string sentence, string published, string expected) =>
        Assert.Contains(Tag(sentence, published), m => m.EndsWith(expected, StringComparison.Ordinal));

    [Theory]
    [InlineData("Applicants had until March 15 to file, and most did.", "2026-04-10", "2026-03-15")]
    [InlineData("The firm has agreed to pay on Friday.", "2026-04-07", "2026-04-10")]
    public void A_deadline_told_in_the_past_or_a_perfect_keeps_its_own_reading(string sentence, string published, string expected) =>
        Assert.Contains(Tag(sentence, published), m => m.EndsWith(expected, StringComparison.Ordinal));
}
