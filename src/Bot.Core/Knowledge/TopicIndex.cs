using Bot.Core.Analysis;

namespace Bot.Core.Knowledge;

/// <summary>The result of looking a topic up as a user typed it.</summary>
public abstract record TopicMatch
{
    private TopicMatch() { }

    public sealed record Found(Topic Topic) : TopicMatch;

    /// <summary>Nothing close enough; <see cref="Closest"/> are offered instead (possibly empty).</summary>
    public sealed record NotFound(IReadOnlyList<Topic> Closest) : TopicMatch;
}

/// <summary>
/// Finds a topic by slug, name or alias in any case and spacing ("Ain-Al-Asad", "ain al asad"), with small typos
/// ("ain al-assad"), or by one of its words ("asad"). Built once per knowledge snapshot; lookups allocate little.
/// </summary>
public sealed class TopicIndex
{
    private readonly Dictionary<string, Topic> _byKey = new(StringComparer.Ordinal);
    private readonly List<(string Key, string Compact, Topic Topic)> _keys = [];

    public TopicIndex(IEnumerable<Topic> topics)
    {
        foreach (var topic in topics)
        {
            foreach (var key in new[] { topic.Slug }.Concat(topic.Aliases.Select(TopicExtractor.Slugify)).Distinct())
            {
                if (key.Length > 0 && _byKey.TryAdd(key, topic))
                {
                    _keys.Add((key, key.Replace("-", ""), topic));
                }
            }
        }
    }

    /// <summary>The topic whose slug, name or alias is exactly <paramref name="typed"/> (any case and spacing), if any: no guessing.</summary>
    public Topic? Exact(string typed) => BySlug(TopicExtractor.Slugify(typed));

    /// <summary>The topic whose slug, or an alias's slug, is <paramref name="slug"/> (as <see cref="TopicExtractor.Slugify"/> makes it), if any.</summary>
    public Topic? BySlug(string slug) => _byKey.GetValueOrDefault(slug);

    public TopicMatch Find(string typed)
    {
        var key = TopicExtractor.Slugify(typed);
        if (key.Length == 0)
        {
            return new TopicMatch.NotFound([]);
        }

        if (_byKey.TryGetValue(key, out var exact) || (key.StartsWith("the-", StringComparison.Ordinal) && _byKey.TryGetValue(key[4..], out exact)))
        {
            return new TopicMatch.Found(exact);
        }

        // A near-exact spelling: the same words, each at most one slip from the topic's (never the first letter, never
        // in a word under five letters, never in a number). "Iran" is not a typo of "Iraq", nor "Halcyon" of "Falcon".
        var compact = key.Replace("-", "");
        var scored = _keys
            .Where(k => k.Compact == compact || NearlyEqual(key, k.Key))
            .Select(k => k.Topic)
            .Distinct()
            .OrderByDescending(t => t.Mentions)
            .ToList();
        if (scored.Count == 1)
        {
            return new TopicMatch.Found(scored[0]);
        }

        // One of a topic's words ("asad" for ain-al-asad) identifies it when only one topic has that word.
        var byWord = _keys.Where(k => ContainsWords(k.Key, key)).Select(k => k.Topic).Distinct().ToList();
        if (byWord.Count == 1 && scored.Count == 0)
        {
            return new TopicMatch.Found(byWord[0]);
        }

        return new TopicMatch.NotFound(Closest(compact, byWord.Concat(scored)));
    }

    private IReadOnlyList<Topic> Closest(string compact, IEnumerable<Topic> preferred)
    {
        var ranked = _keys
            .Select(k => (k.Topic, Score: (double)Distance(compact, k.Compact, 64) / Math.Max(compact.Length, k.Compact.Length)))
            .GroupBy(s => s.Topic)
            .Select(g => (Topic: g.Key, Score: g.Min(s => s.Score)))
            .Where(s => s.Score < 0.6)
            .OrderBy(s => s.Score).ThenByDescending(s => s.Topic.Mentions)
            .Select(s => s.Topic);
        return preferred.Concat(ranked).Distinct().Take(5).ToList();
    }

    private static bool NearlyEqual(string typed, string key)
    {
        var a = typed.Split('-');
        var b = key.Split('-');
        if (a.Length != b.Length)
        {
            return false;
        }

        var slips = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            // A short word alone ("Iran") is a word of its own; inside a longer name ("ain al-asd") a slip.
            var shortWord = Math.Max(a[i].Length, b[i].Length) < 5;
            if (++slips > 1 || (shortWord && a.Length < 2) || a[i][0] != b[i][0] || a[i].Any(char.IsDigit) || b[i].Any(char.IsDigit) || Distance(a[i], b[i], 1) > 1)
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsWords(string key, string query) =>
        query.Length >= 3 && ($"-{key}-").Contains($"-{query}-", StringComparison.Ordinal);

    /// <summary>Optimal-string-alignment distance (Damerau-Levenshtein with adjacent swaps), stopping early past <paramref name="limit"/>.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previousPrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previousPrevious[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (previousPrevious, previous, current) = (previous, current, previousPrevious);
        }

        return previous[b.Length];
    }
}
