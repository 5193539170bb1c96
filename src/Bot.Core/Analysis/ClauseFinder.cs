namespace Bot.Core.Analysis;

/// <summary>Finds the clause of a sentence around a position: the words a timeline line needs, not the whole sentence.</summary>
public static class ClauseFinder
{
    private static readonly string[] Boundaries = [", ", ",” ", ",\" ", ",’ ", ": ", "; ", " — ", " – ", " - ", " followed by "];

    private static readonly string[] LeadingJoiners = ["and then ", "followed by ", "and ", "but ", "while ", "then ", "which ", "where "];

    private const int MinimumWords = 5;

    public static string Around(string sentence, int start, int length)
    {
        var cuts = new SortedSet<int> { 0, sentence.Length };
        foreach (var boundary in Boundaries)
        {
            for (var at = sentence.IndexOf(boundary, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf(boundary, at + 1, StringComparison.Ordinal))
            {
                cuts.Add(at);
            }
        }

        var points = cuts.ToList();
        var left = points.FindLastIndex(p => p <= start);
        var right = points.FindIndex(p => p >= start + length);
        if (left < 0)
        {
            left = 0;
        }

        if (right < 0)
        {
            right = points.Count - 1;
        }

        // Grow the clause until it says something: a bare "next week" is no description.
        while (WordCount(sentence, points[left], points[right]) < MinimumWords && (left > 0 || right < points.Count - 1))
        {
            if (left > 0 && (right == points.Count - 1 || WordCount(sentence, points[left - 1], points[left]) <= WordCount(sentence, points[right], points[right + 1])))
            {
                left--;
            }
            else
            {
                right++;
            }
        }

        return Tidy(sentence[points[left]..points[right]]);
    }

    private static int WordCount(string sentence, int from, int to)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in sentence.AsSpan(from, to - from))
        {
            var isSpace = c == ' ';
            words += !isSpace && !inWord ? 1 : 0;
            inWord = !isSpace;
        }

        return words;
    }

    // Trimmed on a span, so that a clause costs one string, not one per step.
    private static string Tidy(string clause)
    {
        var text = clause.AsSpan().Trim().TrimStart(",;:—–- ").Trim();
        foreach (var joiner in LeadingJoiners)
        {
            if (text.StartsWith(joiner, StringComparison.OrdinalIgnoreCase))
            {
                text = text[joiner.Length..];
                break;
            }
        }

        text = text.TrimEnd(".,;: ").Trim("“”\"").TrimEnd(", ");
        if (text.IsEmpty)
        {
            return "";
        }

        var first = char.ToUpperInvariant(text[0]);
        return string.Concat(new ReadOnlySpan<char>(in first), text[1..]);
    }
}
