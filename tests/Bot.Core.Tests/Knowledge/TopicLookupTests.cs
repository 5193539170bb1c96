namespace Bot.Core.Tests.Knowledge;

public sealed class TopicLookupTests : IClassFixture<SeedKnowledgeFixture>
{
    private readonly KnowledgeSnapshot _knowledge;

    public TopicLookupTests(SeedKnowledgeFixture fixture) => _knowledge = fixture.Knowledge.Current;

    [Theory]
    [InlineData("ain-al-asad", "ain-al-asad")]
    [InlineData("Ain-Al-Asad", "ain-al-asad")]
    [InlineData("ain al asad", "ain-al-asad")]
    [InlineData("AIN AL ASAD", "ain-al-asad")]
    [InlineData("ain al-assad", "ain-al-asad")]
    [InlineData("ain al-asd", "ain-al-asad")]
    [InlineData("asad", "ain-al-asad")]
    [InlineData("Mohammadi", "qais-al-mohammadi")]
    [InlineData("Iraqi", "iraq")]
    [InlineData("US", "united-states")]
    [InlineData("joint operations command", "joint-operations-command")]
    [InlineData("2008 Strategic Framework Agreement", "strategic-framework-agreement")]
    [InlineData("the 2024 agreement", "2024-agreement")]
    public void A_topic_is_found_by_slug_alias_any_case_or_spacing_and_small_typos(string typed, string slug)
    {
        var found = Assert.IsType<TopicMatch.Found>(_knowledge.TopicIndex.Find(typed));
        Assert.Equal(slug, found.Topic.Slug);
    }

    [Fact]
    public void An_unknown_topic_offers_the_closest_ones()
    {
        var missing = Assert.IsType<TopicMatch.NotFound>(_knowledge.TopicIndex.Find("ain al basra"));

        Assert.Equal("ain-al-asad", missing.Closest[0].Slug);
    }

    [Theory]
    [InlineData("")]
    [InlineData("🚀🚀")]
    [InlineData("zzzzzzzzzzzzzzzz")]
    public void Nonsense_finds_nothing_and_does_not_throw(string typed) =>
        Assert.IsType<TopicMatch.NotFound>(_knowledge.TopicIndex.Find(typed));

    [Fact]
    public void The_seed_topics_include_places_organisations_people_and_agreements_with_aliases()
    {
        var bySlug = _knowledge.Topics.ToDictionary(t => t.Slug);

        Assert.Equal("Ain al-Asad", bySlug["ain-al-asad"].Name);
        Assert.Contains("Mohammadi", bySlug["qais-al-mohammadi"].Aliases);
        Assert.Contains("Iraqi", bySlug["iraq"].Aliases);
        Assert.Contains("US", bySlug["united-states"].Aliases);
        foreach (var slug in new[] { "anbar", "joint-operations-command", "isis", "strategic-framework-agreement", "baghdad", "kurdistan" })
        {
            Assert.True(bySlug.ContainsKey(slug), $"missing topic {slug}");
        }

        // Sentence openers that are ordinary words elsewhere are not topics.
        Assert.DoesNotContain("security", bySlug.Keys);
        Assert.DoesNotContain("coalition", bySlug.Keys);
        Assert.DoesNotContain("withdrawal", bySlug.Keys);
        // Capitalised here, but written as an ordinary word elsewhere in the same text ("combat operations").
        Assert.DoesNotContain("operation", bySlug.Keys);
    }
}

public sealed class SeedKnowledgeFixture : IDisposable
{
    public KnowledgeBase Knowledge { get; } = Seeds.Knowledge();

    public void Dispose() => Knowledge.Dispose();
}
