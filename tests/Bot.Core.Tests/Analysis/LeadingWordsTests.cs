using System.Text.RegularExpressions;
using Bot.Core.Analysis;

namespace Bot.Core.Tests.Analysis;

public sealed class LeadingWordsTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [Theory]
    [InlineData(@"\b(?:cancell?(?:ed|s)|call(?:ed|s)\s+off|axed)\b", "cancel,call,axed")]
    [InlineData(@"\b(?:(?<modifier>next|last)\s+)?(?<weekday>monday|friday)\b", "next,last,monday,friday")]
    [InlineData(@"(?<!\b(?:a|every)\s)\b(?<ord>first|2nd)\s+week", "first,2nd")]
    [InlineData(@"\bputs?\s+off|\bwill\s+now\b", "put,will")]
    [InlineData(@"\b(?:the\s+)?day\s+(?<dir>after|before)", "the,day")]
    [InlineData(@"\bQ\.?(?<q>[1-4])", "Q")]
    public void The_words_every_match_starts_with_are_read_from_the_pattern(string pattern, string words) =>
        Assert.Equal(words.Split(','), new LeadingWords(pattern, Options).Prefixes);

    [Theory]
    [InlineData(@"\b(?<day>\d{1,2})\s+may", "")]
    [InlineData(@"\b(?:(?<day>\d{1,2})(?:st|nd)|(?<word>first|second))\s+week", "first,second")]
    [InlineData(@"(?<![\p{L}\p{N}])(?:Q(?<q>[1-4])|(?<q>[1-4])Q)", "Q")]
    public void A_branch_that_starts_with_a_digit_lets_the_first_digit_start_a_match(string pattern, string words)
    {
        var gated = new LeadingWords(pattern, Options);

        Assert.True(gated.StartsWithDigit);
        Assert.Equal(words.Split(',', StringSplitOptions.RemoveEmptyEntries), gated.Prefixes);
    }

    [Theory]
    [InlineData(@"\b(?<day>\d?)\s+may")]
    [InlineData(@"\b(?<day>\d*)\s+may")]
    [InlineData(@"\b(?<day>[0-9]{0,2})\s+may")]
    [InlineData(@"\b(?<day>[^a-z])\s+may")]
    [InlineData(@"\b(?:\p{L}{2,}ed|said)\b")]
    [InlineData(@"\b(?:in|)\s+may")]
    [InlineData(@"(?:a|b){2}c")]
    [InlineData(@"(?i)may")]
    public void A_pattern_whose_matches_may_start_anywhere_gives_no_words(string pattern) =>
        Assert.Empty(new LeadingWords(pattern, pattern.StartsWith("(?i", StringComparison.Ordinal) ? RegexOptions.CultureInvariant : Options).Prefixes);

    [Theory]
    [InlineData("The vote was called off on Friday.")]
    [InlineData("Officials CANCELLED the talks and then called off the strike.")]
    [InlineData("Nothing here dates anything.")]
    [InlineData("Talks were cancelled.")]
    [InlineData("The strike was kicked off on Monday.")]
    [InlineData("The strike was \u212Aicked off on Monday.")]
    public void Matches_are_those_of_the_expression_alone(string text) =>
        AssertSameMatches(@"\b(?:cancell?(?:ed|s)|call(?:ed|s)\s+off|kicked\s+off)\b", text);

    [Theory]
    [InlineData("Talks end on 3 May and resume on 24 may.")]
    [InlineData("Talks end on \u0663 May.")]
    [InlineData("Une réunion le \u0968\u0966 may, then 5 may.")]
    [InlineData("Nothing here dates anything.")]
    [InlineData("Élan, café, 7 May.")]
    public void Matches_of_a_digit_led_expression_are_those_of_the_expression_alone_in_any_script(string text) =>
        AssertSameMatches(@"\b(?<day>\d{1,2})\s+may\b", text);

    private static void AssertSameMatches(string pattern, string text)
    {
        var plain = new Regex(pattern, Options);
        var gated = new LeadingWords(pattern, Options);

        Assert.Equal(plain.Matches(text).Select(m => (m.Index, m.Value)), Matches(gated, text));
        Assert.Equal(plain.IsMatch(text), gated.IsMatch(text));
    }

    private static List<(int, string)> Matches(LeadingWords gated, string text)
    {
        var found = new List<(int, string)>();
        for (var match = gated.Match(text); match.Success; match = match.NextMatch())
        {
            found.Add((match.Index, match.Value));
        }

        return found;
    }
}
