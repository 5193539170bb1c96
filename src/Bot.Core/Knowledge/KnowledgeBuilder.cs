using Bot.Core.Analysis;

namespace Bot.Core.Knowledge;

/// <summary>
/// One source as the knowledge sees it once topics are known: its events, changes and phase mentions, and the topics
/// of each sentence (a sentence that names none but refers back counts for the one before it). Depends only on the
/// source and on the slugs of the names it contains, so it is rebuilt only when one of those slugs changes.
/// </summary>
internal sealed record SourceView(
    DocumentAnalysis Analysis,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyDictionary<int, IReadOnlyList<string>> TopicsBySentence,
    IReadOnlySet<string> LeadTopics)
{
    public string SourceId => Analysis.Source.Id;

    /// <summary>Forward-looking events and changes in text order: what the story items are built from.</summary>
    public IReadOnlyList<SourceStep> Steps { get; init; } = [];

    public IReadOnlyList<(PhaseNote Note, IReadOnlyList<string> Topics)> PhaseNotes { get; init; } = [];

    public IReadOnlyList<(PlanNote Note, IReadOnlyList<string> Topics)> PlanNotes { get; init; } = [];

    /// <summary>The dated statements of each sentence of this source.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<TimelineEvent>> EventsBySentence { get; } =
        Events.GroupBy(e => e.Origin.Sentence.Index).ToDictionary(g => g.Key, g => (IReadOnlyList<TimelineEvent>)[.. g]);

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
        if (order == 0)
        {
            order = a.Period.Days.CompareTo(b.Period.Days);
        }

        if (order == 0)
        {
            order = (a.Origin.Source.Published ?? DateOnly.MaxValue).CompareTo(b.Origin.Source.Published ?? DateOnly.MaxValue);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Origin.Source.Id, b.Origin.Source.Id);
        }

        if (order == 0)
        {
            order = a.Origin.Sentence.Index.CompareTo(b.Origin.Sentence.Index);
        }

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
        var views = list.ToDictionary(a => a.Source.Id, a => View(a, slugByName), StringComparer.Ordinal);
        return Assemble(KnowledgeSnapshot.Empty, views, [.. views.Keys], topics);
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

        var leadTopics = analysis.TitleTopics.Select(m => slugByName.GetValueOrDefault(m.Name)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

        // A sentence that names nothing but points back ("the plan", "he") is about what the sentence before it is
        // about; at the top of a report, about what its title names.
        foreach (var sentence in analysis.Sentences)
        {
            // "She said on Sunday that ... in Oslo": a sentence whose subject is a pronoun is also about who the one before named.
            if (topicsBySentence.TryGetValue(sentence.Index, out var own) && ReferBack.OpensWithPronoun(sentence.Text)
                && topicsBySentence.GetValueOrDefault(sentence.Index - 1) is { Count: > 0 } earlier)
            {
                topicsBySentence[sentence.Index] = [.. earlier, .. own.Where(t => !earlier.Contains(t))];
                continue;
            }

            if (!topicsBySentence.ContainsKey(sentence.Index) && analysis.RefersBack.Contains(sentence.Index))
            {
                var before = topicsBySentence.GetValueOrDefault(sentence.Index - 1) ?? (sentence.Index == 0 ? leadTopics : null);
                if (before is { Count: > 0 })
                {
                    topicsBySentence[sentence.Index] = before;
                }
            }
        }

        IReadOnlyList<string> TopicsOf(int sentence) => topicsBySentence.TryGetValue(sentence, out var found) ? found : [];
        SourceSentence SentenceAt(int index) => new(source, analysis.Sentences[index]);

        var updateBySentence = analysis.Updates.ToDictionary(u => u.SentenceIndex);
        var events = new List<TimelineEvent>();
        var steps = new List<SourceStep>();
        foreach (var group in analysis.Statements.GroupBy(s => s.SentenceIndex))
        {
            var update = updateBySentence.GetValueOrDefault(group.Key);
            foreach (var statement in group)
            {
                var e = new TimelineEvent(statement.Mention.Period!.Value, statement.Mention.Role, statement.What, SentenceAt(statement.SentenceIndex), TopicsOf(statement.SentenceIndex))
                {
                    Kind = statement.Kind,
                    Subject = statement.PhaseNumber is { } number ? [PhaseOrdinals.Key(number), .. SubjectWords.Of(statement.What)] : SubjectWords.Of(statement.What),
                    Update = update is not null && ReferenceEquals(update.To, statement.Mention) ? update : null,
                    IsEnd = statement.IsEnd,
                };
                events.Add(e);
                // The old date a change names is found again by the change itself, not followed as a date of its own.
                if (e.Update is null && e.Kind.LooksForward() && !ReferenceEquals(update?.From, statement.Mention) && update?.AlsoFrom.Contains(statement.Mention) != true)
                {
                    steps.Add(new SourceStep(e.Origin, e, null));
                }
            }
        }

        foreach (var update in analysis.Updates)
        {
            var to = events.FirstOrDefault(e => ReferenceEquals(e.Update, update));
            var step = new UpdateStep(update, TopicsOf(update.SentenceIndex), SubjectWords.Of(update.Subject), to);
            steps.Add(new SourceStep(SentenceAt(update.SentenceIndex), null, step));
        }

        steps.Sort((a, b) => a.Sentence.Sentence.Index != b.Sentence.Sentence.Index
            ? a.Sentence.Sentence.Index.CompareTo(b.Sentence.Sentence.Index)
            : (a.Update is null ? 0 : 1).CompareTo(b.Update is null ? 0 : 1));
        events.Sort(TimelineOrder);

        var phaseNotes = analysis.Phases.Select(p => (new PhaseNote(p, SentenceAt(p.SentenceIndex)), TopicsOf(p.SentenceIndex))).ToList();
        var planNotes = analysis.Plans.Select(p => (new PlanNote(p, SentenceAt(p.SentenceIndex)), TopicsOf(p.SentenceIndex))).ToList();
        return new SourceView(analysis, events, topicsBySentence.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value), leadTopics.ToHashSet(StringComparer.Ordinal))
        {
            Steps = steps,
            PhaseNotes = phaseNotes,
            PlanNotes = planNotes,
        };
    }

    /// <summary>
    /// The next snapshot from the previous one: only what the <paramref name="changed"/> sources (added, removed or
    /// re-viewed) contributed is taken out and put back, so adding one source to a large story stays cheap. The story
    /// folds rename the re-viewed sources whose topics <paramref name="relabel"/> only renamed instead of reading them again.
    /// </summary>
    public static KnowledgeSnapshot Assemble(KnowledgeSnapshot previous, IReadOnlyDictionary<string, SourceView> views, IReadOnlyCollection<string> changed, IReadOnlyList<Topic> topics, TopicRelabel? relabel = null)
    {
        var changedIds = changed as IReadOnlySet<string> ?? changed.ToHashSet(StringComparer.Ordinal);
        bool Kept(string sourceId) => !changedIds.Contains(sourceId);
        var oldViews = changedIds.Select(id => previous.Views.GetValueOrDefault(id)).OfType<SourceView>().ToList();
        var newViews = changedIds.Select(id => views.GetValueOrDefault(id)).OfType<SourceView>().ToList();

        // The sources whose old contributions go, by reference: an addition alone takes nothing out of the long lists.
        var gone = oldViews.Select(v => v.Analysis.Source).ToHashSet(ReferenceEqualityComparer.Instance);
        IReadOnlyList<T> Keep<T>(IReadOnlyList<T> list, Func<T, Ingest.Source> source) => gone.Count == 0 ? list : [.. list.Where(x => !gone.Contains(source(x)))];

        var newEvents = newViews.SelectMany(v => v.Events).ToList();
        newEvents.Sort(TimelineOrder);
        var events = MergeSorted(Keep(previous.Events, e => e.Origin.Source), newEvents, TimelineOrder);

        var eventsByTopic = new Dictionary<string, IReadOnlyList<TimelineEvent>>(previous.EventsByTopic, StringComparer.Ordinal);
        var newEventsByTopic = newEvents.SelectMany(e => e.TopicSlugs.Select(slug => (slug, e))).ToLookup(p => p.slug, p => p.e, StringComparer.Ordinal);
        foreach (var slug in oldViews.SelectMany(v => v.Events).SelectMany(e => e.TopicSlugs).Concat(newEventsByTopic.Select(g => g.Key)).ToHashSet(StringComparer.Ordinal))
        {
            Put(eventsByTopic, slug, MergeSorted(Keep(previous.EventsByTopic.GetValueOrDefault(slug) ?? [], e => e.Origin.Source), [.. newEventsByTopic[slug]], TimelineOrder));
        }

        var sentencesByTopic = new Dictionary<string, IReadOnlyList<SourceSentence>>(previous.SentencesByTopic, StringComparer.Ordinal);
        var addedSentences = newViews
            .SelectMany(v => v.TopicsBySentence.SelectMany(p => p.Value.Select(slug => (slug, sentence: new SourceSentence(v.Analysis.Source, v.Analysis.Sentences[p.Key])))))
            .ToLookup(p => p.slug, p => p.sentence, StringComparer.Ordinal);
        foreach (var slug in oldViews.SelectMany(v => v.TopicsBySentence.Values.SelectMany(slugs => slugs)).Concat(addedSentences.Select(g => g.Key)).ToHashSet(StringComparer.Ordinal))
        {
            var added = addedSentences[slug].ToList();
            added.Sort(SentenceOrder);
            Put(sentencesByTopic, slug, MergeSorted(Keep(previous.SentencesByTopic.GetValueOrDefault(slug) ?? [], s => s.Source), added, SentenceOrder));
        }

        var sourcesByLeadTopic = new Dictionary<string, IReadOnlyList<string>>(previous.SourcesByLeadTopic, StringComparer.Ordinal);
        var newLeads = newViews.SelectMany(v => v.LeadTopics.Select(slug => (slug, v.SourceId))).ToLookup(p => p.slug, p => p.SourceId, StringComparer.Ordinal);
        foreach (var slug in oldViews.SelectMany(v => v.LeadTopics).Concat(newLeads.Select(g => g.Key)).ToHashSet(StringComparer.Ordinal))
        {
            Comparison<string> bySource = (a, b) => SourceOrder(views[a].Analysis.Source, views[b].Analysis.Source);
            var added = newLeads[slug].ToList();
            added.Sort(bySource);
            Put(sourcesByLeadTopic, slug, MergeSorted([.. (previous.SourcesByLeadTopic.GetValueOrDefault(slug) ?? []).Where(Kept)], added, bySource));
        }

        var items = StoryItemBuilder.Fold.Next(previous.ItemFold, previous.Items, views.Values, oldViews, newViews, relabel);
        var plans = PhasePlanBuilder.Fold.Next(previous.PlanFold, previous.Plans, views.Values, oldViews, newViews, relabel);
        return new KnowledgeSnapshot(views, topics, sentencesByTopic, sourcesByLeadTopic, events, eventsByTopic, items.Items, plans.Plans, previous, changedIds) { ItemFold = items, PlanFold = plans };
    }

    /// <summary>Older sources first (undated last), then by id, then in text order.</summary>
    private static int SentenceOrder(SourceSentence a, SourceSentence b)
    {
        var order = SourceOrder(a.Source, b.Source);
        return order != 0 ? order : a.Sentence.Index.CompareTo(b.Sentence.Index);
    }

    private static int SourceOrder(Ingest.Source a, Ingest.Source b)
    {
        var order = (a.Published ?? DateOnly.MaxValue).CompareTo(b.Published ?? DateOnly.MaxValue);
        return order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>
    /// Merges two lists already in <paramref name="order"/>; items of the first come first among equals. The second is
    /// short (one change's items), so each of its items finds its place by binary search and the first is copied in runs.
    /// </summary>
    internal static List<T> MergeSorted<T>(IReadOnlyList<T> sorted, IReadOnlyList<T> alsoSorted, Comparison<T> order)
    {
        var merged = new List<T>(sorted.Count + alsoSorted.Count);
        var from = 0;
        foreach (var item in alsoSorted)
        {
            // The first of the rest that comes after the item: equals of the first list stay before it.
            int low = from, high = sorted.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (order(item, sorted[middle]) < 0)
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            for (var i = from; i < low; i++)
            {
                merged.Add(sorted[i]);
            }

            merged.Add(item);
            from = low;
        }

        for (var i = from; i < sorted.Count; i++)
        {
            merged.Add(sorted[i]);
        }

        return merged;
    }

    private static void Put<T>(Dictionary<string, IReadOnlyList<T>> lists, string key, List<T> list)
    {
        if (list.Count == 0)
        {
            lists.Remove(key);
        }
        else
        {
            lists[key] = list;
        }
    }
}
