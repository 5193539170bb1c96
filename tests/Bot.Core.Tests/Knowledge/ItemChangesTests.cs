using Bot.Core.Analysis;

namespace Bot.Core.Tests.Knowledge;

/// <summary>A snapshot's item indexes patched for the items a change replaced must equal indexing every item again.</summary>
public sealed class ItemChangesTests
{
    private static readonly IReadOnlyList<TimelineEvent> Dates = KnowledgeBuilder.Build([DocumentAnalyzer.Analyze(SourceReader.Read(
        "---\ntitle: Depot\npublished: 2026-01-05\n---\nThe depot in Lomgor will close by March 2026. The audit in Lomgor will end by June 2026.\n",
        "depot.md", "depot.md"))]).Events;

    private static StoryItem Item(int id, TimelineEvent date, params TimelineEvent[] mentions) =>
        new(id, [new ItemState(ItemChange.Set, date, null, date.Origin)], mentions, new HashSet<string>(date.TopicSlugs, StringComparer.Ordinal));

    private static string Describe((IReadOnlyDictionary<EventKey, StoryItem> ByEvent, IReadOnlyDictionary<string, IReadOnlyList<StoryItem>> BySource, IReadOnlyDictionary<string, IReadOnlyList<StoryItem>> ByTopic) index) =>
        string.Join(";", index.ByEvent.OrderBy(p => p.Key.Sentence).Select(p => $"{p.Key.Sentence}>{p.Value.Id}/{p.Value.Mentions.Count}"))
        + " | " + string.Join(";", index.BySource.Select(p => $"{p.Key}>{string.Join(",", p.Value.Select(i => $"{i.Id}/{i.Mentions.Count}"))}"))
        + " | " + string.Join(";", index.ByTopic.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}>{string.Join(",", p.Value.Select(i => $"{i.Id}/{i.Mentions.Count}"))}"));

    [Fact]
    public void A_date_the_replaced_item_no_longer_holds_goes_to_the_next_item_that_still_does()
    {
        var (close, audit) = (Dates[0], Dates[1]);
        var second = Item(1, audit, audit);
        IReadOnlyList<StoryItem> before = [Item(0, close, close, audit), second];
        IReadOnlyList<StoryItem> after = [Item(0, close, close), second];
        var (byEvent, bySource, byTopic) = ItemChanges.Index(before);
        Assert.Equal(0, byEvent[audit.Key].Id);

        var patched = Assert.IsType<ItemChanges>(ItemChanges.Between(before, after)).Patch(byEvent, bySource, byTopic, after);

        Assert.Same(second, patched.ByEvent[audit.Key]);
        Assert.Equal(Describe(ItemChanges.Index(after)), Describe(patched));
    }

    [Fact]
    public void A_date_no_item_holds_any_more_leaves_the_index()
    {
        var (close, audit) = (Dates[0], Dates[1]);
        IReadOnlyList<StoryItem> before = [Item(0, close, close, audit)];
        IReadOnlyList<StoryItem> after = [Item(0, close, close)];
        var (byEvent, bySource, byTopic) = ItemChanges.Index(before);

        var patched = Assert.IsType<ItemChanges>(ItemChanges.Between(before, after)).Patch(byEvent, bySource, byTopic, after);

        Assert.False(patched.ByEvent.ContainsKey(audit.Key));
        Assert.Equal(Describe(ItemChanges.Index(after)), Describe(patched));
    }
}
