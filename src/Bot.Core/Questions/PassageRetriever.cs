using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Bot.Core.Analysis;
using Bot.Core.Knowledge;
using Bot.Core.Search;

namespace Bot.Core.Questions;

/// <summary>How passages are found: BM25 alone, or BM25 fused with sentence embeddings by reciprocal rank.</summary>
public enum RetrievalMode
{
    Lexical,
    Hybrid,
}

/// <summary>The passages found for a question, best first, and how much of the question the best of them covers.</summary>
/// <param name="Words">Every word searched for: the question's own, the words news uses for them, the named topics' aliases.</param>
/// <param name="Asked">
/// The same without the names of the topics the question names: what it asks about them ("land" in "where will Kestrel
/// land?"), the words an answer stands next to. <paramref name="Words"/> when the question is only a name.
/// </param>
/// <param name="Absent">The question's words that no sentence has, in any of the forms news writes them.</param>
public sealed record Retrieval(IReadOnlyList<Passage> Passages, double Coverage, IReadOnlyList<Topic> NamedTopics, QuestionWords Words, QuestionWords Asked, IReadOnlyList<string> Absent);

/// <summary>
/// Finds the passages that answer a question. The question's words are searched with the words news writing
/// uses for them (<see cref="QuestionVocabulary"/>) and the aliases of the topics it names ("Iraq": "Iraqi"), over
/// each sentence and its neighbours. <see cref="Retrieval.Coverage"/> is the share of the question's weight
/// (rare words weigh most) that the best passages contain: the calibrated signal for an honest miss.
/// </summary>
public sealed class PassageRetriever(KnowledgeBase knowledge, QuestionVocabulary vocabulary, IPassageEmbeddings? embeddings = null)
{
    private const int Candidates = 30;
    private const int CoverageChecked = 5;
    private const double CommonShare = 0.05;
    private const int CommonSentences = 200;
    private const float RelatedWeight = 0.6f, AliasWeight = 0.8f;
    /// <summary>Reciprocal rank fusion's constant; small, since only the first few dozen candidates of each list are fused.</summary>
    private const double FusionConstant = 10;

    /// <summary>What is searched for a question: the topics it names, its word groups, and every term with its weight.</summary>
    internal sealed record Expansion(IReadOnlyList<Topic> Named, IReadOnlyList<TermGroup> Groups, IReadOnlyList<WeightedTerm> Terms);

