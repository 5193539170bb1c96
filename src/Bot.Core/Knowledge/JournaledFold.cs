namespace Bot.Core.Knowledge;

/// <summary>
/// What the story-item and phase-plan folds share: the reports folded so far, in <see cref="FoldOrder"/>, the journal
/// that can undo the last of them, and the rule for a change. A change that only adds newer reports continues the
/// fold; one among the last reports folded rewinds it to just before that report and folds the rest again; one further
/// back, or a fold that no longer stands for the snapshot's results, folds everything from scratch. A report that a
/// change only re-viewed with its topics renamed (<see cref="TopicRelabel"/>) is no change to the fold: the fold renames
/// what it holds and reads nothing again for it.
/// </summary>
internal abstract class JournaledFold<TFold, TResult>
    where TFold : JournaledFold<TFold, TResult>
{
    private readonly List<SourceView> _folded = [];
    private readonly List<TResult> _published = [];

    /// <summary>Where a derived fold records how to undo what it does to its drafts.</summary>
    protected FoldJournal Journal { get; } = new();

    /// <summary>The topics its drafts hold, by number, so that renaming a topic renames it once.</summary>
    protected TopicIds TopicIds { get; } = new();

    /// <summary>The results of the reports folded so far; a later snapshot's are another list.</summary>
    protected IReadOnlyList<TResult> Published { get; private set; } = [];

    /// <summary><paramref name="fold"/>, new, after folding <paramref name="views"/>, journalling the last <see cref="FoldJournal.Kept"/>.</summary>
    protected static TFold Start(TFold fold, IEnumerable<SourceView> views)
    {
        var ordered = FoldOrder.Of(views, fold.Reads).ToList();
        fold.Continue(ordered, ordered.Count - FoldJournal.Kept);
        return fold;
    }

    /// <summary>
    /// The fold after a change: <paramref name="previous"/> continued, or rewound and continued, when it still stands
    /// for <paramref name="results"/> (no later snapshot continued it) and the change is among the reports its journal
    /// keeps; otherwise <paramref name="fresh"/> with everything in <paramref name="all"/> folded from scratch. The
    /// reports in both <paramref name="removed"/> and <paramref name="added"/> (re-viewed) whose topics
    /// <paramref name="relabel"/> only renamed are renamed in place.
    /// </summary>
    protected static TFold After(TFold? previous, IReadOnlyList<TResult> results, Func<TFold> fresh, IEnumerable<SourceView> all, IEnumerable<SourceView> removed, IEnumerable<SourceView> added, TopicRelabel? relabel)
    {
        if (previous is null || !ReferenceEquals(previous.Published, results))
        {
            return Start(fresh(), all);
        }

        if (relabel is { IsEmpty: false })
        {
            (removed, added) = previous.RenameTopics(relabel, removed, added);
        }

        if (FoldOrder.Rewind(previous._folded, previous.Journal, removed, added, previous.Reads) is not { } again)
        {
            return Start(fresh(), all);
        }

        previous.Continue(again, 0);
        return previous;
    }

    /// <summary>Whether a report says anything this fold reads; the others are never folded.</summary>
    protected abstract bool Reads(SourceView view);

    /// <summary>Whether <paramref name="after"/> gives this fold what <paramref name="before"/> gave it, its topics renamed by <paramref name="relabel"/>.</summary>
    protected abstract bool Renames(TopicRelabel relabel, SourceView before, SourceView after);

    /// <summary>
    /// Makes the drafts hold what folding the renamed reports would have given: <paramref name="renamed"/> are the numbers
    /// of the renamed topics, <paramref name="sources"/> the reports renamed. A draft this changes is marked touched.
    /// </summary>
    protected abstract void Rename(TopicRelabel relabel, IReadOnlySet<int> renamed, IReadOnlySet<Ingest.Source> sources);

    /// <summary>Folds one report into the drafts, recording each change in <see cref="Journal"/> while it records.</summary>
    protected abstract void Read(SourceView view);

    /// <summary>The results of the drafts, made anew only where a change touched them (<see cref="FoldOrder.Publish"/>).</summary>
    protected abstract IReadOnlyList<TResult> Publish(List<TResult> published);

    /// <summary>
    /// Renames the topics of the re-viewed reports that <paramref name="relabel"/> only renamed, in the folded reports,
    /// the topic numbers and the drafts; gives the rest of the change, to be folded as usual. Folding compares topics
    /// only for being the same one, so an injective renaming leaves every decision as it was.
    /// </summary>
    private (List<SourceView> Removed, List<SourceView> Added) RenameTopics(TopicRelabel relabel, IEnumerable<SourceView> removed, IEnumerable<SourceView> added)
    {
        var rest = added.ToDictionary(v => v.SourceId, StringComparer.Ordinal);
        var gone = new List<SourceView>();
        var sources = new HashSet<Ingest.Source>(ReferenceEqualityComparer.Instance);
        foreach (var before in removed)
        {
            if (rest.TryGetValue(before.SourceId, out var after) && Reads(before) == Reads(after)
                && (!Reads(before) || (Renames(relabel, before, after) && FoldOrder.Replace(_folded, before, after))))
            {
                rest.Remove(before.SourceId);
                sources.Add(before.Analysis.Source);
            }
            else
            {
                gone.Add(before);
            }
        }

        Rename(relabel, TopicIds.Rename(relabel), sources);
        return (gone, [.. rest.Values]);
    }

    /// <summary>Folds <paramref name="views"/>, journalling each from the <paramref name="recordFrom"/>th on.</summary>
    private void Continue(List<SourceView> views, int recordFrom)
    {
        for (var i = 0; i < views.Count; i++)
        {
            Journal.BeginReport(i >= recordFrom);
            Read(views[i]);
            _folded.Add(views[i]);
        }

        Published = Publish(_published);
    }
}
