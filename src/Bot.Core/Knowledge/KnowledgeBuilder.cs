using Bot.Core.Analysis;

namespace Bot.Core.Knowledge;

/// <summary>Builds a <see cref="KnowledgeSnapshot"/> from per-source analyses. Pure and deterministic.</summary>
internal static class KnowledgeBuilder
{
    public static KnowledgeSnapshot Build(IReadOnlyDictionary<string, DocumentAnalysis> analyses)
    {
        var ordered = analyses.Values.OrderBy(a => a.Source.Published ?? DateOnly.MaxValue).ThenBy(a => a.Source.Id, StringComparer.Ordinal).ToList();
        var mentions = ordered.SelectMany(a => a.TitleTopics.Concat(a.Topics).Select(m => (a.Source.Id, m)));
        var (topics, slugByName) = TopicMerger.Merge(mentions);

        var sentencesByTopic = new Dictionary<string, List<SourceSentence>>(StringComparer.Ordinal);
        var topicsBySentence = new Dictionary<(string, int), List<string>>();
        var leadTopics = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var analysis in ordered)
        {
            leadTopics[analysis.Source.Id] = analysis.TitleTopics.Select(m => slugByName.GetValueOrDefault(m.Name)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (var mention in analysis.Topics)
            {
                if (!slugByName.TryGetValue(mention.Name, out var slug))
                {
                    continue;
                }

                var key = (analysis.Source.Id, mention.SentenceIndex);
                if (!topicsBySentence.TryGetValue(key, out var list))
                {
                    topicsBySentence[key] = list = [];
                }

                if (!list.Contains(slug))
                {
                    list.Add(slug);
                    if (!sentencesByTopic.TryGetValue(slug, out var sentences))
                    {
                        sentencesByTopic[slug] = sentences = [];
                    }

                    sentences.Add(new SourceSentence(analysis.Source, analysis.Sentences[mention.SentenceIndex]));
                }
            }
        }

        IReadOnlyList<string> TopicsOf(string sourceId, int sentence) =>
            topicsBySentence.TryGetValue((sourceId, sentence), out var found) ? found : [];

        var events = ordered
            .SelectMany(a => a.Statements.Select(s => new TimelineEvent(
                s.Mention.Period!.Value,
                s.Mention.Role,
                s.What,
                new SourceSentence(a.Source, a.Sentences[s.SentenceIndex]),
                TopicsOf(a.Source.Id, s.SentenceIndex))))
            .OrderBy(e => e.Due)
            .ThenBy(e => e.Period.Granularity)
            .ThenBy(e => e.Origin.Source.Published ?? DateOnly.MaxValue)
            .ThenBy(e => e.Origin.Sentence.Index)
            .ToList();

        var phaseSets = ordered
            .SelectMany(a => a.Phases.Select(p => new PhaseSet(p.Subject, p.Phases, new SourceSentence(a.Source, a.Sentences[p.SentenceIndex]), TopicsOf(a.Source.Id, p.SentenceIndex))))
            .ToList();

        return new KnowledgeSnapshot(
            analyses,
            topics,
            sentencesByTopic.ToDictionary(p => p.Key, p => (IReadOnlyList<SourceSentence>)p.Value, StringComparer.Ordinal),
            leadTopics,
            events,
            phaseSets);
    }

    public static KnowledgeSnapshot Build(IEnumerable<DocumentAnalysis> analyses) =>
        Build(analyses.ToDictionary(a => a.Source.Id, StringComparer.Ordinal));
}
