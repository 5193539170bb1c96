namespace Bot.Core.Knowledge;

/// <summary>
/// The topics a story fold has met, by number: its drafts and its journal keep numbers, not slugs, so a change that
/// only renames topics (<see cref="TopicRelabel"/>) renames each here once and every draft and undo step stays right.
/// </summary>
internal sealed class TopicIds
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _slugs = [];

    public int Of(string slug)
    {
        if (!_ids.TryGetValue(slug, out var id))
        {
            _ids[slug] = id = _slugs.Count;
            _slugs.Add(slug);
        }

        return id;
    }

    public int[] Of(IReadOnlyList<string> slugs)
    {
        var ids = new int[slugs.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = Of(slugs[i]);
        }

        return ids;
    }

    public IReadOnlySet<string> Slugs(IEnumerable<int> ids) => ids.Select(id => _slugs[id]).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="slugs"/> are the topics of <paramref name="ids"/>, without making the set.</summary>
    public bool AreSlugs(IReadOnlyCollection<int> ids, IReadOnlySet<string> slugs) => ids.Count == slugs.Count && ids.All(id => slugs.Contains(_slugs[id]));

    /// <summary>Gives the renamed topics their new slugs, all at once (two topics may swap names); returns their numbers.</summary>
    public HashSet<int> Rename(TopicRelabel relabel)
    {
        var renamed = new List<(int Id, string Slug)>();
        foreach (var (old, now) in relabel.NewSlugs)
        {
            if (_ids.Remove(old, out var id))
            {
                renamed.Add((id, now));
            }
        }

        // A new slug may be one no report names any more: its old number is in no draft, so it is simply taken over.
        foreach (var (id, slug) in renamed)
        {
            _ids[slug] = id;
            _slugs[id] = slug;
        }

        return [.. renamed.Select(r => r.Id)];
    }
}
