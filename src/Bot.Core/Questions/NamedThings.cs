using System.Text.RegularExpressions;
using Bot.Core.Analysis;
using Bot.Core.Knowledge;

namespace Bot.Core.Questions;

/// <summary>A topic named in a found sentence, and the words just before it ("in", "at", "Lt Gen.").</summary>
/// <param name="IsAdjective">Named by its adjective ("Iraqi forces", "the suburban routes"): a people's or a place's, not the place itself.</param>
public sealed record NamedThing(Topic Topic, TopicKind Kind, string Before, string After, bool IsAdjective = false);

/// <summary>The topics the found passages name, other than those the question itself names: the candidates for "who" and "where".</summary>
public static partial class NamedThings
{
    /// <summary>How much standing right next to what the question asks adds to a name (half of it one word away).</summary>
    private const double NearWeight = 1;

    private static Regex TrailingRegex() => TrailingRegexField.Value;
    private static readonly Lazy<Regex> TrailingRegexField = new(() => new Regex(@"[\s\p{P}]+$"));

    /// <param name="only">When set, only this topic (the one the question asks about: "who is X?"), not the others.</param>
    public static List<Evidence<NamedThing>> In(QuestionContext context, Func<NamedThing, double> weigh, Topic? only = null)
    {
        var evidence = new List<Evidence<NamedThing>>();
        var words = context.Retrieval.Words;
        var own = words.Terms(context.Question.Text).SelectMany(t => QuestionVocabulary.Forms(t).Append(t)).ToHashSet(StringComparer.Ordinal);
        var named = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var topic in context.Retrieval.NamedTopics)
        {
            named[topic.Slug] = true;
        }

        // A name the question itself uses, in any of its forms ("the Americans" for the United States), is not its answer.
        bool Asked(Topic topic)
        {
            if (!named.TryGetValue(topic.Slug, out var isNamed))
            {
                named[topic.Slug] = isNamed = topic.Aliases.Append(topic.Name).Any(a => words.Terms(a).ToList() is { Count: > 0 } terms && terms.All(own.Contains));
            }

            return isNamed;
        }

        foreach (var passage in context.Passages)
        {
            foreach (var sentence in passage.Sentences())
            {
                if (!context.Snapshot.Analyses.TryGetValue(sentence.Source.Id, out var analysis))
                {
                    continue;
                }

                var weight = sentence == passage.Sentence ? 1 : 0.7;
                foreach (var mention in analysis.Topics.Where(m => m.SentenceIndex == sentence.Sentence.Index))
                {
                    if (context.Snapshot.TopicIndex.Exact(mention.Name) is not { } topic
                        || (only is null ? Asked(topic) : topic != only))
                    {
                        continue;
                    }

                    var text = sentence.Sentence.Text;
                    var at = text.IndexOf(mention.Name, StringComparison.Ordinal);
                    // A mention says less than the story about its topic: "in Brask" is a place, the story's "town of Brask" a town.
                    var kind = mention.Kind == TopicKind.Name || (mention.Kind == TopicKind.Place && topic.Kind is TopicKind.Country or TopicKind.City) ? topic.Kind : mention.Kind;
                    var thing = new NamedThing(topic, kind,
                        at < 0 ? "" : text[..at], at < 0 ? "" : text[(at + mention.Name.Length)..], IsAdjective(words, topic, mention.Name));
                    // The name next to what the question asks ("general secretary" for "who leads", "landing" for
                    // "where will Kestrel land") is the one meant; next to the topic it names says nothing.
                    var distance = at < 0 ? int.MaxValue : context.Retrieval.Asked.Distance(text, at, mention.Name.Length);
                    var near = distance == int.MaxValue ? 1 : 1 + (NearWeight / (1 + distance));
                    var score = passage.Relevance * weight * near * weigh(thing);
                    if (score > 0)
                    {
                        evidence.Add(new Evidence<NamedThing>(thing, sentence, score));
                    }
                }
            }
        }

        // A name is as good as its best sentence: one that a story names often is not for that the answer.
        return [.. evidence.GroupBy(e => e.Value.Topic.Slug).Select(g => g.MaxBy(e => e.Score)!)];
    }

    /// <summary>"Iraqi" for Iraq, "Syrian" for Syria: the mention is one of the adjective forms of the topic's name.</summary>
    private static bool IsAdjective(QuestionWords words, Topic topic, string mention)
    {
        if (string.Equals(mention, topic.Name, StringComparison.OrdinalIgnoreCase) || words.Terms(mention).ToList() is not [var said]
            || words.Terms(topic.Name).ToList() is not [var name])
        {
            return false;
        }

        return QuestionVocabulary.Forms(name).Contains(said, StringComparer.Ordinal) && said.Length > name.Length;
    }

    /// <summary>The last words before a name, up to a comma: "Lt Gen." in "in Baghdad, Lt Gen. Qais al-Mohammadi".</summary>
    public static string WordsBefore(string before, int count)
    {
        var clause = before[(before.LastIndexOfAny([',', ';', '(', '“', '"']) + 1)..];
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.TakeLast(count));
    }

    public static string Trimmed(string text) => TrailingRegex().Replace(text, "");
}
