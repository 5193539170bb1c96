using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Core.Analysis;

/// <summary>One sentence of a document, in document order, with the paragraph it belongs to.</summary>
public sealed record TextSentence(int Index, int Paragraph, string Text);

/// <summary>Splits normalised document text into paragraphs and sentences.</summary>
/// <remarks>
/// Expects the output of <see cref="Ingest.TextNormalizer"/>: LF line breaks, lines trimmed. News text breaks
/// lines in odd places (a quote on one line, "he said." on the next), so a line that does not end a sentence runs
/// on into the next one; a line that does, a blank line, a bullet and a short question heading end a paragraph.
/// </remarks>
public static partial class SentenceSplitter
{
    /// <summary>A question longer than this is prose that happens to end a line, not a heading.</summary>
    private const int MaxHeadingQuestionWords = 16;

    // Never the end of a sentence: a title or a month abbreviation is always followed by its name or day.
    private static readonly HashSet<string> NeverFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "Lt", "Gen", "Col", "Maj", "Sgt", "Capt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Brig", "Lieut",
        "Dr", "Mr", "Mrs", "Ms", "Messrs", "Prof", "St", "Rev", "Hon", "Sen", "Rep", "Gov", "Pres", "Amb", "Supt",
        "Mt", "Ft", "vs", "approx", "cf", "Fig", "Vol",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    // Dotted initialisms that name something ("U.S.") rather than end a clause; "a.m." and "p.m." are not here
    // because a time often ends a sentence, and a capital after them then starts a new one.
    private static readonly HashSet<string> DottedNeverFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "U.S", "U.K", "U.N", "E.U", "e.g", "i.e", "U.S.A", "D.C", "N.Y", "L.A",
    };

    /// <summary>
    /// A wire dateline opening a story: "GENEVA, March 4 (Reuters) -", "JERSEY CITY, N.J. (AP) —", "WASHINGTON —". It
    /// says where the report was filed and repeats its date; it is no part of the first sentence.
    /// </summary>
    private static Regex Dateline() => DatelineField.Value;
    private static readonly Lazy<Regex> DatelineField = new(() => new Regex(@"^[A-Z][A-Z'\u2019.\-]+(?:\s+[A-Z][A-Z'\u2019.\-]+)*(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)*?)?(?:,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?\s*(?:\([A-Z][\w.&' ]{0,30}\)\s*)?[-\u2013\u2014]+\s+(?=\S)", RegexOptions.CultureInvariant));

    /// <summary>What follows a clock time inside a sentence: "6 a.m. Tuesday", "11:59 p.m. on Friday", "9 a.m. ET".</summary>
    private static Regex AfterClockTime() => AfterClockTimeField.Value;
    private static readonly Lazy<Regex> AfterClockTimeField = new(() => new Regex(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|BST|UTC|local)\b", RegexOptions.CultureInvariant));

    /// <summary>The agency and dash that close a dateline, after an abbreviated state: "JERSEY CITY, N.J. (AP) —".</summary>
    private static Regex DatelineAgency() => DatelineAgencyField.Value;
    private static readonly Lazy<Regex> DatelineAgencyField = new(() => new Regex(@"^\([A-Z][\w.&' ]{0,30}\)\s*[-\u2013\u2014]", RegexOptions.CultureInvariant));

    public static IReadOnlyList<TextSentence> Split(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var sentences = new List<TextSentence>();
        var paragraph = new StringBuilder();
        var paragraphNumber = 0;

        void EndParagraph()
        {
            if (paragraph.Length == 0)
            {
                return;
            }

            if (SplitParagraph(paragraph.ToString(), paragraphNumber, sentences))
            {
                paragraphNumber++;
            }

            paragraph.Clear();
        }

        var lines = normalizedText.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l].Trim();
            if (line.Length == 0)
            {
                EndParagraph();
                continue;
            }

            if (TryStripBullet(line, out var item))
            {
                EndParagraph();
                paragraph.Append(item);
                EndParagraph();
                continue;
            }

            if (IsHeadingQuestion(line))
            {
                EndParagraph();
                paragraph.Append(line);
                EndParagraph();
                continue;
            }

            if (paragraph.Length > 0)
            {
                paragraph.Append(' ');
            }

            paragraph.Append(line);
            if (EndsSentence(line, l + 1 < lines.Length ? lines[l + 1].TrimStart() : ""))
            {
                EndParagraph();
            }
        }

        EndParagraph();
        return sentences;
    }

    private static bool TryStripBullet(string line, out string item)
    {
        // A bullet with nothing after it has lost its trailing space to line trimming.
        if (line[0] is '-' or '*' or '\u2022' && (line.Length == 1 || line[1] == ' '))
        {
            item = line[1..].TrimStart();
            return true;
        }

        item = line;
        return false;
    }

    private static bool IsHeadingQuestion(string line)
    {
        if (line[^1] != '?' || !char.IsUpper(line[0]))
        {
            return false;
        }

        var words = 1;
        foreach (var c in line)
        {
            if (c == ' ' && ++words > MaxHeadingQuestionWords)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the line ends a sentence; "Lt Gen." at the end of a line runs on into the name below it.</summary>
    private static bool EndsSentence(string line, string nextLine)
    {
        var end = line.Length - 1;
        while (end >= 0 && IsClosing(line[end]))
        {
            end--;
        }

        if (end < 0 || !IsTerminal(line[end]))
        {
            return false;
        }

        var following = nextLine.Length > 0 ? nextLine[0] : ' ';
        return end < line.Length - 1 || !IsAbbreviation(line, end, following, nextLine);
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026';

    private static bool IsClosing(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB';

    private static bool IsOpening(char c) => c is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '\u00AB';

    /// <summary>Adds the paragraph's sentences; false when it had none.</summary>
    private static bool SplitParagraph(string text, int paragraphNumber, List<TextSentence> sentences)
    {
        var added = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsTerminal(text[i]))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (IsTerminal(text[end]) || IsClosing(text[end])))
            {
                end++;
            }

            if (end >= text.Length || !char.IsWhiteSpace(text[end]))
            {
                i = end - 1;
                continue;
            }

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < text.Length && StartsSentence(text[next]) && !IsAbbreviation(text, i, text[next], text.AsSpan(next)))
            {
                added |= Add(text.AsSpan(start, end - start), paragraphNumber, sentences);
                start = next;
            }

            i = end - 1;
        }

        if (start < text.Length)
        {
            added |= Add(text.AsSpan(start), paragraphNumber, sentences);
        }

        return added;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || IsOpening(c);

    /// <summary>Whether the full stop at <paramref name="dot"/> belongs to a word rather than ending the sentence.</summary>
    private static bool IsAbbreviation(string text, int dot, char following, ReadOnlySpan<char> rest)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.IsEmpty)
        {
            return false;
        }

        // An initial: "John F. Kennedy".
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (DatelineAgency().IsMatch(rest))
        {
            return true;
        }

        // "closed at 6 a.m. Tuesday": a clock time followed by its day or time zone is inside the sentence.
        if ((word.Equals("a.m", StringComparison.OrdinalIgnoreCase) || word.Equals("p.m", StringComparison.OrdinalIgnoreCase)) && AfterClockTime().IsMatch(rest))
        {
            return true;
        }

        if (word.Equals("No", StringComparison.OrdinalIgnoreCase))
        {
            return char.IsDigit(following);
        }

        var lookup = NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word))
        {
            return true;
        }

        return DottedNeverFinal.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static bool Add(ReadOnlySpan<char> raw, int paragraphNumber, List<TextSentence> sentences)
    {
        var text = raw.Trim();
        if (text.IsEmpty)
        {
            return false;
        }

        var value = text.Contains('\n') ? text.ToString().Replace('\n', ' ') : text.ToString();
        if (sentences.Count == 0 && Dateline().Match(value) is { Success: true } dateline)
        {
            value = value[dateline.Length..];
        }

        sentences.Add(new TextSentence(sentences.Count, paragraphNumber, value));
        return true;
    }
}
