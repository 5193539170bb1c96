namespace Bot.Core.Knowledge;

/// <summary>
/// The order the story folds (items, plans) read reports in: oldest first, undated ones before every dated one, then by
/// id. A fold that has read up to one report can go on with newer ones and give what reading everything again gives;
/// rewound to just before a report (<see cref="FoldJournal"/>), it can read the rest again.
/// </summary>
internal static class FoldOrder
{
    /// <summary>The views that <paramref name="count"/> for a fold, in its order.</summary>
    public static IEnumerable<SourceView> Of(IEnumerable<SourceView> views, Func<SourceView, bool> count) =>
        views.Where(count).OrderBy(v => v.Analysis.Source.Published ?? DateOnly.MinValue).ThenBy(v => v.SourceId, StringComparer.Ordinal);

    /// <summary>
    /// Rewinds a fold that has read <paramref name="folded"/> (in its order, journalled by <paramref name="journal"/>) to
    /// just before the first report a change removes, re-reads or slips in, and gives what it must read again, in order:
    /// the reports after that point that stay, and the new ones. Null when the change reaches further back than the
    /// journal keeps: then the fold must start again.
    /// </summary>
    public static List<SourceView>? Rewind(List<SourceView> folded, FoldJournal journal, IEnumerable<SourceView> removed, IEnumerable<SourceView> added, Func<SourceView, bool> count)
    {
        var gone = removed.Where(count).Select(v => v.SourceId).ToHashSet(StringComparer.Ordinal);
        var fresh = Of(added, count).ToList();
        var from = folded.Count;
        foreach (var view in folded.Count > 0 ? removed.Where(count) : [])
        {
            from = Math.Min(from, PositionOf(folded, view));
        }

        if (fresh.Count > 0)
        {
            from = Math.Min(from, PositionOf(folded, fresh[0]));
        }

        if (from == folded.Count)
        {
            return fresh;
        }

        if (!journal.CanRewindTo(from))
        {
            return null;
        }

        journal.RewindTo(from);
        var again = folded.Skip(from).Where(v => !gone.Contains(v.SourceId)).Concat(fresh).ToList();
        folded.RemoveRange(from, folded.Count - from);
        again.Sort(Compare);
        return again;
    }

    /// <summary>Puts <paramref name="after"/> where <paramref name="before"/> was folded; false when it was not.</summary>
    public static bool Replace(List<SourceView> folded, SourceView before, SourceView after)
    {
        var at = PositionOf(folded, before);
        if (at == folded.Count || !ReferenceEquals(folded[at], before) || Compare(before, after) != 0)
        {
            return false;
        }

        folded[at] = after;
        return true;
    }

    /// <summary>
    /// The items of a fold's drafts: only those a change touched or rewound (<see cref="IFoldDraft.Touched"/>, cleared
    /// here) are made anew, unless the item out already <paramref name="holds"/> what the draft does (a rewind undid
    /// and the fold read again the same reports); the rest stay as the snapshots already out have them; those a rewind
    /// undid go. An item kept keeps the snapshot's indexes of it and every cache of it valid.
    /// </summary>
    public static IReadOnlyList<TItem> Publish<TDraft, TItem>(IReadOnlyList<TDraft> drafts, List<TItem> published, Func<int, TDraft, TItem> make, Func<TDraft, TItem, bool> holds)
        where TDraft : IFoldDraft
    {
        if (published.Count > drafts.Count)
        {
            published.RemoveRange(drafts.Count, published.Count - drafts.Count);
        }

        for (var i = 0; i < drafts.Count; i++)
        {
            var touched = drafts[i].Touched;
            drafts[i].Touched = false;
            if (i >= published.Count)
            {
                published.Add(make(i, drafts[i]));
            }
            else if (touched && !holds(drafts[i], published[i]))
            {
                published[i] = make(i, drafts[i]);
            }
        }

        return [.. published];
    }

    /// <summary>Whether two lists hold equal elements in the same order: a fold read again makes equal records anew.</summary>
    public static bool SameElements<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
        where T : class, IEquatable<T>
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!ReferenceEquals(a[i], b[i]) && !a[i].Equals(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where <paramref name="view"/> is, or would go, among <paramref name="folded"/>: the first one not before it.</summary>
    private static int PositionOf(List<SourceView> folded, SourceView view)
    {
        int low = 0, high = folded.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Compare(folded[middle], view) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static int Compare(SourceView a, SourceView b)
    {
        var order = (a.Analysis.Source.Published ?? DateOnly.MinValue).CompareTo(b.Analysis.Source.Published ?? DateOnly.MinValue);
        return order != 0 ? order : string.CompareOrdinal(a.SourceId, b.SourceId);
    }
}