    internal Expansion Expand(string question)
    {
        var snapshot = knowledge.Current;
        var index = knowledge.Search;
        var named = NamedTopics(snapshot, question, index);
        var groups = Groups(index, question, named, snapshot.SentenceCount);
        var weighted = new Dictionary<string, WeightedTerm>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var term in group.Terms)
            {
                if (!weighted.TryGetValue(term.Term, out var known) || known.Weight < term.Weight)
                {
                    weighted[term.Term] = term;
                }
            }
        }

        return new Expansion(named, groups, [.. weighted.Values]);
    }

    /// <param name="asOf">Reports published after this day are not read: a question asked on a day is answered from what was known by then.</param>
    public Retrieval Retrieve(string question, DateOnly asOf, RetrievalMode mode = RetrievalMode.Hybrid)
    {
        var snapshot = knowledge.Current;
        var index = knowledge.Search;
        var (named, groups, terms) = Expand(question);
        var words = new QuestionWords(index, groups.SelectMany(g => g.Terms).Select(t => t.Term).ToHashSet(StringComparer.Ordinal));
        var asked = groups.Any(g => !g.NamesTopic) ? new QuestionWords(index, groups.Where(g => !g.NamesTopic).SelectMany(g => g.Terms).Select(t => t.Term).ToHashSet(StringComparer.Ordinal)) : words;
        if (groups.Count == 0)
        {
            return new Retrieval([], 0, named, words, asked, []);
        }

        var hits = index.Search(terms, Candidates, asOf);
        var ranked = new List<(SentenceKey Key, double Relevance)>(hits.Count);
        if (mode == RetrievalMode.Hybrid && embeddings is { IsReady: true })
        {
            var fused = new Dictionary<SentenceKey, double>();
            for (var rank = 0; rank < hits.Count; rank++)
            {
                var key = new SentenceKey(hits[rank].SourceId, hits[rank].Index);
                fused[key] = fused.GetValueOrDefault(key) + (1 / (FusionConstant + rank));
            }

            var nearest = embeddings.Nearest(question, Candidates);
            for (var rank = 0; rank < nearest.Count; rank++)
            {
                fused[nearest[rank]] = fused.GetValueOrDefault(nearest[rank]) + (1 / (FusionConstant + rank));
            }

            var best = fused.Count == 0 ? 1 : fused.Values.Max();
            ranked.AddRange(fused.OrderByDescending(p => p.Value).Select(p => (p.Key, p.Value / best)));
        }
        else if (hits.Count > 0)
        {
            var best = hits[0].Score;
            foreach (var hit in hits)
            {
                ranked.Add((new SentenceKey(hit.SourceId, hit.Index), hit.Score / best));
            }
        }

        var passages = new List<Passage>(ranked.Count);
        foreach (var (key, relevance) in ranked)
        {
            if (snapshot.Analyses.TryGetValue(key.SourceId, out var analysis) && key.Index >= 0 && key.Index < analysis.Sentences.Count
                && !(analysis.Source.Published > asOf))
            {
                passages.Add(Around(analysis, key.Index, relevance));
            }
        }

        var coverage = 0.0;
        for (var i = 0; i < passages.Count && i < CoverageChecked; i++)
        {
            coverage = Math.Max(coverage, Coverage(index, groups, passages[i]));
        }

        return new Retrieval(passages, coverage, named, words, asked, [.. groups.Where(g => !g.Present).Select(g => g.Terms[0].Term)]);
    }

    /// <summary>The sentence at <paramref name="index"/> with its neighbours in the same paragraph.</summary>
    public static Passage Around(Analysis.DocumentAnalysis analysis, int index, double relevance)
    {
        var sentences = analysis.Sentences;
        var sentence = sentences[index];
        SourceSentence? Neighbour(int i) =>
            i >= 0 && i < sentences.Count && sentences[i].Paragraph == sentence.Paragraph ? new SourceSentence(analysis.Source, sentences[i]) : null;
        return new Passage(new SourceSentence(analysis.Source, sentence), Neighbour(index - 1), Neighbour(index + 1), relevance);
    }

    /// <summary>The topics the question names by their name or an alias, longest names first ("Ain al-Asad" before "Asad").</summary>
    public static IReadOnlyList<Topic> NamedTopics(KnowledgeSnapshot snapshot, string question, SentenceSearchIndex index)
    {
        var words = question.Split([' ', '?', '!', ',', ';', ':', '"', '“', '”', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd('.').Replace("’s", "").Replace("'s", ""))
            .ToArray();
        // A phrase's slug is its words' slugs joined by hyphens (the space between two words is a break like any other),
        // so each word is slugged once rather than once per phrase it is in.
        var slugs = Array.ConvertAll(words, TopicExtractor.Slugify);
        var found = new List<Topic>();
        var taken = new bool[words.Length];
        for (var length = Math.Min(5, words.Length); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                if (taken.AsSpan(start, length).Contains(true))
                {
                    continue;
                }

                // Small words ("did", "will") name nothing, even when a sentence that opens with one made a topic of it.
                var slug = length == 1 ? slugs[start] : string.Join('-', slugs.Skip(start).Take(length).Where(s => s.Length > 0));
                if (snapshot.TopicIndex.BySlug(slug) is { } topic && index.Terms(string.Join(' ', words, start, length)).Count > 0)
                {
                    taken.AsSpan(start, length).Fill(true);
                    if (!found.Contains(topic))
                    {
                        found.Add(topic);
                    }
                }
            }
        }

        return found;
    }

    /// <param name="NamesTopic">The word is part of the name of a topic the question names.</param>
    internal sealed record TermGroup(double Rarity, bool Present, IReadOnlyList<WeightedTerm> Terms, bool NamesTopic);

    /// <summary>
    /// One group per word of the question: the word, its other forms ("suburbs": "suburban"), the words news uses for
    /// it, and the aliases of the topic it names.
    /// </summary>
    private List<TermGroup> Groups(SentenceSearchIndex index, string question, IReadOnlyList<Topic> named, int documents)
    {
        var aliasTerms = new List<IReadOnlyList<string>>(named.Count);
        foreach (var topic in named)
        {
            aliasTerms.Add(_aliasTerms.GetValue(topic, t => [.. t.Aliases.Append(t.Name).SelectMany(index.Terms).Distinct(StringComparer.Ordinal)]));
        }

        var groups = new List<TermGroup>();
        foreach (var term in index.Terms(question).Distinct(StringComparer.Ordinal).Where(t => !vocabulary.IsFiller(t)))
        {
            var (terms, stems) = WordsFor(term);
            var namesTopic = false;
            List<(string Term, float Weight)>? withAliases = null;
            foreach (var aliases in aliasTerms)
            {
                if (!aliases.Contains(term))
                {
                    continue;
                }

                namesTopic = true;
                withAliases ??= [.. terms];
                withAliases.AddRange(aliases.Where(a => a != term).Select(a => (a, AliasWeight)));
            }

            if (withAliases is not null)
            {
                terms = [.. withAliases.DistinctBy(t => t.Term, StringComparer.Ordinal)];
                stems = [.. terms.Select(t => t.Term)];
            }

            var rarities = index.Rarities(stems);
            // A related word that a large share of a big story's sentences carry ("said", "forces") finds nothing
            // in particular and costs the most to search, one no sentence has finds nothing at all; the question's own
            // words are always searched. Only the question's own words are looked for in the neighbours, and only the rarer ones (see
            // MostSentencesSearchedInNeighbours): measured on the question evaluation, the other forms and related
            // words found nothing there that the sentences themselves did not.
            var searched = new List<WeightedTerm>(terms.Count);
            for (var i = 0; i < terms.Count; i++)
            {
                if (i == 0 || (rarities[i].Present && (rarities[i].Share <= CommonShare || rarities[i].Share * documents <= CommonSentences)))
                {
                    searched.Add(new WeightedTerm(terms[i].Term, terms[i].Weight, i == 0 && rarities[i].Share * documents <= SentenceSearchIndex.MostSentencesSearchedInNeighbours));
                }
            }

            groups.Add(new TermGroup(rarities[0].Rarity, rarities.Any(r => r.Present), searched, namesTopic));
        }

        return groups;
    }

    /// <summary>
    /// The words searched for a word of a question, before the aliases of a topic it names: the word, its other forms and
    /// the words news uses for it, each once, with how much a match counts. They depend on the word alone, and the words of
    /// questions come back question after question ("troops", "leave"), so they are kept; emptied when full.
    /// </summary>
    private (IReadOnlyList<(string Term, float Weight)> Terms, string[] Stems) WordsFor(string term)
    {
        var cache = _wordsFor;
        if (cache.TryGetValue(term, out var known))
        {
            return known;
        }

        var terms = new List<(string Term, float Weight)> { (term, 1f) };
        terms.AddRange(QuestionVocabulary.Forms(term).Select(f => (f, AliasWeight)));
        terms.AddRange(vocabulary.Related(term).Select(r => (r, RelatedWeight)));
        (string Term, float Weight)[] distinct = [.. terms.DistinctBy(t => t.Term, StringComparer.Ordinal)];
        if (cache.Count >= MaxWordsKept)
        {
            _wordsFor = cache = new ConcurrentDictionary<string, ((string Term, float Weight)[], string[])>(StringComparer.Ordinal);
        }

        return cache[term] = (distinct, [.. distinct.Select(t => t.Term)]);
    }

    private const int MaxWordsKept = 10_000;

    /// <summary>
    /// The index's words of each named topic's name and aliases: the same topics are named question after question, and
    /// a topic's words change only with the topic (a new snapshot's topic is a new key; an old one goes with its snapshot).
    /// </summary>
    private readonly ConditionalWeakTable<Topic, IReadOnlyList<string>> _aliasTerms = new();

    private volatile ConcurrentDictionary<string, ((string Term, float Weight)[] Terms, string[] Stems)> _wordsFor = new(StringComparer.Ordinal);

    /// <summary>The share of the question's weight the passage holds: a word in the sentence counts fully, in a neighbour half.</summary>
    private static double Coverage(SentenceSearchIndex index, IReadOnlyList<TermGroup> groups, Passage passage)
    {
        var own = index.Terms(passage.Sentence.Sentence.Text);
        var before = passage.Before is null ? [] : index.Terms(passage.Before.Sentence.Text);
        var after = passage.After is null ? [] : index.Terms(passage.After.Sentence.Text);
        double held = 0, total = 0;
        foreach (var group in groups)
        {
            total += group.Rarity;
            held += Holds(group, own) ? group.Rarity
                : Holds(group, before) || Holds(group, after) ? group.Rarity / 2
                : 0;
        }

        return total == 0 ? 0 : held / total;
    }

    private static bool Holds(TermGroup group, IReadOnlyList<string> terms)
    {
        foreach (var term in group.Terms)
        {
            for (var i = 0; i < terms.Count; i++)
            {
                if (string.Equals(terms[i], term.Term, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
