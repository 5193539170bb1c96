namespace Bot.Core.Knowledge;

/// <summary>
/// The order the story folds (items, plans) read reports in: oldest first, undated ones before every dated one, then by
/// id. A fold that has read up to one report can go on with newer ones and give what reading everything again gives.
/// </summary>
internal static class FoldOrder
{
    /// <summary>The views that <paramref name="count"/> for a fold, in its order.</summary>
    public static IEnumerable<SourceView> Of(IEnumerable<SourceView> views, Func<SourceView, bool> count) =>
        views.Where(count).OrderBy(v => v.Analysis.Source.Published ?? DateOnly.MinValue).ThenBy(v => v.SourceId, StringComparer.Ordinal);

    public static (DateOnly Published, string Id) KeyOf(SourceView view) => (view.Analysis.Source.Published ?? DateOnly.MinValue, view.SourceId);

    /// <summary>Whether a fold that has read up to <paramref name="last"/> can go on with <paramref name="ordered"/>: all come after it.</summary>
    public static bool ComeAfter(IReadOnlyList<SourceView> ordered, (DateOnly Published, string Id)? last)
    {
        if (ordered.Count == 0 || last is not { } key)
        {
            return true;
        }

        var first = KeyOf(ordered[0]);
        var order = first.Published.CompareTo(key.Published);
        return (order != 0 ? order : string.CompareOrdinal(first.Id, key.Id)) > 0;
    }
}
