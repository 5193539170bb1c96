using Bot.Core.Analysis;

namespace Bot.Core.Tests.Analysis;

public sealed class TopicExtractorTests
{
    private static List<TopicMention> Names(string sentence) =>
        [.. TopicExtractor.Extract([new TextSentence(0, 0, sentence)])];

    [Theory]
    [InlineData("Forces will leave Ain al-Asad next week.", "Ain al-Asad")]
    [InlineData("The Ministry of Defence confirmed it.", "Ministry of Defence")]
    [InlineData("Officials met in Port Louis on Monday.", "Port Louis")]
    [InlineData("Talks were held under the Strategic Framework Agreement.", "Strategic Framework Agreement")]
    [InlineData("A deal with ISIS remnants was ruled out.", "ISIS")]
    public void Runs_of_capitalised_words_joined_by_particles_are_one_name(string sentence, string expected) =>
        Assert.Contains(Names(sentence), m => m.Name == expected);

    [Fact]
    public void A_title_is_stripped_and_marks_a_person()
    {
        var mention = Assert.Single(Names("The base was handed over, said Lt Gen. Qais al-Mohammadi, a deputy commander."));

        Assert.Equal("Qais al-Mohammadi", mention.Name);
        Assert.Equal(TopicKind.Person, mention.Kind);
    }

    [Fact]
    public void A_possessive_ends_the_name_and_what_follows_starts_another()
    {
        var names = Names("Iraq's Joint Operations Command announced it.").Select(m => m.Name).ToList();

        Assert.Equal(["Iraq", "Joint Operations Command"], names);
    }

    [Theory]
    [InlineData("the US-led coalition", new[] { "US" })]
    [InlineData("new US-Iraq agreements", new[] { "US", "Iraq" })]
    public void Hyphenated_compounds_keep_only_their_named_parts(string sentence, string[] expected) =>
        Assert.Equal(expected, Names(sentence).Select(m => m.Name));

    [Fact]
    public void Months_weekdays_and_sentence_openers_are_not_names()
    {
        var names = Names("However, on Wednesday in September the talks stalled.").Select(m => m.Name);

        Assert.Empty(names);
    }

    [Fact]
    public void A_capitalised_first_word_is_marked_so_the_knowledge_can_discount_it()
    {
        var mention = Assert.Single(Names("Security cooperation persists."));

        Assert.True(mention.SentenceInitial);
    }

    [Fact]
    public void A_year_and_an_agreement_noun_name_the_agreement_of_that_year()
    {
        var mention = Assert.Single(Names("the 2024 agreement outlines two phases"));

        Assert.Equal("2024 agreement", mention.Name);
        Assert.Equal(TopicKind.Agreement, mention.Kind);
    }

    [Fact]
    public void A_capitalised_word_the_same_text_writes_in_lower_case_is_marked_as_a_common_word()
    {
        var mentions = TopicExtractor.Extract(
        [
            new TextSentence(0, 0, "Combat operations ended under Operation essential Resolve."),
            new TextSentence(1, 1, "Troops left Kirkuk."),
        ]);

        Assert.True(mentions.Single(m => m.Name == "Operation").AlsoCommonWord);
        Assert.False(mentions.Single(m => m.Name == "Resolve").AlsoCommonWord);
        Assert.False(mentions.Single(m => m.Name == "Kirkuk").AlsoCommonWord);
    }

    [Theory]
    [InlineData("Ain al-Asad", "ain-al-asad")]
    [InlineData("  Ain-Al-Asad ", "ain-al-asad")]
    [InlineData("Qais al-Mohammadi", "qais-al-mohammadi")]
    [InlineData("Iraq's", "iraqs")]
    [InlineData("São Tomé", "sao-tome")]
    public void Slugs_are_lower_case_words_joined_by_hyphens(string name, string slug) =>
        Assert.Equal(slug, TopicExtractor.Slugify(name));
}
