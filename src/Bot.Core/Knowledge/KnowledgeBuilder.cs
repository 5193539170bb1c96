using Bot.Core.Analysis;

namespace Bot.Core.Knowledge;

/// <summary>
/// One source as the knowledge sees it once topics are known: its events, phase plans, and the topics of each
/// sentence. Depends only on the source and on the slugs of the names it contains, so it is rebuilt only when
/// one of those slugs changes.
/// </summary>
internal sealed record SourceView(
    DocumentAnalysis Analysis,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<PhaseSet> PhaseSets,
    IReadOnlyDictionary<int, IReadOnlyList<string>> TopicsBySentence,
    IReadOnlySet<string> LeadTopics)
{
    public string SourceId => Analysis.Source.Id;

    /// <summary>Every surface name in the source (title included): the names whose slugs this view depends on.</summary>
    public static IEnumerable<string> NamesOf(DocumentAnalysis analysis) =>
        analysis.TitleTopics.Concat(analysis.Topics).Select(m => m.Name).Distinct(StringComparer.Ordinal);
}

/// <summary>Builds source views and assembles them into a <see cref="KnowledgeSnapshot"/>. Pure and deterministic.</summary>
internal static class KnowledgeBuilder
{
    /// <summary>Timeline order: by due day, the more precise period first, older sources first, then text order.</summary>
    public static readonly Comparison<TimelineEvent> TimelineOrder = (a, b) =>
    {
        var order = a.Due.CompareTo(b.Due);
        if (order == 0) order = a.Period.Granularity.CompareTo(b.Period.Granularity);
        if (order == 0) order = (a.Origin.Source.Published ?? DateOnly.MaxValue).CompareTo(b.Origin.Source.Published ?? DateOnly.MaxValue);
        if (order == 0) order = string.CompareOrdinal(a.Origin.Source.Id, b.Origin.Source.Id);
        if (order == 0) order = a.Origin.Sentence.Index.CompareTo(b.Origin.Sentence.Index);
        return order;
    };

    /// <summary>Everything at once, from analyses: for tests and one-off use. The knowledge base builds incrementally.</summary>
    public static KnowledgeSnapshot Build(IEnumerable<DocumentAnalysis> analyses)
    {
        var list = analyses.ToList();
        var tallies = new Dictionary<string, NameTally>(StringComparer.Ordinal);
        foreach (var analysis in list)
        {
            Tally(tallies, analysis, +1);
        }

        var (topics, slugByName) = TopicMerger.Merge(tallies);
        return Assemble(list.ToDictionary(a => a.Source.Id, a => View(a, slugByName), StringComparer.Ordinal), topics);
    }

    public static void Tally(Dictionary<string, NameTally> tallies, DocumentAnalysis analysis, int sign)
    {
        foreach (var mention in analysis.TitleTopics.Concat(analysis.Topics))
        {
            if (!tallies.TryGetValue(mention.Name, out var tally))
            {
                tallies[mention.Name] = tally = new NameTally();
            }

            tally.Add(mention, sign);
            if (tally.IsEmpty)
            {
                tallies.Remove(mention.Name);
            }
        }
    }

    public static SourceView View(DocumentAnalysis analysis, IReadOnlyDictionary<string, string> slugByName)
    {
        var source = analysis.Source;
        var topicsBySentence = new Dictionary<int, List<string>>();
        foreach (var mention in analysis.Topics)
        {
            if (!slugByName.TryGetValue(mention.Name, out var slug))
            {
                continue;
            }

            if (!topicsBySentence.TryGetValue(mention.SentenceIndex, out var list))
            {
                topicsBySentence[mention.SentenceIndex] = list = [];
            }

            if (!list.Contains(slug))
            {
                list.Add(slug);
            }
        }

        IReadOnlyList<string> TopicsOf(int sentence) => topicsBySentence.TryGetValue(sentence, out var found) ? found : [];

        var events = analysis.Statements
            .Select(s => new TimelineEvent(s.Mention.Period!.Value, s.Mention.Role, s.What, new SourceSentence(source, analysis.Sentences[s.SentenceIndex]), TopicsOf(s.SentenceIndex)))
            .ToList();
        events.Sort(TimelineOrder);
        var phaseSets = analysis.Phases
            .Select(p => new PhaseSet(p.Subject, p.Phases, new SourceSentence(source, analysis.Sentences[p.SentenceIndex]), TopicsOf(p.SentenceIndex)))
            .ToList();
        var leadTopics = analysis.TitleTopics.Select(m => slugByName.GetValueOrDefault(m.Name)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new SourceView(analysis, events, phaseSets, topicsBySentence.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value), leadTopics);
    }

    /// <summary>Single passes over the views: the cost of a change grows with the story, but gently.</summary>
    public static KnowledgeSnapshot Assemble(IReadOnlyDictionary<string, SourceView> views, IReadOnlyList<Topic> topics)
    {
        var ordered = views.Values
            .OrderBy(v => v.Analysis.Source.Published ?? DateOnly.MaxValue)
            .ThenBy(v => v.SourceId, StringComparer.Ordinal)
            .ToList();

        var events = new List<TimelineEvent>(ordered.Sum(v => v.Events.Count));
        var phaseSets = new List<PhaseSet>();
        var sentencesByTopic = new Dictionary<string, List<SourceSentence>>(StringComparer.Ordinal);
        var sourcesByLeadTopic = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var view in ordered)
        {
            events.AddRange(view.Events);
            phaseSets.AddRange(view.PhaseSets);
            var analysis = view.Analysis;
            foreach (var (sentence, slugs) in view.TopicsBySentence.OrderBy(p => p.Key))
            {
                foreach (var slug in slugs)
                {
                    Append(sentencesByTopic, slug, new SourceSentence(analysis.Source, analysis.Sentences[sentence]));
                }
            }

            foreach (var slug in view.LeadTopics)
            {
                Append(sourcesByLeadTopic, slug, view.SourceId);
            }
        }

        events.Sort(TimelineOrder);
        var eventsBySentence = new Dictionary<SentenceKey, List<TimelineEvent>>();
        var eventsByTopic = new Dictionary<string, List<TimelineEvent>>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            Append(eventsBySentence, new SentenceKey(e.Origin.Source.Id, e.Origin.Sentence.Index), e);
            foreach (var slug in e.TopicSlugs)
            {
                Append(eventsByTopic, slug, e);
            }
        }

        return new KnowledgeSnapshot(
            views,
            topics,
            Freeze(sentencesByTopic),
            Freeze(sourcesByLeadTopic),
            events,
            phaseSets,
            Freeze(eventsBySentence),
            Freeze(eventsByTopic));
    }

    private static void Append<TKey, TValue>(Dictionary<TKey, List<TValue>> lists, TKey key, TValue value)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(value);
    }

    private static IReadOnlyDictionary<TKey, IReadOnlyList<TValue>> Freeze<TKey, TValue>(Dictionary<TKey, List<TValue>> lists)
        where TKey : notnull =>
        lists.ToDictionary(p => p.Key, p => (IReadOnlyList<TValue>)p.Value, lists.Comparer);
}
