using Bot.Core.Analysis.Time;

namespace Bot.Core.Tests.Analysis.Time;

public sealed class PastTenseCueTests
{
    [Theory]
    [InlineData("The talks ended on Friday and resumed on Monday.")]
    [InlineData("Officials said the road was meant to be cleared by September.")]
    [InlineData("The ferry didn't sail; it wasn't cleared and the crews weren't paid.")]
    [InlineData("The bridge is to be handed over and is held by the army.")]
    [InlineData("A hundred United fans agreed to a naked protest; prisoners were freed.")]
    [InlineData("Need for speed: the sacred site reopened.")]
    [InlineData("THE MINISTER RESIGNED AND FLED ABROAD.")]
    [InlineData("Batch walked2 of route b2ed and _ended.")]
    [InlineData("He spoke of the ban, extended to March 31, two weeks ago.")]
    [InlineData("The \u212Aicked-off talks stalled; the \u017Fpeaker stood down.")]
    [InlineData("Nothing here speaks of the past at all")]
    [InlineData("")]
    public void The_first_and_last_cues_are_the_expressions_own(string text)
    {
        var matches = PastTenseCue.Expression.Matches(text);

        Assert.Equal(matches.Count > 0 ? matches[0].Index : -1, PastTenseCue.First(text));
        Assert.Equal(matches.Count > 0 ? matches[^1].Index : -1, PastTenseCue.Last(text));
    }
}
