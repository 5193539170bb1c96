using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Bot.Core.Knowledge;

/// <summary>
/// The item each event gave a date to, as one snapshot sees it: an index shared with earlier snapshots (never written
/// once shared) read under the few changes made since, so a change that replaces a few items of a large story does not
/// copy an entry per event. Once the changes are many they are folded into a new shared index.
/// </summary>
internal sealed class ItemsByEvent : IReadOnlyDictionary<EventKey, StoryItem>
{
    private readonly Dictionary<EventKey, StoryItem> _shared;

    /// <summary>What changed since <see cref="_shared"/>: an event's item now, or null when no item has it any more.</summary>
    private readonly Dictionary<EventKey, StoryItem?> _changes;

    private ItemsByEvent(Dictionary<EventKey, StoryItem> shared, Dictionary<EventKey, StoryItem?> changes, int count) =>
        (_shared, _changes, Count) = (shared, changes, count);

    public static ItemsByEvent Of(Dictionary<EventKey, StoryItem> all) => new(all, [], all.Count);

    public int Count { get; }

    public StoryItem? Find(EventKey key) => _changes.TryGetValue(key, out var changed) ? changed : _shared.GetValueOrDefault(key);

    /// <summary>This index with <paramref name="changes"/> made (null: the event has no item any more); this one stays as it is.</summary>
    public ItemsByEvent With(IReadOnlyDictionary<EventKey, StoryItem?> changes)
    {
        var count = Count;
        foreach (var (key, item) in changes)
        {
            count += (item is null ? 0 : 1) - (Find(key) is null ? 0 : 1);
        }

        // Past an eighth of the shared index, reading through the changes costs more than copying it once.
        if (_changes.Count + changes.Count > Math.Max(1024, _shared.Count / 8))
        {
            var all = new Dictionary<EventKey, StoryItem>(_shared);
            foreach (var (key, item) in _changes.Concat(changes))
            {
                if (item is null)
                {
                    all.Remove(key);
                }
                else
                {
                    all[key] = item;
                }
            }

            return new ItemsByEvent(all, [], count);
        }

        var merged = new Dictionary<EventKey, StoryItem?>(_changes);
        foreach (var (key, item) in changes)
        {
            merged[key] = item;
        }

        return new ItemsByEvent(_shared, merged, count);
    }

    public StoryItem this[EventKey key] => Find(key) ?? throw new KeyNotFoundException(key.ToString());

    public IEnumerable<EventKey> Keys => this.Select(p => p.Key);

    public IEnumerable<StoryItem> Values => this.Select(p => p.Value);

    public bool ContainsKey(EventKey key) => Find(key) is not null;

    public bool TryGetValue(EventKey key, [MaybeNullWhen(false)] out StoryItem value)
    {
        value = Find(key);
        return value is not null;
    }

    public IEnumerator<KeyValuePair<EventKey, StoryItem>> GetEnumerator()
    {
        foreach (var (key, item) in _changes)
        {
            if (item is not null)
            {
                yield return KeyValuePair.Create(key, item);
            }
        }

        foreach (var pair in _shared)
        {
            if (!_changes.ContainsKey(pair.Key))
            {
                yield return pair;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
