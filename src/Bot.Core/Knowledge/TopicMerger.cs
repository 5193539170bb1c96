using Bot.Core.Analysis;

namespace Bot.Core.Knowledge;

/// <summary>
/// Turns the names found in every source into topics: one per thing, with the other ways the sources write it
/// as aliases (an acronym of a longer name, a surname, a demonym: "JOC", "Mohammadi", "Iraqi").
/// </summary>
internal static class TopicMerger
{
    private static readonly string[] DemonymEndings = ["ian", "ese", "ish", "an", "i", "n"];

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "al", "el", "ad", "ar", "as", "an", "at", "az", "ash", "ud", "bin", "ibn", "abu" };

    /// <param name="mentions">Every mention in every source, with its source id.</param>
    /// <returns>The topics, most mentioned first, and the slug each surface name maps to.</returns>
    public static (IReadOnlyList<Topic> Topics, IReadOnlyDictionary<string, string> SlugByName) Merge(IEnumerable<(string SourceId, TopicMention Mention)> mentions)
    {
        var all = mentions.ToList();
        var capitalisedMidSentence = all.Where(m => !m.Mention.SentenceInitial).Select(m => m.Mention.Name).ToHashSet(StringComparer.Ordinal);
        var groups = all
            .Where(m => IsCredible(m.Mention, capitalisedMidSentence))
            .GroupBy(m => m.Mention.Name, StringComparer.Ordinal)
            .Select(g => new Candidate(g.Key, g.Count(), Vote(g.Select(m => m.Mention.Kind)), g.Select(m => m.Mention.Variant).OfType<string>().Distinct().ToList()))
            .OrderByDescending(c => c.Name.Count(ch => ch == ' '))
            .ThenByDescending(c => c.Count)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

        // Names that differ only in case or hyphenation are one name ("Ain al-Asad" / "Ain Al-Asad").
        var bySlug = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var owner = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (var candidate in groups)
        {
            var slug = TopicExtractor.Slugify(candidate.Name);
            if (slug.Length == 0)
            {
                continue;
            }

            if (bySlug.TryGetValue(slug, out var existing))
            {
                existing.Absorb(candidate);
                owner[candidate.Name] = existing;
            }
            else
            {
                bySlug[slug] = candidate;
                owner[candidate.Name] = candidate;
            }
        }

        var roots = bySlug.Values.ToList();
        foreach (var single in roots.Where(c => !c.Name.Contains(' ')).OrderBy(c => c.Count).ToList())
        {
            var parent = roots.FirstOrDefault(r => r != single && r.Parent is null && Relates(single, r));
            if (parent is not null && single.Parent is null && !single.Children.Any())
            {
                single.Parent = parent;
                parent.Absorb(single);
            }
        }

        var topics = new List<Topic>();
        var slugByName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in roots.Where(r => r.Parent is null).OrderByDescending(r => r.Count).ThenBy(r => r.Name, StringComparer.Ordinal))
        {
            var slug = TopicExtractor.Slugify(root.Name);
            var aliases = root.Aliases.Where(a => a != root.Name).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
            topics.Add(new Topic(slug, root.Name, root.Kind, aliases, root.Count));
            slugByName[root.Name] = slug;
            foreach (var alias in root.Aliases)
            {
                slugByName.TryAdd(alias, slug);
            }
        }

        foreach (var (name, candidate) in owner)
        {
            var root = candidate;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            slugByName.TryAdd(name, TopicExtractor.Slugify(root.Name));
        }

        return (topics, slugByName);
    }

    /// <summary>A capital at the start of a sentence proves nothing; elsewhere, or in a longer name, it does.</summary>
    private static bool IsCredible(TopicMention mention, HashSet<string> capitalisedMidSentence) =>
        !mention.SentenceInitial
        || mention.Name.Contains(' ')
        || mention.Name.Contains('-')
        || (mention.Name.Length > 1 && mention.Name.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        || capitalisedMidSentence.Contains(mention.Name);

    private static bool Relates(Candidate single, Candidate other)
    {
        var name = single.Name;
        var words = other.Name.Split(' ');
        if (words.Length > 1)
        {
            // An acronym: "JOC" for "Joint Operations Command", "US" for "United States".
            var initials = string.Concat(words.Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));
            if (name.Length > 1 && name.All(char.IsUpper) && initials == name)
            {
                return true;
            }

            // A surname: "Mohammadi" for "Qais al-Mohammadi"; never the head word of an organisation ("Command").
            if (other.Kind is TopicKind.Person or TopicKind.Name && StripParticle(words[^1]).Equals(StripParticle(name), StringComparison.Ordinal))
            {
                return true;
            }

            return false;
        }

        // A demonym: "Iraqi" for "Iraq", "Syrian" for "Syria", "Iranian" for "Iran".
        foreach (var ending in DemonymEndings)
        {
            if (name.Length > ending.Length + 2 && name.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = name[..^ending.Length];
                if (stem == other.Name || stem + "a" == other.Name)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string StripParticle(string word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && Particles.Contains(word[..hyphen]) ? word[(hyphen + 1)..] : word;
    }

    private static TopicKind Vote(IEnumerable<TopicKind> kinds) =>
        kinds.Where(k => k != TopicKind.Name).GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault();

    private sealed class Candidate(string name, int count, TopicKind kind, List<string> variants)
    {
        public string Name { get; } = name;

        public int Count { get; private set; } = count;

        public TopicKind Kind { get; private set; } = kind;

        public List<string> Aliases { get; } = [name, .. variants];

        public List<Candidate> Children { get; } = [];

        public Candidate? Parent { get; set; }

        public void Absorb(Candidate other)
        {
            Count += other.Count;
            Aliases.AddRange(other.Aliases);
            Children.Add(other);
            if (Kind == TopicKind.Name && other.Kind != TopicKind.Name && other.Parent is null)
            {
                Kind = other.Kind;
            }
        }
    }
}
