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
    [InlineData("The road was meant to be cleared by September.", "by September", ClauseTense.Past)]
    [InlineData("The base is to be handed over on Monday.", "Monday", ClauseTense.Future)]
    [InlineData("The summit is held on Friday.", "Friday", ClauseTense.Present)]
    [InlineData("He has been detained since May.", "since May", ClauseTense.Past)]
    [InlineData("A ruling could come as soon as Friday.", "Friday", ClauseTense.Future)]
    [InlineData("Troops agreed to leave on Friday.", "Friday", ClauseTense.Future)]
    [InlineData("The Mohammed bin Salman talks on Friday.", "Friday", ClauseTense.Unknown)]
    [InlineData("Mission control said the lander was on course to touch down on Wednesday.", "Wednesday", ClauseTense.Future)]
    [InlineData("The ferry was due to sail again on Friday, the operator said.", "Friday", ClauseTense.Future)]
    [InlineData("The ministry says the ballots were expected on Thursday.", "Thursday", ClauseTense.Future)]
    [InlineData("The ferry was due to sail again on Friday.", "Friday", ClauseTense.Past)]
    [InlineData("Officials said the convoy was stopped on Friday.", "Friday", ClauseTense.Past)]
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

    [Theory]
    [InlineData(ClauseTense.Past, false, TemporalRole.At, "", DateDirection.Back)]
    [InlineData(ClauseTense.Future, true, TemporalRole.At, "", DateDirection.Back)]
    [InlineData(ClauseTense.Present, false, TemporalRole.At, "", DateDirection.Ahead)]
    [InlineData(ClauseTense.Future, false, TemporalRole.At, "", DateDirection.Ahead)]
    [InlineData(ClauseTense.Unknown, false, TemporalRole.By, "", DateDirection.Ahead)]
    [InlineData(ClauseTense.Unknown, false, TemporalRole.At, "in place since ", DateDirection.Back)]
    [InlineData(ClauseTense.Unknown, false, TemporalRole.At, "the ", DateDirection.Nearest)]
    [InlineData(ClauseTense.Past, false, TemporalRole.At, "the session they had set for ", DateDirection.EitherSide)]
    [InlineData(ClauseTense.Past, false, TemporalRole.At, "the session was held on ", DateDirection.Back)]
    [InlineData(ClauseTense.Future, false, TemporalRole.At, "will be held on July 12, not ", DateDirection.EitherSide)]
    public void Past_and_reporting_clauses_look_back_present_future_and_deadlines_look_ahead(
        ClauseTense tense, bool reporting, TemporalRole role, string before, DateDirection expected) =>
        Assert.Equal(expected, ClauseTenseReader.DirectionOf(new ClauseReading(tense, reporting), role, before));
}
