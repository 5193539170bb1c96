using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Bot.Core.Knowledge;

/// <summary>
/// A snapshot's items by source or by topic, in item order. It keeps item numbers and reads them in its own snapshot's
/// items, so an item a change made anew needs no list rewritten unless its sources or topics changed: an item that
/// thousands of reports restate costs one list, not thousands, when one more report restates it.
/// </summary>
internal sealed class ItemsByKey(Dictionary<string, int[]> ids, IReadOnlyList<StoryItem> items) : IReadOnlyDictionary<string, IReadOnlyList<StoryItem>>
{
    public static ItemsByKey Of(IReadOnlyList<StoryItem> items, Func<StoryItem, IReadOnlySet<string>> keysOf)
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var key in keysOf(item))
            {
                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = [];
                }

                list.Add(item.Id);
            }
        }

        return new ItemsByKey(lists.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal), items);
    }

    /// <summary>
    /// This index for <paramref name="after"/>, where each pair is an item number's item before and after a change (null
    /// when there was none, or is none any more): only the keys an item joined or left get a new list.
    /// </summary>
    public ItemsByKey Patched(IEnumerable<(StoryItem? Old, StoryItem? New)> replaced, IReadOnlyList<StoryItem> after, Func<StoryItem, IReadOnlySet<string>> keysOf)
    {
        var patched = new Dictionary<string, int[]>(ids, StringComparer.Ordinal);
        IReadOnlySet<string> none = new HashSet<string>();
        foreach (var (old, now) in replaced)
        {
            var id = (old ?? now)!.Id;
            var left = old is null ? none : keysOf(old);
            var joined = now is null ? none : keysOf(now);
            foreach (var key in left.Where(k => !joined.Contains(k)))
            {
                if (patched[key] is [_])
                {
                    patched.Remove(key);
                }
                else
                {
                    patched[key] = [.. patched[key].Where(i => i != id)];
                }
            }

            foreach (var key in joined.Where(k => !left.Contains(k)))
            {
                var list = patched.GetValueOrDefault(key) ?? [];
                var at = Array.BinarySearch(list, id);
                patched[key] = at >= 0 ? list : [.. list[..~at], id, .. list[~at..]];
            }
        }

        return new ItemsByKey(patched, after);
    }

    public IReadOnlyList<StoryItem> this[string key] => TryGetValue(key, out var found) ? found : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => ids.Keys;

    public IEnumerable<IReadOnlyList<StoryItem>> Values => ids.Values.Select(list => (IReadOnlyList<StoryItem>)new ItemList(items, list));

    public int Count => ids.Count;

    public bool ContainsKey(string key) => ids.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IReadOnlyList<StoryItem> value)
    {
        value = ids.TryGetValue(key, out var list) ? new ItemList(items, list) : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, IReadOnlyList<StoryItem>>> GetEnumerator() =>
        ids.Select(p => KeyValuePair.Create(p.Key, (IReadOnlyList<StoryItem>)new ItemList(items, p.Value))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The items of some numbers, read in one snapshot's items.</summary>
    private sealed class ItemList(IReadOnlyList<StoryItem> items, int[] ids) : IReadOnlyList<StoryItem>
    {
        public StoryItem this[int index] => items[ids[index]];

        public int Count => ids.Length;

        public IEnumerator<StoryItem> GetEnumerator() => ids.Select(id => items[id]).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
