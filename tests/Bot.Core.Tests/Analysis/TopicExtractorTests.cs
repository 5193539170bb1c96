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

    [Theory]
    // Hyphenated compounds keep only their named parts.
    [InlineData("the US-led coalition", new[] { "US" })]
    [InlineData("new US-Iraq agreements", new[] { "US", "Iraq" })]
    // A possessive ends the name and what follows starts another.
    [InlineData("Iraq's Joint Operations Command announced it.", new[] { "Iraq", "Joint Operations Command" })]
    // Months, weekdays and sentence openers are not names.
    [InlineData("However, on Wednesday in September the talks stalled.", new string[0])]
    public void A_sentence_yields_exactly_its_names_in_order(string sentence, string[] expected) =>
        Assert.Equal(expected, Names(sentence).Select(m => m.Name));

    [Theory]
    // A name with its number is one name, whatever its domain.
    [InlineData("The buses on Route 9 will run every ten minutes.", new[] { "Route 9" })]
    [InlineData("The passengers for Gate 4 should board now, Terminal 2 staff said.", new[] { "Gate 4", "Terminal 2" })]
    [InlineData("Metro Line 5 opens between Airport and Central in May.", new[] { "Metro Line 5", "Airport", "Central" })]
    [InlineData("The residents of Zone 6's 400 homes are still waiting.", new[] { "Zone 6" })]
    [InlineData("Highway 38 closed in 2024 after a landslide.", new[] { "Highway 38" })]
    // A year, a date, a count after a comma and a plan's part are not a name's number.
    [InlineData("Lisbon 2024 was a turning point for Velmark.", new[] { "Lisbon", "Velmark" })]
    [InlineData("The pupils in Brask return on August 12.", new[] { "Brask" })]
    [InlineData("In Carroway, 300 customers got refunds.", new[] { "Carroway" })]
    [InlineData("Phase 2 of the refund starts in March.", new[] { "Phase" })]
    public void A_name_with_its_number_is_one_name(string sentence, string[] expected) =>
        Assert.Equal(expected, Names(sentence).Select(m => m.Name));

    [Theory]
    // A title is stripped and marks a person.
    [InlineData("The base was handed over, said Lt Gen. Qais al-Mohammadi, a deputy commander.", "Qais al-Mohammadi", TopicKind.Person)]
    // A year and an agreement noun name the agreement of that year.
    [InlineData("the 2024 agreement outlines two phases", "2024 agreement", TopicKind.Agreement)]
    public void A_sentence_with_one_name_gives_it_with_its_kind(string sentence, string name, TopicKind kind)
    {
        var mention = Assert.Single(Names(sentence));

        Assert.Equal((name, kind), (mention.Name, mention.Kind));
    }

    [Theory]
    // A speech verb makes a person only with a person's marks: a given and a family name, "she" taking it up, a title, a role.
    [InlineData("Harriet Vane said the talks would resume.", "Harriet Vane", TopicKind.Person)]
    [InlineData("Okafor said she would vote against it.", "Okafor", TopicKind.Person)]
    [InlineData("Holm, the agency's chief engineer, said the test went well.", "Holm", TopicKind.Person)]
    [InlineData("Brandvik, who chairs the panel, said nothing.", "Brandvik", TopicKind.Person)]
    // An organisation has an organisation's marks: "the" before it, "its" after it, what only a body has, a company suffix.
    [InlineData("Trelco said on Monday that its offer stood.", "Trelco", TopicKind.Organisation)]
    [InlineData("A rise was ruled out, the Harbour Trust said.", "Harbour Trust", TopicKind.Organisation)]
    [InlineData("Riders were told to expect delays by Trelco's chief executive.", "Trelco", TopicKind.Organisation)]
    [InlineData("Shares in Voltra Ltd fell sharply.", "Voltra Ltd", TopicKind.Organisation)]
    [InlineData("Velmark, the bus maker, said deliveries would slip.", "Velmark", TopicKind.Organisation)]
    // With neither, a one-word speaker's kind stays open.
    [InlineData("Trelco said the trains would run.", "Trelco", TopicKind.Name)]
    // A country is known from the world's countries, or from how the text lists it.
    [InlineData("The envoy flew on to Spain.", "Spain", TopicKind.Country)]
    [InlineData("The pact was signed by nations such as Norland and Velmark.", "Velmark", TopicKind.Country)]
    [InlineData("Officials arrived in Dunmore on Monday.", "Dunmore", TopicKind.Place)]
    // A town is known from the world's well-known cities, or from how the text introduces it.
    [InlineData("The envoys met in Geneva on Monday.", "Geneva", TopicKind.City)]
    [InlineData("Shelling continued around the town of Brask until noon.", "Brask", TopicKind.City)]
    [InlineData("Talks moved to Carroway, a port city, on Friday.", "Carroway", TopicKind.City)]
    [InlineData("Trucks were held up by Carroway, the port operator, for hours.", "Carroway", TopicKind.Organisation)]
    [InlineData("Carroway's mayor said the ferry would run.", "Carroway", TopicKind.City)]
    [InlineData("A Dunmore-based charity delivered the tents.", "Dunmore", TopicKind.City)]
    [InlineData("Pickets formed at the ports of Brask, Sennet and Dunmore overnight.", "Sennet", TopicKind.City)]
    [InlineData("Rehn, who visited the capital, said little.", "Rehn", TopicKind.Person)]
    public void A_name_gets_its_kind_from_the_evidence_around_it(string sentence, string name, TopicKind kind) =>
        Assert.Equal(kind, Names(sentence).Single(m => m.Name == name).Kind);

    [Theory]
    [InlineData("Because the Harbour Trust ran out of money, the pier stayed shut.", "Harbour Trust")]
    [InlineData("Although Velmark objected, the vote went ahead.", "Velmark")]
    [InlineData("Despite Trelco's warning, the strike began.", "Trelco")]
    public void A_sentence_opener_is_no_part_of_the_name_after_it(string sentence, string name)
    {
        var mention = Names(sentence)[0];

        Assert.Equal(name, mention.Name);
        Assert.False(mention.SentenceInitial);
    }

    [Fact]
    public void A_capitalised_first_word_is_marked_so_the_knowledge_can_discount_it()
    {
        var mention = Assert.Single(Names("Security cooperation persists."));

        Assert.True(mention.SentenceInitial);
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
