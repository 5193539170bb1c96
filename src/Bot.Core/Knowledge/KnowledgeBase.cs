using Bot.Core.Analysis;
using Bot.Core.Ingest;
using Bot.Core.Metrics;
using Bot.Core.Search;

namespace Bot.Core.Knowledge;

/// <summary>What a change to the sources changed: answers to "what's new?" after /addsource, and the trigger to re-plan reminders.</summary>
public sealed record KnowledgeChange(
    IReadOnlyList<Source> AddedSources,
    IReadOnlyList<string> RemovedSourceIds,
    IReadOnlyList<Topic> NewTopics,
    IReadOnlyList<TimelineEvent> NewEvents,
    IReadOnlyList<TimelineEvent> RemovedEvents)
{
    public IEnumerable<TimelineEvent> NewDeadlines => NewEvents.Where(e => e.IsDeadline);

    public bool IsEmpty => AddedSources.Count == 0 && RemovedSourceIds.Count == 0;

    public static KnowledgeChange None { get; } = new([], [], [], [], []);
}

/// <summary>
/// The story's knowledge: sources in, a fresh <see cref="KnowledgeSnapshot"/> and search index out.
/// Writers are serialised; readers take <see cref="Current"/> and never wait. A change re-analyses only the
/// sources it adds, re-merges topics from per-name tallies, rebuilds the views of just the sources whose names
/// changed topic, and assembles the cross-source indexes in single passes.
/// </summary>
public sealed class KnowledgeBase : IDisposable
{
    private readonly Lock _writeLock = new();
    private readonly Dictionary<string, DocumentAnalysis> _analyses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameTally> _tallies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _sourcesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceView> _views = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, string> _slugByName = new Dictionary<string, string>();
    private KnowledgeSnapshot _current = KnowledgeSnapshot.Empty;

    public KnowledgeSnapshot Current => Volatile.Read(ref _current);

    public SentenceSearchIndex Search { get; } = new();

    /// <summary>Raised after every change, outside the write lock.</summary>
    public event Action<KnowledgeChange>? Changed;

    /// <summary>Adds many sources at once (start-up): analysed in parallel, one rebuild at the end. Duplicates are skipped.</summary>
    public KnowledgeChange Load(IEnumerable<Source> sources) => Update(sources, []);

    /// <summary>
    /// Removes and adds many sources in one change (another instance's edits, caught up): the additions analysed in
    /// parallel, one rebuild at the end. Unknown ids and known sources are skipped.
    /// </summary>
    public KnowledgeChange Update(IEnumerable<Source> added, IEnumerable<string> removedIds)
    {
        var fresh = added.DistinctBy(s => s.Id).ToList();
        var analyses = new DocumentAnalysis[fresh.Count];
        Parallel.For(0, fresh.Count, i => analyses[i] = DocumentAnalyzer.Analyze(fresh[i]));
        return Apply(analyses, [.. removedIds]);
    }

    /// <summary>Adds one source; if a source with the same text is already known, nothing changes.</summary>
    public KnowledgeChange Add(Source source) => Apply([DocumentAnalyzer.Analyze(source)], []);

    public KnowledgeChange Remove(string sourceId) => Apply([], [sourceId]);

    public bool Contains(string sourceId) => Current.Analyses.ContainsKey(sourceId);

    public void Dispose() => Search.Dispose();

