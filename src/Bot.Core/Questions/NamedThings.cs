using System.Text.RegularExpressions;
using Bot.Core.Analysis;
using Bot.Core.Knowledge;

namespace Bot.Core.Questions;

/// <summary>A topic named in a found sentence, and the words just before it ("in", "at", "Lt Gen.").</summary>
public sealed record NamedThing(Topic Topic, TopicKind Kind, string Before, string After);

/// <summary>The topics the found passages name, other than those the question itself names: the candidates for "who" and "where".</summary>
public static partial class NamedThings
{
    [GeneratedRegex(@"[\s\p{P}]+$")]
    private static partial Regex TrailingRegex();

    /// <param name="only">When set, only this topic (the one the question asks about: "who is X?"), not the others.</param>
    public static List<Evidence<NamedThing>> In(QuestionContext context, Func<NamedThing, double> weigh, Topic? only = null)
    {
        var evidence = new List<Evidence<NamedThing>>();
        var asked = context.Retrieval.NamedTopics.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
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
                        || (only is null ? asked.Contains(topic.Slug) : topic != only))
                    {
                        continue;
                    }

                    var text = sentence.Sentence.Text;
                    var at = text.IndexOf(mention.Name, StringComparison.Ordinal);
                    var thing = new NamedThing(topic, mention.Kind == TopicKind.Name ? topic.Kind : mention.Kind,
                        at < 0 ? "" : text[..at], at < 0 ? "" : text[(at + mention.Name.Length)..]);
                    // The name next to the question's words ("general secretary" for "who leads") is the one meant.
                    var distance = at < 0 ? int.MaxValue : context.Retrieval.Words.Distance(text, at, mention.Name.Length);
                    var near = distance == int.MaxValue ? 1 : 1 + (0.5 / (1 + distance));
                    var score = passage.Relevance * weight * near * weigh(thing);
                    if (score > 0)
                    {
                        evidence.Add(new Evidence<NamedThing>(thing, sentence, score));
                    }
                }
            }
        }

        // A name found in several passages is the more likely answer: its best sentence carries its total.
        return [.. evidence.GroupBy(e => e.Value.Topic.Slug)
            .Select(g => g.GroupBy(e => e.Sentence).Select(s => s.MaxBy(e => e.Score)!).ToList())
            .Select(g => g.MaxBy(e => e.Score)! with { Score = g.Max(e => e.Score) + (0.1 * (g.Sum(e => e.Score) - g.Max(e => e.Score))) })];
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
