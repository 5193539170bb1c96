using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public sealed class TextShortenerTests
{
    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("exactly10!", 10, "exactly10!")]
    [InlineData("a longer sentence", 10, "a longer…")]
    [InlineData("word then space", 10, "word then…")]
    [InlineData("spaces     here", 8, "spaces…")]
    [InlineData("ab", 1, "…")]
    public void A_text_longer_than_the_limit_is_cut_to_the_limit_with_an_ellipsis(string text, int max, string expected)
    {
        var shortened = TextShortener.Shorten(text, max);

        Assert.Equal(expected, shortened);
        Assert.True(shortened.Length <= max);
    }

    [Fact]
    public void The_cut_never_splits_a_surrogate_pair()
    {
        // "😀" is two UTF-16 units; a cut after four units would keep only its first half.
        var shortened = TextShortener.Shorten("abc😀def", 5);

        Assert.Equal("abc…", shortened);
        Assert.DoesNotContain(shortened, char.IsSurrogate);
    }
}
