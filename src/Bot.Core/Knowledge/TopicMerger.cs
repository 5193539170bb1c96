using Bot.Core.Analysis;

namespace Bot.Core.Knowledge;

/// <summary>How often, and how, the sources write one name: kept up to date as sources come and go.</summary>
internal sealed class NameTally
{
    public int Count { get; private set; }

    /// <summary>Mentions not at the start of a sentence, where a capital letter really marks a name.</summary>
    public int MidSentence { get; private set; }

    /// <summary>Mentions in texts that also write the word in lower case.</summary>
    public int AlsoCommonWord { get; private set; }

    private readonly int[] _kinds = new int[Enum.GetValues<TopicKind>().Length];
    private readonly Dictionary<string, int> _variants = new(StringComparer.Ordinal);

    public bool IsEmpty => Count == 0;

    public IEnumerable<string> Variants => _variants.Keys;

    public void Add(TopicMention mention, int sign)
    {
        Count += sign;
        MidSentence += mention.SentenceInitial ? 0 : sign;
        AlsoCommonWord += mention.AlsoCommonWord ? sign : 0;
        _kinds[(int)mention.Kind] += sign;
        if (mention.Variant is { } variant)
        {
            var left = _variants.GetValueOrDefault(variant) + sign;
            if (left > 0)
            {
                _variants[variant] = left;
            }
            else
            {
                _variants.Remove(variant);
            }
        }
    }

    /// <summary>The kind most mentions suggest, ignoring the uninformative <see cref="TopicKind.Name"/>.</summary>
    public TopicKind Kind
    {
        get
        {
            var best = TopicKind.Name;
            for (var kind = 1; kind < _kinds.Length; kind++)
            {
                if (_kinds[kind] > 0 && (best == TopicKind.Name || _kinds[kind] > _kinds[(int)best]))
                {
                    best = (TopicKind)kind;
                }
            }

            // A place the sources once call a country ("nations like Velmark") is one wherever else they only place it.
            return best is TopicKind.Place && _kinds[(int)TopicKind.Country] > 0 ? TopicKind.Country : best;
        }
    }
}

