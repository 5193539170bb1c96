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
        [],
        new Dictionary<string, IReadOnlyList<TimelineEvent>>());

    internal KnowledgeSnapshot(
        IReadOnlyDictionary<string, SourceView> views,
        IReadOnlyList<Topic> topics,
        IReadOnlyDictionary<string, IReadOnlyList<SourceSentence>> sentencesByTopic,
        IReadOnlyDictionary<string, IReadOnlyList<string>> sourcesByLeadTopic,
        IReadOnlyList<TimelineEvent> events,
        IReadOnlyList<PhaseSet> phaseSets,
        IReadOnlyDictionary<string, IReadOnlyList<TimelineEvent>> eventsByTopic)
    {
        Views = views;
        Analyses = views.ToDictionary(p => p.Key, p => p.Value.Analysis, StringComparer.Ordinal);
        Topics = topics;
        TopicIndex = new TopicIndex(topics);
        SentencesByTopic = sentencesByTopic;
        SourcesByLeadTopic = sourcesByLeadTopic;
        Events = events;
        PhaseSets = phaseSets;
        EventsByTopic = eventsByTopic;
        Sources = [.. Analyses.Values.Select(a => a.Source).OrderByDescending(s => s.Published ?? DateOnly.MinValue).ThenBy(s => s.Title, StringComparer.Ordinal)];
        SentenceCount = Analyses.Values.Sum(a => a.Sentences.Count);
    }

    internal IReadOnlyDictionary<string, SourceView> Views { get; }

    public IReadOnlyDictionary<string, DocumentAnalysis> Analyses { get; }

    /// <summary>Newest first; undated sources last.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Most mentioned first.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    public TopicIndex TopicIndex { get; }

    /// <summary>Every sentence that names a topic, by topic slug, in source then sentence order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SourceSentence>> SentencesByTopic { get; }


    /// <summary>Every dated statement, in the order of <see cref="TimelineEvent.Due"/>.</summary>
    public IReadOnlyList<TimelineEvent> Events { get; }

    public IReadOnlyList<PhaseSet> PhaseSets { get; }

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
