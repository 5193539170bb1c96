namespace Bot.Core.Tests.Answers;

public sealed class QuoteTests
{
    private static readonly SourceReference Source = new("s1", "Report", new DateOnly(2025, 12, 31), "Wire", null);

    [Theory]
    [InlineData("The base was handed over.", "“The base was handed over.”")]
    [InlineData("“We will leave next week,” he said.", "“We will leave next week,” he said.")]
    [InlineData("\"We will leave,\" he said.", "\"We will leave,\" he said.")]
    public void A_sentence_is_shown_in_quotation_marks_once(string sentence, string shown) =>
        Assert.Equal(shown, new Quote(sentence, Source).Quoted);
}
