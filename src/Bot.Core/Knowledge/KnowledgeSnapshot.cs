using Bot.Core.Analysis;
using Bot.Core.Ingest;

namespace Bot.Core.Knowledge;

/// <summary>
/// An immutable view of everything the sources say: what commands read. A change to the sources produces a new
/// snapshot; readers holding the old one are never disturbed and never wait.
/// </summary>
public sealed class KnowledgeSnapshot
{
    public static readonly KnowledgeSnapshot Empty = new(
        new Dictionary<string, SourceView>(),
        [],
        new Dictionary<string, IReadOnlyList<SourceSentence>>(),
        new Dictionary<string, IReadOnlyList<string>>(),
        [],
        new Dictionary<string, IReadOnlyList<TimelineEvent>>(),
        [],
        []);

    internal KnowledgeSnapshot(
        IReadOnlyDictionary<string, SourceView> views,
        IReadOnlyList<Topic> topics,
        IReadOnlyDictionary<string, IReadOnlyList<SourceSentence>> sentencesByTopic,
        IReadOnlyDictionary<string, IReadOnlyList<string>> sourcesByLeadTopic,
        IReadOnlyList<TimelineEvent> events,
        IReadOnlyDictionary<string, IReadOnlyList<TimelineEvent>> eventsByTopic,
        IReadOnlyList<StoryItem> items,
        IReadOnlyList<PhasePlan> plans,
        KnowledgeSnapshot? previous = null,
        IReadOnlySet<string>? changed = null)
    {
        Views = views;
        Analyses = new AnalysesOf(views);
        Topics = topics;
        TopicIndex = new TopicIndex(topics);
        SentencesByTopic = sentencesByTopic;
        SourcesByLeadTopic = sourcesByLeadTopic;
        Events = events;
        EventsByTopic = eventsByTopic;
        Items = items;
        Plans = plans;
        (_itemByEvent, _itemsBySource, _itemsByTopic) = previous is not null && ItemChanges.Between(previous.Items, items) is { } changes
            ? changes.Patch(previous._itemByEvent, previous._itemsBySource, previous._itemsByTopic, items)
            : ItemChanges.Index(items);
        PlansByTopic = plans
            .SelectMany(plan => plan.Topics.Select(topic => (topic, plan)))
            .GroupBy(p => p.topic, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PhasePlan>)[.. g.Select(p => p.plan)], StringComparer.Ordinal);
        if (previous is not null && changed is not null)
        {
            // Only the sources a change added, removed or re-viewed: a large story's other sources stay as they were.
            List<Source> added = [.. changed.Select(id => views.GetValueOrDefault(id)?.Analysis.Source).OfType<Source>()];
            added.Sort(NewestFirst);
            Sources = KnowledgeBuilder.MergeSorted([.. previous.Sources.Where(s => !changed.Contains(s.Id))], added, NewestFirst);
            SentenceCount = previous.SentenceCount
                + changed.Sum(id => (views.GetValueOrDefault(id)?.Analysis.Sentences.Count ?? 0) - (previous.Views.GetValueOrDefault(id)?.Analysis.Sentences.Count ?? 0));
        }
        else
        {
            List<Source> sources = [.. views.Values.Select(v => v.Analysis.Source)];
            sources.Sort(NewestFirst);
            Sources = sources;
            SentenceCount = views.Values.Sum(v => v.Analysis.Sentences.Count);
        }
    }

    /// <summary>The order of <see cref="Sources"/>: newest first, undated last, then by title and id.</summary>
    private static int NewestFirst(Source a, Source b)
    {
        var order = (b.Published ?? DateOnly.MinValue).CompareTo(a.Published ?? DateOnly.MinValue);
        order = order != 0 ? order : string.CompareOrdinal(a.Title, b.Title);
        return order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
    }

    internal IReadOnlyDictionary<string, SourceView> Views { get; }

    /// <summary>The item fold behind <see cref="Items"/>, continued by the next snapshot when it only adds newer reports.</summary>
    internal StoryItemBuilder.Fold? ItemFold { get; init; }

    /// <summary>The plan fold behind <see cref="Plans"/>, continued the same way.</summary>
    internal PhasePlanBuilder.Fold? PlanFold { get; init; }

    public IReadOnlyDictionary<string, DocumentAnalysis> Analyses { get; }

    /// <summary>Newest first; undated sources last; then by title and id.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Most mentioned first.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    public TopicIndex TopicIndex { get; }

    /// <summary>Every sentence that names a topic, by topic slug, in source then sentence order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SourceSentence>> SentencesByTopic { get; }


    /// <summary>Every dated statement, in the order of <see cref="TimelineEvent.Due"/>.</summary>
    public IReadOnlyList<TimelineEvent> Events { get; }

    /// <summary>Every dated thing the reports follow, with its history across reports.</summary>
    public IReadOnlyList<StoryItem> Items { get; }

    /// <summary>The items whose sentences name a topic, by slug.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<StoryItem>> ItemsByTopic => _itemsByTopic;

    /// <summary>The items each report set, said again or changed, by source id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<StoryItem>> ItemsBySource => _itemsBySource;

    /// <summary>Every plan of phases, merged across reports.</summary>
    public IReadOnlyList<PhasePlan> Plans { get; }

    /// <summary>The plans whose sentences name a topic, by slug.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<PhasePlan>> PlansByTopic { get; }

    private readonly ItemsByEvent _itemByEvent;
    private readonly ItemsByKey _itemsBySource;
    private readonly ItemsByKey _itemsByTopic;

    /// <summary>The item an event gave a date to, if it looks forward.</summary>
    public StoryItem? ItemOf(TimelineEvent e) => _itemByEvent.Find(e.Key);

    /// <summary>
    /// The events a reminder or "next" list takes as of <paramref name="today"/>: each item's date in the newest report
    /// read by then, while the item is still open (not cancelled, done or missed).
    /// </summary>
    public IEnumerable<TimelineEvent> CurrentDates(DateOnly today)
    {
        foreach (var item in Items)
        {
            if (item.StateAt(today) is { Date: { } date, Change: not (ItemChange.Cancelled or ItemChange.Completed or ItemChange.Missed) })
            {
                yield return date;
            }
        }
    }

    /// <summary>The newest publication date among the sources read by <paramref name="today"/>.</summary>
    public DateOnly? NewestReportBy(DateOnly today)
    {
        foreach (var source in Sources)
        {
            if (source.Published is { } published && published <= today)
            {
                return published;
            }
        }

        return null;
    }

    /// <summary>The events whose sentence names a topic, by slug, in timeline order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TimelineEvent>> EventsByTopic { get; }

    /// <summary>The sources chiefly about a topic (named in their title), by slug.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SourcesByLeadTopic { get; }

    /// <summary>The dated statements of one sentence.</summary>
    public IReadOnlyList<TimelineEvent> EventsOf(SourceSentence sentence) =>
        Views.TryGetValue(sentence.Source.Id, out var view) ? view.EventsBySentence.GetValueOrDefault(sentence.Sentence.Index) ?? [] : [];

    public int SentenceCount { get; }

    public Topic? TopicBySlug(string slug) => TopicIndex.Find(slug) is TopicMatch.Found found && found.Topic.Slug == slug ? found.Topic : null;

    public SourceSentence? Sentence(string sourceId, int index) =>
        Analyses.TryGetValue(sourceId, out var analysis) && index >= 0 && index < analysis.Sentences.Count
            ? new SourceSentence(analysis.Source, analysis.Sentences[index])
            : null;
}

/// <summary>The analyses of a snapshot's sources, read through its views: no second dictionary of every source per change.</summary>
internal sealed class AnalysesOf(IReadOnlyDictionary<string, SourceView> views) : IReadOnlyDictionary<string, DocumentAnalysis>
{
    public DocumentAnalysis this[string key] => views[key].Analysis;

    public IEnumerable<string> Keys => views.Keys;

    public IEnumerable<DocumentAnalysis> Values => views.Values.Select(v => v.Analysis);

    public int Count => views.Count;

    public bool ContainsKey(string key) => views.ContainsKey(key);

    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out DocumentAnalysis value)
    {
        value = views.TryGetValue(key, out var view) ? view.Analysis : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, DocumentAnalysis>> GetEnumerator() =>
        views.Select(p => KeyValuePair.Create(p.Key, p.Value.Analysis)).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
