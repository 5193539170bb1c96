using Bot.Core.Search;

namespace Bot.Core.Questions;

/// <summary>
/// The question's words as the index stems them, with the words news uses for them and the aliases of the topics it
/// names; and where in a sentence they stand, so that of two dates in one sentence the one next to the question's
/// verb ("close on 9 March") is taken over the other ("open on Monday 16 February"). Each sentence is analysed
/// once (the index keeps the words of the texts it analysed lately).
/// </summary>
public sealed class QuestionWords(SentenceSearchIndex index, IReadOnlySet<string> stems)
{
    public IReadOnlySet<string> Stems => stems;

    /// <summary>Other words, read over the same index.</summary>
    public QuestionWords With(IReadOnlySet<string> others) => new(index, others);

    public bool In(string text) => Tokens(text).Any(t => stems.Contains(t.Term));

    /// <summary>
    /// How many words (small words not counted) lie between the span and the nearest question word in the sentence
    /// (int.MaxValue if none). A word after the span counts as twice as far, plus one: English puts the verb before
    /// its date or figure ("close on 9 March"), so "open on 16 February and close" is about the opening.
    /// </summary>
    public int Distance(string sentence, int start, int length)
    {
        var read = Read(sentence);
        var tokens = read.Tokens;
        var end = start + Math.Max(length, 1);
        var first = -1;
        var last = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= start && tokens[i].Start < end)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (first < 0)
        {
            // The span holds no word the index keeps ("9"): measure from where it stands.
            first = tokens.Count(t => t.Start < start);
            last = first - 1;
        }

        var best = int.MaxValue;
        foreach (var i in read.Asked)
        {
            if (i < first || i > last)
            {
                best = Math.Min(best, i < first ? first - i - 1 : (2 * (i - last - 1)) + 1);
            }
        }

        return best;
    }

    /// <summary>The stems of a text's words, as the index keeps them.</summary>
    public IEnumerable<string> Terms(string text) => Tokens(text).Select(t => t.Term);

    /// <summary>The stems of the few words after a position: what a figure counts ("412 diesel buses").</summary>
    public IReadOnlySet<string> After(string sentence, int end, int count) =>
        Tokens(sentence).Where(t => t.Start >= end).Take(count).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);

    /// <summary>The stems of the few words before a position: what a figure measures ("the rocket's limit of 65 km/h").</summary>
    public IReadOnlySet<string> Before(string sentence, int start, int count) =>
        Tokens(sentence).Where(t => t.Start < start).TakeLast(count).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);

    private IReadOnlyList<(string Term, int Start)> Tokens(string text) => Read(text).Tokens;

    /// <summary>
    /// The index's words of a text and which of them are the question's; the last text's are kept, since an answerer
    /// weighs every date or figure of a sentence in turn, and the index finds a text's words by hashing the whole text.
    /// Swapped whole, so another thread reading the same question sees a complete set.
    /// </summary>
    private LastText Read(string text)
    {
        if (_last is { } last && ReferenceEquals(last.Text, text))
        {
            return last;
        }

        var tokens = index.Tokens(text);
        Span<int> asked = tokens.Count <= 256 ? stackalloc int[tokens.Count] : new int[tokens.Count];
        var count = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (stems.Contains(tokens[i].Term))
            {
                asked[count++] = i;
            }
        }

        return _last = new LastText(text, tokens, asked[..count].ToArray());
    }

    private LastText? _last;

    /// <param name="Asked">The positions in <paramref name="Tokens"/> of the question's words.</param>
    private sealed record LastText(string Text, IReadOnlyList<(string Term, int Start)> Tokens, int[] Asked);
}
