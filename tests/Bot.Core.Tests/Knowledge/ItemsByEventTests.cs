using Bot.Core.Analysis;
using Bot.Core.Analysis.Time;

namespace Bot.Core.Tests.Knowledge;

/// <summary>The event index read under later changes must answer what a plain dictionary with those changes made answers.</summary>
public sealed class ItemsByEventTests
{
    private static readonly TimelineEvent Date = KnowledgeBuilder.Build([DocumentAnalyzer.Analyze(SourceReader.Read(
        "---\ntitle: Depot\npublished: 2026-01-05\n---\nThe depot in Lomgor will close by March 2026.\n", "depot.md", "depot.md"))]).Events[0];

    private static readonly StoryItem First = new(0, [new ItemState(ItemChange.Set, Date, null, Date.Origin)], [Date], new HashSet<string>(StringComparer.Ordinal));

    private static readonly StoryItem Second = new(1, [new ItemState(ItemChange.Set, Date, null, Date.Origin)], [Date], new HashSet<string>(StringComparer.Ordinal));

    private static EventKey Key(int sentence) => new("depot", sentence, DatePeriod.Day(new DateOnly(2026, 3, 1)), TemporalRole.By);

    private static string Describe(IReadOnlyDictionary<EventKey, StoryItem> index) =>
        $"{index.Count}: " + string.Join(",", index.OrderBy(p => p.Key.Sentence).Select(p => $"{p.Key.Sentence}>{p.Value.Id}"));

    [Theory]
    [InlineData(10)]
    [InlineData(1600)]
    [InlineData(3000)]
    public void Changes_made_in_two_steps_few_or_past_folding_into_a_new_index_read_as_the_dictionary_they_make(int changes)
    {
        var plain = Enumerable.Range(0, 4000).ToDictionary(Key, _ => First);
        var shared = ItemsByEvent.Of(new Dictionary<EventKey, StoryItem>(plain));
        var delta = new Dictionary<EventKey, StoryItem?>();
        for (var i = 0; i < changes; i++)
        {
            // Every third event loses its item, the others go to the second item, and some beyond the first 4,000 are new.
            delta[Key(i * 2)] = i % 3 == 0 ? null : Second;
        }

        var changed = shared.With(delta.Take(changes / 2).ToDictionary()).With(delta.Skip(changes / 2).ToDictionary());
        foreach (var (key, item) in delta)
        {
            if (item is null)
            {
                plain.Remove(key);
            }
            else
            {
                plain[key] = item;
            }
        }

        Assert.Equal(Describe(plain), Describe(changed));
        Assert.Equal(4000, shared.Count);
        Assert.All(plain, p => Assert.Same(p.Value, changed.Find(p.Key)));
        Assert.Null(changed.Find(Key(0)));
    }
}
