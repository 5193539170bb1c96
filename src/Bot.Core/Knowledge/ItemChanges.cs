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

    /// <summary>Per item number replaced, its item before and after (null: none).</summary>
    private readonly List<(StoryItem? Old, StoryItem? New)> _replaced = [];

    /// <summary>What changed from <paramref name="before"/> to <paramref name="after"/>; null when so much did that indexing everything costs as little.</summary>
    public static ItemChanges? Between(IReadOnlyList<StoryItem> before, IReadOnlyList<StoryItem> after)
    {
        var changes = new ItemChanges();
        // Patching costs about what each replaced item holds; indexing everything, what all items hold.
        var most = Math.Max(64, after.Count / 2);
        for (var i = 0; i < Math.Max(before.Count, after.Count); i++)
        {
            var old = i < before.Count ? before[i] : null;
            var now = i < after.Count ? after[i] : null;
            if (ReferenceEquals(old, now))
            {
                continue;
            }

            changes._replaced.Add((old, now));
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
    public static (ItemsByEvent ByEvent, ItemsByKey BySource, ItemsByKey ByTopic) Index(IReadOnlyList<StoryItem> items)
    {
        var byEvent = new Dictionary<EventKey, StoryItem>();
        foreach (var item in items)
        {
            foreach (var mention in item.Mentions)
            {
                byEvent.TryAdd(mention.Key, item);
            }
        }

        return (ItemsByEvent.Of(byEvent), ItemsByKey.Of(items, item => item.Sources), ItemsByKey.Of(items, item => item.Topics));
    }

    /// <summary>The indexes of the snapshot before, with the replaced items taken out and their successors put in.</summary>
    public (ItemsByEvent ByEvent, ItemsByKey BySource, ItemsByKey ByTopic) Patch(
        ItemsByEvent byEventBefore,
        ItemsByKey bySourceBefore,
        ItemsByKey byTopicBefore,
        IReadOnlyList<StoryItem> items)
    {
        var changes = new Dictionary<EventKey, StoryItem?>();
        StoryItem? Owner(EventKey key) => changes.TryGetValue(key, out var changed) ? changed : byEventBefore.Find(key);
        foreach (var item in _new)
        {
            foreach (var mention in item.Mentions)
            {
                if (Owner(mention.Key) is not { } owner || owner.Id >= item.Id)
                {
                    changes[mention.Key] = item;
                }
            }
        }

        // An event only a replaced item gave a date to belongs to the first item that still has it, if any.
        var orphans = new HashSet<EventKey>();
        foreach (var item in _old)
        {
            foreach (var mention in item.Mentions)
            {
                if (ReferenceEquals(Owner(mention.Key), item))
                {
                    changes[mention.Key] = null;
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
                    changes[mention.Key] = items[i];
                }
            }
        }

        return (byEventBefore.With(changes), bySourceBefore.Patched(_replaced, items, item => item.Sources), byTopicBefore.Patched(_replaced, items, item => item.Topics));
    }
}