/// <summary>
/// Turns the names found in every source into topics: one per thing, with the other ways the sources write it
/// as aliases (an acronym of a longer name, a surname, a demonym: "JOC", "Mohammadi", "Iraqi").
/// Works on per-name tallies, so its cost follows the number of distinct names, not of mentions.
/// </summary>
internal static class TopicMerger
{
    private static readonly string[] DemonymEndings = ["ian", "ese", "ish", "an", "i", "n"];

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "al", "el", "ad", "ar", "as", "an", "at", "az", "ash", "ud", "bin", "ibn", "abu" };

    /// <returns>The topics, most mentioned first, and the slug each surface name maps to.</returns>
    public static (IReadOnlyList<Topic> Topics, IReadOnlyDictionary<string, string> SlugByName) Merge(IReadOnlyDictionary<string, NameTally> tallies)
    {
        // A surname alone at the start of sentences ("Darrow said on Sunday") is credible when a full name ends with it.
        var surnames = tallies.Keys.Where(n => n.Contains(' ')).Select(n => StripParticle(n[(n.LastIndexOf(' ') + 1)..])).ToHashSet(StringComparer.Ordinal);
        var candidates = tallies
            .Where(t => !t.Value.IsEmpty && (IsCredible(t.Key, t.Value) || surnames.Contains(t.Key)))
            .Select(t => new Candidate(t.Key, t.Value.Count, t.Value.Kind, [.. t.Value.Variants]))
            .OrderByDescending(c => c.Words)
            .ThenByDescending(c => c.Count)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

        // Names that differ only in case or hyphenation are one name ("Ain al-Asad" / "Ain Al-Asad").
        var bySlug = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var owner = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var roots = new List<Candidate>();
        foreach (var candidate in candidates)
        {
            var slug = TopicExtractor.Slugify(candidate.Name);
            if (slug.Length == 0)
            {
                continue;
            }

            if (bySlug.TryGetValue(slug, out var existing))
            {
                existing.Absorb(candidate, adoptKind: true);
                owner[candidate.Name] = existing;
            }
            else
            {
                bySlug[slug] = candidate;
                owner[candidate.Name] = candidate;
                roots.Add(candidate);
            }
        }

        FoldRelatedSingles(roots);

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

    /// <summary>Folds a one-word name into the topic it abbreviates, names by surname or by its first word, or is the demonym of.</summary>
    private static void FoldRelatedSingles(List<Candidate> roots)
    {
        // Lookups instead of comparing every pair: the first (most specific, most mentioned) root wins a key.
        var byAcronym = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var bySurname = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var byName = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var byFirstWord = new Dictionary<string, Candidate?>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            byName.TryAdd(root.Name, root);
            if (root.Words < 2)
            {
                continue;
            }

            // An acronym the text gives in brackets after the name ("Transit Authority (NTA)") is its alias even when
            // its letters are not the name's initials.
            foreach (var alias in root.Aliases.Where(a => a.Length > 1 && !a.Contains(' ') && a.All(c => char.IsUpper(c) || char.IsDigit(c))))
            {
                byAcronym.TryAdd(alias, root);
            }

            var words = root.Name.Split(' ');
            var initials = string.Concat(words.Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));
            if (initials.Length > 1)
            {
                byAcronym.TryAdd(initials, root);
            }

            // Never the head word of an organisation: "Command" is no surname.
            if (root.Kind is TopicKind.Person or TopicKind.Name)
            {
                bySurname.TryAdd(StripParticle(words[^1]), root);
            }

            // A firm's short name is its first word ("Veltris" for Veltris Biologics, "Corvane" for Corvane Energy); a
            // place's is not ("Ellery" of Ellery Bridge may be the town), nor a word two names open with.
            if (words.Length == 2 && root.Kind is not (TopicKind.Place or TopicKind.Country))
            {
                byFirstWord[words[0]] = byFirstWord.ContainsKey(words[0]) ? null : root;
            }
        }

        foreach (var single in roots.Where(c => c.Words == 1).OrderBy(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal))
        {
            if (single.Parent is not null || single.Children.Count > 0)
            {
                continue;
            }

            var parent = FindParent(single, byAcronym, bySurname, byName)
                ?? (single.Kind is not (TopicKind.Place or TopicKind.Country) && byFirstWord.GetValueOrDefault(single.Name) is { } firm ? firm : null);
            if (parent is not null && parent != single && parent.Parent is null)
            {
                single.Parent = parent;
                parent.Absorb(single, adoptKind: false);
            }
        }
    }

    private static Candidate? FindParent(Candidate single, Dictionary<string, Candidate> byAcronym, Dictionary<string, Candidate> bySurname, Dictionary<string, Candidate> byName)
    {
        var name = single.Name;
        if (name.Length > 1 && name.All(char.IsUpper) && byAcronym.TryGetValue(name, out var expanded))
        {
            return expanded;
        }

        if (bySurname.TryGetValue(StripParticle(name), out var person))
        {
            return person;
        }

        foreach (var ending in DemonymEndings)
        {
            if (name.Length > ending.Length + 2 && name.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = name[..^ending.Length];
                if ((byName.TryGetValue(stem, out var place) || byName.TryGetValue(stem + "a", out place)) && place.Words == 1)
                {
                    return place;
                }
            }
        }

        return null;
    }

    /// <summary>A capital at the start of a sentence proves nothing; elsewhere, or in a longer name, it does.</summary>
    private static bool IsCredible(string name, NameTally tally)
    {
        var structural = name.Contains(' ') || name.Contains('-') || (name.Length > 1 && name.All(c => !char.IsLetter(c) || char.IsUpper(c)));
        if (structural)
        {
            return true;
        }

        // A word every text that capitalises it also writes in lower case is an ordinary word ("Operation").
        return tally.MidSentence > 0 && tally.AlsoCommonWord < tally.Count;
    }

    private static string StripParticle(string word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && Particles.Contains(word[..hyphen]) ? word[(hyphen + 1)..] : word;
    }

    private sealed class Candidate(string name, int count, TopicKind kind, List<string> variants)
    {
        public string Name { get; } = name;

        public int Words { get; } = name.Count(c => c == ' ') + 1;

        public int Count { get; private set; } = count;

        public TopicKind Kind { get; private set; } = kind;

        public List<string> Aliases { get; } = [name, .. variants];

        public List<Candidate> Children { get; } = [];

        public Candidate? Parent { get; set; }

        public void Absorb(Candidate other, bool adoptKind)
        {
            Count += other.Count;
            Aliases.AddRange(other.Aliases);
            Children.Add(other);
            if (adoptKind && Kind == TopicKind.Name && other.Kind != TopicKind.Name)
            {
                Kind = other.Kind;
            }
        }
    }
}
