namespace Bot.Core.Knowledge;

/// <summary>
/// A change of topics that only renames them: every name of an old topic now belongs to one new topic, and no two old
/// topics became one ("Lomgor" becomes an alias of the newly seen "Ram al-Lomgor", and the topic's slug follows the
/// longer name). The story folds compare topics only for being the same or sharing one, never by spelling, so a report
/// whose topics are only renamed this way is folded as before: the folds rename what they hold instead of reading it
/// again. A change that moves a name to another topic, or merges two, is no renaming (<see cref="Between"/> gives null).
/// </summary>
internal sealed class TopicRelabel
{
    private TopicRelabel(IReadOnlyDictionary<string, string> newSlugs) => NewSlugs = newSlugs;

    /// <summary>The old slug of each renamed topic and its new one; the topics not named here keep theirs.</summary>
    public IReadOnlyDictionary<string, string> NewSlugs { get; }

    public bool IsEmpty => NewSlugs.Count == 0;

    /// <summary>
    /// The renaming from <paramref name="before"/> to <paramref name="after"/> (the slug of each name), judged on the
    /// names both know; null when some old topic's names went to different topics, or two old topics to one.
    /// </summary>
    public static TopicRelabel? Between(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        // What each old slug became, judged on the names both know.
        var image = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, old) in before)
        {
            if (!after.TryGetValue(name, out var now))
            {
                continue;
            }

            if (image.TryGetValue(old, out var seen) && seen != now)
            {
                return null;
            }

            image[old] = now;
        }

        // Every old slug the folds may hold, renamed or not (one whose names are all gone keeps its own), must end up
        // as a slug of its own: a renamed topic that took an old one's slug would merge the two.
        var origin = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var old in before.Values)
        {
            var now = image.GetValueOrDefault(old) ?? old;
            if (!origin.TryGetValue(now, out var other))
            {
                origin[now] = old;
            }
            else if (other != old)
            {
                return null;
            }
        }

        return new TopicRelabel(image.Where(p => p.Key != p.Value).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
    }

    public string Of(string slug) => NewSlugs.GetValueOrDefault(slug) ?? slug;

    /// <summary>Whether <paramref name="after"/> is <paramref name="before"/> renamed, slug for slug in the same order.</summary>
    public bool Renames(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        if (before.Count != after.Count)
        {
            return false;
        }

        for (var i = 0; i < before.Count; i++)
        {
            if (Of(before[i]) != after[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><paramref name="e"/> with its topics renamed; the same event when none of them is.</summary>
    public TimelineEvent Of(TimelineEvent e) =>
        e.TopicSlugs.Any(NewSlugs.ContainsKey) ? e with { TopicSlugs = [.. e.TopicSlugs.Select(Of)] } : e;
}
