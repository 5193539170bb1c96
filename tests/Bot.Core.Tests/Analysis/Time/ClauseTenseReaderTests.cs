using Bot.Core.Analysis.Time;

namespace Bot.Core.Tests.Analysis.Time;

public sealed class ClauseTenseReaderTests
{
    [Theory]
    [InlineData("Services resume on Friday.", "Friday", ClauseTense.Present)]
    [InlineData("The strike ended on Friday.", "Friday", ClauseTense.Past)]
    [InlineData("A vote is expected Thursday.", "Thursday", ClauseTense.Future)]
    [InlineData("The union would strike again on Saturday.", "Saturday", ClauseTense.Future)]
    [InlineData("Two men were arrested in August.", "August", ClauseTense.Past)]
    [InlineData("The council will vote on Friday.", "Friday", ClauseTense.Future)]
    [InlineData("The 2014 coalition.", "2014", ClauseTense.Unknown)]
    public void The_verb_nearest_a_date_in_its_clause_gives_its_tense(string sentence, string date, ClauseTense expected)
    {
        var reading = ClauseTenseReader.Read(sentence, sentence.IndexOf(date, StringComparison.Ordinal), date.Length);

        Assert.Equal(expected, reading.Tense);
    }

    [Theory]
    [InlineData("The minister said on Tuesday that talks would resume.", "Tuesday", true)]
    [InlineData("The command announced Wednesday.", "Wednesday", true)]
    [InlineData("Officials on Monday said the road was open.", "Monday", true)]
    [InlineData("Talks will resume on Tuesday.", "Tuesday", false)]
    public void A_date_that_says_when_something_was_said_is_a_reporting_date(string sentence, string date, bool expected)
    {
        var reading = ClauseTenseReader.Read(sentence, sentence.IndexOf(date, StringComparison.Ordinal), date.Length);

        Assert.Equal(expected, reading.IsReportingDate);
    }
}
