using Bot.Core.Questions;

namespace Bot.Core.Tests.Questions;

public sealed class QuestionVocabularyTests
{
    [Theory]
    [InlineData("suburb", "suburban")]
    [InlineData("suburban", "suburb")]
    [InlineData("iraq", "iraqi")]
    [InlineData("europ", "european")]
    [InlineData("coast", "coastal")]
    public void A_stem_has_its_adjective_or_its_noun_among_its_forms(string stem, string form) =>
        Assert.Contains(form, QuestionVocabulary.Forms(stem));

    [Theory]
    [InlineData("bus")]
    [InlineData("ban")]
    public void A_short_stem_has_no_forms_that_would_match_other_words(string stem) =>
        Assert.Empty(QuestionVocabulary.Forms(stem));
}
