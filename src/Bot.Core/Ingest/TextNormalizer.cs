using System.Text;

namespace Bot.Core.Ingest;

/// <summary>Repairs what real news text does to words, quotes and spacing, so that analysis sees clean text.</summary>
/// <remarks>
/// Choices a reader of the output can rely on:
/// <list type="bullet">
/// <item>Line breaks are LF only; each line is trimmed at both ends (indentation carries no meaning in news text,
/// and a bullet must start its line to be recognised); runs of blank lines become one blank line; the text has no
/// leading or trailing blank lines.</item>
/// <item>Curly single quotes and apostrophes (U+2018, U+2019, U+201B) become a straight apostrophe, because the
/// same word ("Iraq’s", "Iraq's") must match in search and topic aliases. Double quotes are left as they are:
/// curly ones tell an opening quote from a closing one, which sentence splitting uses, and leaving them untouched
/// cannot unbalance them.</item>
/// <item>A stray space after a word-internal hyphen is dropped ("al- Asad" to "al-Asad"), except before "and",
/// "or", "to", "nor", where the hyphen is suspended ("short- and long-term"). A dash with spaces on both sides
/// and a bullet at the start of a line are kept.</item>
/// </list>
/// A hand-written single pass rather than regular expressions: it runs over every ingested document and has no
/// backtracking to go wrong.
/// </remarks>
public static class TextNormalizer
{
    public static string Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = raw.IsNormalized(NormalizationForm.FormC) ? raw : raw.Normalize(NormalizationForm.FormC);

        var output = new StringBuilder(text.Length);
        var pendingNewlines = 0;
        var pendingSpace = false;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (Classify(c))
            {
                case CharKind.Drop:
                    continue;
                case CharKind.Space:
                    pendingSpace = true;
                    continue;
                case CharKind.Newline:
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    // A space before a line break is trailing space: it is dropped.
                    pendingSpace = false;
                    pendingNewlines += c == '\u2029' ? 2 : 1;
                    continue;
            }

            if (output.Length > 0)
            {
                if (pendingNewlines > 0)
                {
                    output.Append(pendingNewlines >= 2 ? "\n\n" : "\n");
                }
                else if (pendingSpace && !IsStraySpaceAfterHyphen(output, text, i))
                {
                    output.Append(' ');
                }
            }

            output.Append(c is '\u2018' or '\u2019' or '\u201B' ? '\'' : c);
            pendingNewlines = 0;
            pendingSpace = false;
        }

        return output.ToString();
    }

    private enum CharKind
    {
        Keep,
        Space,
        Newline,
        Drop,
    }

    private static CharKind Classify(char c) => c switch
    {
        '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' => CharKind.Newline,
        ' ' or '\t' or '\v' or '\f' or '\u00A0' or '\u1680' or '\u202F' or '\u205F' or '\u3000' => CharKind.Space,
        >= '\u2000' and <= '\u200A' => CharKind.Space,
        // Zero-width characters, the word joiner, the byte-order mark and the soft hyphen are invisible in the
        // source and only break words apart for matching.
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => CharKind.Drop,
        < ' ' or '\u007F' => CharKind.Drop,
        _ => CharKind.Keep,
    };

    /// <summary>"al- Asad": the last written characters are a letter and a hyphen, and a letter comes next.</summary>
    private static bool IsStraySpaceAfterHyphen(StringBuilder output, string text, int next)
    {
        var length = output.Length;
        if (length < 2 || output[length - 1] != '-' || !char.IsLetter(output[length - 2]) || !char.IsLetter(text[next]))
        {
            return false;
        }

        return !StartsSuspendedHyphenWord(text, next);
    }

    private static bool StartsSuspendedHyphenWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text.AsSpan(start, end - start);
        return word is "and" or "or" or "to" or "nor";
    }
}
