using System.Text.RegularExpressions;

namespace Bot.Core.Analysis.Time;

/// <summary>
/// The past-tense cue: past auxiliaries, regular past forms and the common irregular ones, as one expression. Its
/// any-word-in-ed alternative gives it no opening words, so run as a plain expression it tried every word of every
/// clause against every alternative (the costliest expression of analysis). Each of its matches is one word, though: a
/// listed word or a run of letters ending in "ed". So the words are scanned first, and the expression is tried, anchored,
/// only at a word that is one of those; the matches are the same.
/// </summary>
internal static class PastTenseCue
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Auxiliaries = "was|were|had|did|didn't|wasn't|weren't|hadn't|ago";

    // A participle right after "be", "is" or "get" ("to be handed over", "is held", "to get vaccinated") is passive, not past.
    private const string NotPassive = @"(?<!\b(?:be|is|are|am|being|get|gets|getting)\s)";

    private const string ListedInEd = "agreed|freed";

    // "need", "speed", "hundred", "United" only look like past forms.
    private const string RegularPast = @"(?!(?:hundred|ahmed|mohammed|mohamed|hamed|united|sacred|naked|wicked)\b)\p{L}{2,}(?<!e)ed";

    private const string IrregularPast = "said|told|met|left|began|took|came|went|held|made|gave|saw|won|lost|fell|rose|struck|sent|fled|shot|hit|put|cut|ran|spoke|wrote|broke|drove|flew|grew|knew|led|paid|sold|stood|brought|bought|caught|fought|thought|sought|taught|became|chose|froze|stole|swore|tore|wore|got|found|heard|kept|felt|meant|spent|built|dealt|drew|threw|withdrew|overtook|undertook|forgot|hid|rode|rang|sank|shook|woke|began|quit|lit|slid|split|spread|struck|won|beat";

    private const string Pattern = @"\b(?:" + Auxiliaries + "|" + NotPassive + "(?:" + ListedInEd + "|" + RegularPast + "|" + IrregularPast + @"))\b";

    private static readonly Lazy<Regex> Anywhere = new(() => new Regex(Pattern, Options));

    /// <summary>The expression run as it is, on every position; for tests.</summary>
    internal static Regex Expression => Anywhere.Value;
    private static readonly Lazy<Regex> AtStart = new(() => new Regex(@"\G(?:" + Pattern + ")", Options));

    // The letters a listed word's match starts with ("didn" of "didn't"): the run of letters a match of it begins.
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> ListedHeads = new(() =>
        new HashSet<string>(
            (Auxiliaries + "|" + ListedInEd + "|" + IrregularPast).Split('|').Select(word => new string([.. word.TakeWhile(char.IsLetter)])),
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>Where the first match starts, or -1.</summary>
    public static int First(ReadOnlySpan<char> text)
    {
        if (FoldsToNonAscii(text))
        {
            foreach (var match in Anywhere.Value.EnumerateMatches(text))
            {
                return match.Index;
            }

            return -1;
        }

        for (var start = 0; start < text.Length; start++)
        {
            if (!char.IsLetter(text[start]))
            {
                continue;
            }

            var end = start + 1;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if (MayStart(text[start..end]) && AtStart.Value.IsMatch(text, start))
            {
                return start;
            }

            start = end;
        }

        return -1;
    }

    /// <summary>Where the last match starts, or -1.</summary>
    /// <remarks>A match is one word, so no match hides another: the last word a match starts at is the last match.</remarks>
    public static int Last(ReadOnlySpan<char> text)
    {
        if (FoldsToNonAscii(text))
        {
            var last = -1;
            foreach (var match in Anywhere.Value.EnumerateMatches(text))
            {
                last = match.Index;
            }

            return last;
        }

        for (var end = text.Length; end > 0; end--)
        {
            if (!char.IsLetter(text[end - 1]))
            {
                continue;
            }

            var start = end - 1;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (MayStart(text[start..end]) && AtStart.Value.IsMatch(text, start))
            {
                return start;
            }

            end = start;
        }

        return -1;
    }

    // A run of letters a match can start at: a listed word's letters, or four letters or more ending in "ed" (a match
    // ends at a word's edge, and no run of letters has one inside).
    private static bool MayStart(ReadOnlySpan<char> letters) =>
        (letters.Length >= 4 && letters[^2] is 'e' or 'E' && letters[^1] is 'd' or 'D') || ListedHeads.Value.Contains(letters);

    // Case-insensitive matching also takes the Kelvin sign for "k" and the long s for "s", which the word lookup does not.
    private static bool FoldsToNonAscii(ReadOnlySpan<char> text) => text.IndexOfAny('\u212A', '\u017F') >= 0;
}
