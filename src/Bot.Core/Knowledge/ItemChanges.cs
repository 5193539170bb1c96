namespace Bot.Core.Knowledge;

/// <summary>
/// The items a change replaced, found by reference (a fold publishes anew only the items it touched), and the
/// snapshot's indexes of items patched for just those, so a change that touches a few items of a large story does
/// not index every item again.
/// </summary>
internal sealed class ItemChanges
{
    private readonly List<StoryItem> _old = [];
    private readonly List<StoryItem> _new = [];

    /// <summary>What changed from <paramref name="before"/> to <paramref name="after"/>; null when so much did that indexing everything costs as little.</summary>
    public static ItemChanges? Between(IReadOnlyList<StoryItem> before, IReadOnlyList<StoryItem> after)
    {
        var changes = new ItemChanges();
        var most = Math.Max(64, after.Count / 8);
        for (var i = 0; i < Math.Max(before.Count, after.Count); i++)
        {
            var old = i < before.Count ? before[i] : null;
            var now = i < after.Count ? after[i] : null;
            if (ReferenceEquals(old, now))
            {
                continue;
            }

            if (old is not null)
            {
                changes._old.Add(old);
            }

            if (now is not null)
            {
                changes._new.Add(now);
            }

            if (changes._old.Count + changes._new.Count > most)
            {
                return null;
            }
        }

        return changes;
    }

    /// <summary>Every item indexed: by the events that gave it a date (the first item in order wins), by source and by topic, in item order.</summary>
    public static (Dictionary<EventKey, StoryItem> ByEvent, IReadOnlyDictionary<string, IReadOnlyList<StoryItem>> BySource, IReadOnlyDictionary<string, IReadOnlyList<StoryItem>> ByTopic) Index(IReadOnlyList<StoryItem> items)
    {
        var byEvent = new Dictionary<EventKey, StoryItem>();
        foreach (var item in items)
        {
            foreach (var mention in item.Mentions)
            {
                byEvent.TryAdd(mention.Key, item);
            }
        }

        return (byEvent, Group(items, SourcesOf), Group(items, item => item.Topics));
    }

    /// <summary>The indexes of the snapshot before, with the replaced items taken out and their successors put in.</summary>
    public (Dictionary<EventKey, StoryItem> ByEvent, IReadOnlyDictionary<string, IReadOnlyList<StoryItem>> BySource, IReadOnlyDictionary<string, IReadOnlyList<StoryItem>> ByTopic) Patch(
        Dictionary<EventKey, StoryItem> byEventBefore,
        IReadOnlyDictionary<string, IReadOnlyList<StoryItem>> bySourceBefore,
        IReadOnlyDictionary<string, IReadOnlyList<StoryItem>> byTopicBefore,
        IReadOnlyList<StoryItem> items)
    {
        var byEvent = new Dictionary<EventKey, StoryItem>(byEventBefore);
        foreach (var item in _new)
        {
            foreach (var mention in item.Mentions)
            {
                if (!byEvent.TryGetValue(mention.Key, out var owner) || owner.Id >= item.Id)
                {
                    byEvent[mention.Key] = item;
                }
            }
        }

        // An event only a replaced item gave a date to belongs to the first item that still has it, if any.
        var orphans = new HashSet<EventKey>();
        foreach (var item in _old)
        {
            foreach (var mention in item.Mentions)
            {
                if (byEvent.TryGetValue(mention.Key, out var owner) && ReferenceEquals(owner, item))
                {
                    byEvent.Remove(mention.Key);
                    orphans.Add(mention.Key);
                }
            }
        }

        for (var i = 0; i < items.Count && orphans.Count > 0; i++)
        {
            foreach (var mention in items[i].Mentions)
            {
                if (orphans.Remove(mention.Key))
                {
                    byEvent[mention.Key] = items[i];
                }
            }
        }

        return (byEvent, Patched(bySourceBefore, items, SourcesOf), Patched(byTopicBefore, items, item => item.Topics));
    }

    private static IEnumerable<string> SourcesOf(StoryItem item) => item.States.Select(state => state.Origin.Source.Id).Distinct(StringComparer.Ordinal);

    private static Dictionary<string, IReadOnlyList<StoryItem>> Group(IReadOnlyList<StoryItem> items, Func<StoryItem, IEnumerable<string>> keysOf)
    {
        var lists = new Dictionary<string, List<StoryItem>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var key in keysOf(item))
            {
                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = [];
                }

                list.Add(item);
            }
        }

        return lists.ToDictionary(p => p.Key, p => (IReadOnlyList<StoryItem>)p.Value, StringComparer.Ordinal);
    }

    private Dictionary<string, IReadOnlyList<StoryItem>> Patched(IReadOnlyDictionary<string, IReadOnlyList<StoryItem>> before, IReadOnlyList<StoryItem> items, Func<StoryItem, IEnumerable<string>> keysOf)
    {
        var after = new Dictionary<string, IReadOnlyList<StoryItem>>(before, StringComparer.Ordinal);
        var added = _new.SelectMany(item => keysOf(item).Select(key => (key, item))).ToLookup(p => p.key, p => p.item, StringComparer.Ordinal);
        foreach (var key in _old.SelectMany(keysOf).Concat(added.Select(g => g.Key)).ToHashSet(StringComparer.Ordinal))
        {
            var kept = (before.GetValueOrDefault(key) ?? []).Where(item => item.Id < items.Count && ReferenceEquals(items[item.Id], item));
            List<StoryItem> list = [.. kept.Concat(added[key]).OrderBy(item => item.Id)];
            if (list.Count == 0)
            {
                after.Remove(key);
            }
            else
            {
                after[key] = list;
            }
        }

        return after;
    }
}