    private KnowledgeChange Apply(IReadOnlyList<DocumentAnalysis> added, IReadOnlyList<string> removed)
    {
        KnowledgeChange change;
        lock (_writeLock)
        {
            var before = _current;
            var oldViews = new List<SourceView>();
            var removedIds = new List<string>();
            foreach (var id in removed)
            {
                if (_analyses.Remove(id, out var analysis))
                {
                    Count(analysis, -1);
                    Search.Remove(id);
                    oldViews.Add(_views[id]);
                    _views.Remove(id);
                    removedIds.Add(id);
                }
            }

            var addedAnalyses = new List<DocumentAnalysis>();
            var affected = new HashSet<string>(StringComparer.Ordinal);
            foreach (var analysis in added)
            {
                if (_analyses.TryAdd(analysis.Source.Id, analysis))
                {
                    Count(analysis, +1);
                    addedAnalyses.Add(analysis);
                    affected.Add(analysis.Source.Id);
                }
            }

            if (addedAnalyses.Count == 0 && removedIds.Count == 0)
            {
                return KnowledgeChange.None;
            }

            // Indexing for search is the longest step of a big change and needs nothing the snapshot is built from, so it
            // runs beside the topic merge, the views and the snapshot: on one thread, in the sources' order (the same
            // index a serial add gives), and the snapshot is published once the search sees the same sources. Its own thread,
            // not the pool's: the write lock is held until it ends, and a busy pool would make every writer wait.
            var indexing = Task.Factory.StartNew(() => Index(addedAnalyses), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            KnowledgeSnapshot after;
            try
            {
                (after, change) = Rebuild(before, affected, removedIds, oldViews, addedAnalyses);
            }
            finally
            {
                // Waited for even when the rebuild failed: the index has one writer at a time.
                indexing.GetAwaiter().GetResult();
            }

            Volatile.Write(ref _current, after);
            BotMetrics.KnowledgeChanged(after.Sources.Count, after.Topics.Count, after.Events.Count);
        }

        Changed?.Invoke(change);
        return change;
    }

    private void Index(List<DocumentAnalysis> added)
    {
        foreach (var analysis in added)
        {
            Search.Add(analysis);
        }

        Search.Refresh();
    }

    /// <summary>The topics, the views of the sources they touch and the snapshot after a change, and what it changed.</summary>
    private (KnowledgeSnapshot After, KnowledgeChange Change) Rebuild(
        KnowledgeSnapshot before, HashSet<string> affected, List<string> removedIds, List<SourceView> oldViews, List<DocumentAnalysis> added)
    {
        var (topics, slugByName) = TopicMerger.Merge(_tallies);
        foreach (var name in ChangedNames(_slugByName, slugByName))
        {
            if (_sourcesByName.TryGetValue(name, out var sources))
            {
                affected.UnionWith(sources);
            }
        }

        // Sources seen before whose names changed topic: the folds only rename them when the topics were only renamed.
        var relabel = affected.Count > added.Count ? TopicRelabel.Between(_slugByName, slugByName) : null;
        _slugByName = slugByName;
        var newViews = new List<SourceView>();
        var ids = affected.Where(_analyses.ContainsKey).ToList();
        var views = new SourceView[ids.Count];
        // A view depends only on its source and the slugs, so a big change builds them on every core, kept in order.
        Parallel.For(0, ids.Count, i => views[i] = KnowledgeBuilder.View(_analyses[ids[i]], slugByName));
        for (var i = 0; i < ids.Count; i++)
        {
            if (_views.TryGetValue(ids[i], out var old))
            {
                oldViews.Add(old);
            }

            _views[ids[i]] = views[i];
            newViews.Add(views[i]);
        }

        affected.UnionWith(removedIds);
        var after = KnowledgeBuilder.Assemble(before, new Dictionary<string, SourceView>(_views, StringComparer.Ordinal), affected, topics, relabel);
        var change = Diff(before, after, [.. added.Select(a => a.Source)], removedIds, oldViews, newViews);
        return (after, change);
    }

    /// <summary>Keeps the per-name tallies and the name-to-sources index in step with the sources.</summary>
    private void Count(DocumentAnalysis analysis, int sign)
    {
        KnowledgeBuilder.Tally(_tallies, analysis, sign);
        foreach (var name in SourceView.NamesOf(analysis))
        {
            if (sign > 0)
            {
                if (!_sourcesByName.TryGetValue(name, out var sources))
                {
                    _sourcesByName[name] = sources = new HashSet<string>(StringComparer.Ordinal);
                }

                sources.Add(analysis.Source.Id);
            }
            else if (_sourcesByName.TryGetValue(name, out var sources) && sources.Remove(analysis.Source.Id) && sources.Count == 0)
            {
                _sourcesByName.Remove(name);
            }
        }
    }

    private static IEnumerable<string> ChangedNames(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        foreach (var (name, slug) in after)
        {
            if (!before.TryGetValue(name, out var old) || old != slug)
            {
                yield return name;
            }
        }

        foreach (var name in before.Keys)
        {
            if (!after.ContainsKey(name))
            {
                yield return name;
            }
        }
    }

    private static KnowledgeChange Diff(KnowledgeSnapshot before, KnowledgeSnapshot after, List<Source> added, List<string> removed, List<SourceView> oldViews, List<SourceView> newViews)
    {
        var oldSlugs = before.Topics.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        static EventKey Key(TimelineEvent e) => e.Key;
        var oldEvents = oldViews.SelectMany(v => v.Events).Select(Key).ToHashSet();
        var newEvents = newViews.SelectMany(v => v.Events).Select(Key).ToHashSet();
        return new KnowledgeChange(
            added,
            removed,
            [.. after.Topics.Where(t => !oldSlugs.Contains(t.Slug))],
            [.. newViews.SelectMany(v => v.Events).Where(e => !oldEvents.Contains(Key(e)))],
            [.. oldViews.SelectMany(v => v.Events).Where(e => !newEvents.Contains(Key(e)))]);
    }
}
