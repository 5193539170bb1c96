using System.Text.RegularExpressions;
using Bot.Core.Search;

namespace Bot.Core.Questions;

/// <summary>
/// The question's words as the index stems them, with the words news uses for them and the aliases of the topics it
/// names; and where in a sentence they stand, so that of two dates in one sentence the one next to the question's
/// verb ("close on 9 March") is taken over the other ("open on Monday 16 February").
/// </summary>
public sealed partial class QuestionWords(SentenceSearchIndex index, IReadOnlySet<string> stems)
{
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex WordRegex();

    public IReadOnlySet<string> Stems => stems;

    public bool In(string text) => index.Terms(text).Any(stems.Contains);

    /// <summary>The stems of the few words after a position: what a figure counts ("412 diesel buses").</summary>
    public IReadOnlySet<string> After(string sentence, int end, int count)
    {
        var following = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in WordRegex().Matches(sentence).Where(w => w.Index >= end).Take(count))
        {
            following.UnionWith(index.Terms(word.Value));
        }

        return following;
    }

    /// <summary>
    /// How many words lie between the span and the nearest question word in the sentence (int.MaxValue if none). A
    /// word after the span counts as twice as far, plus one: English puts the verb before its date or figure
    /// ("close on 9 March"), so "open on 16 February and close" is about the opening.
    /// </summary>
    public int Distance(string sentence, int start, int length)
    {
        var best = int.MaxValue;
        var words = WordRegex().Matches(sentence);
        var first = -1;
        var last = -1;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Index >= start && words[i].Index < start + Math.Max(length, 1))
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (first < 0)
        {
            return best;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if ((i < first || i > last) && index.Terms(words[i].Value).Any(stems.Contains))
            {
                best = Math.Min(best, i < first ? first - i - 1 : (2 * (i - last - 1)) + 1);
            }
        }

        return best;
    }
}
