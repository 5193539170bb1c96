using Bot.Core.Analysis;
using Bot.Core.Commands;
using Bot.Core.Ingest;
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
}

/// <summary>
/// The story's knowledge: sources in, a fresh <see cref="KnowledgeSnapshot"/> and search index out.
/// Writers are serialised; readers take <see cref="Current"/> and never wait. Only the changed source is
/// re-analysed; the cross-source views (topics, timeline) are rebuilt from the cached analyses.
/// </summary>
public sealed class KnowledgeBase : ISuggestionProvider, IDisposable
{
    private readonly Lock _writeLock = new();
    private readonly Dictionary<string, DocumentAnalysis> _analyses = new(StringComparer.Ordinal);
    private KnowledgeSnapshot _current = KnowledgeSnapshot.Empty;

    public KnowledgeSnapshot Current => Volatile.Read(ref _current);

    public SentenceSearchIndex Search { get; } = new();

    /// <summary>Raised after every change, outside the write lock.</summary>
    public event Action<KnowledgeChange>? Changed;

    /// <summary>Adds many sources at once (start-up): analysed in parallel, one rebuild at the end. Duplicates are skipped.</summary>
    public KnowledgeChange Load(IEnumerable<Source> sources)
    {
        var fresh = sources.DistinctBy(s => s.Id).ToList();
        var analyses = new DocumentAnalysis[fresh.Count];
        Parallel.For(0, fresh.Count, i => analyses[i] = DocumentAnalyzer.Analyze(fresh[i]));
        return Apply(analyses, []);
    }

    /// <summary>Adds one source; if a source with the same text is already known, nothing changes.</summary>
    public KnowledgeChange Add(Source source) => Apply([DocumentAnalyzer.Analyze(source)], []);

    public KnowledgeChange Remove(string sourceId) => Apply([], [sourceId]);

    public bool Contains(string sourceId) => Current.Analyses.ContainsKey(sourceId);

    public IReadOnlyList<Suggestion> Suggest(ArgumentSuggestions kind, string typed, int limit)
    {
        if (kind != ArgumentSuggestions.Topics)
        {
            return [];
        }

        var snapshot = Current;
        var key = TopicExtractor.Slugify(typed ?? "");
        IEnumerable<Topic> matches = key.Length == 0
            ? snapshot.Topics
            : snapshot.Topics.Where(t => t.Slug.Contains(key, StringComparison.Ordinal) || t.Aliases.Any(a => TopicExtractor.Slugify(a).Contains(key, StringComparison.Ordinal)));
        if (key.Length > 0 && !matches.Any() && snapshot.TopicIndex.Find(typed!) is TopicMatch.NotFound { Closest: var closest })
        {
            matches = closest;
        }

        return [.. matches.Take(limit).Select(t => new Suggestion(t.Name, t.Slug))];
    }

    public void Dispose() => Search.Dispose();

    private KnowledgeChange Apply(IReadOnlyList<DocumentAnalysis> added, IReadOnlyList<string> removed)
    {
        KnowledgeChange change;
        lock (_writeLock)
        {
            var before = _current;
            var addedSources = new List<Source>();
            var removedIds = new List<string>();
            foreach (var id in removed)
            {
                if (_analyses.Remove(id))
                {
                    Search.Remove(id);
                    removedIds.Add(id);
                }
            }

            foreach (var analysis in added)
            {
                if (_analyses.TryAdd(analysis.Source.Id, analysis))
                {
                    Search.Add(analysis);
                    addedSources.Add(analysis.Source);
                }
            }

            if (addedSources.Count == 0 && removedIds.Count == 0)
            {
                return new KnowledgeChange([], [], [], [], []);
            }

            Search.Refresh();
            var after = KnowledgeBuilder.Build(new Dictionary<string, DocumentAnalysis>(_analyses, StringComparer.Ordinal));
            Volatile.Write(ref _current, after);
            change = Diff(before, after, addedSources, removedIds);
        }

        Changed?.Invoke(change);
        return change;
    }

    private static KnowledgeChange Diff(KnowledgeSnapshot before, KnowledgeSnapshot after, List<Source> added, List<string> removed)
    {
        var oldSlugs = before.Topics.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        static (string, int, DatePeriodKey) Key(TimelineEvent e) => (e.Origin.Source.Id, e.Origin.Sentence.Index, new DatePeriodKey(e.Period.Start, e.Period.Granularity, e.Role));
        var oldEvents = before.Events.Select(Key).ToHashSet();
        var newEvents = after.Events.Select(Key).ToHashSet();
        return new KnowledgeChange(
            added,
            removed,
            [.. after.Topics.Where(t => !oldSlugs.Contains(t.Slug))],
            [.. after.Events.Where(e => !oldEvents.Contains(Key(e)))],
            [.. before.Events.Where(e => !newEvents.Contains(Key(e)))]);
    }

    private readonly record struct DatePeriodKey(DateOnly Start, Analysis.Time.DateGranularity Granularity, Analysis.Time.TemporalRole Role);
}
