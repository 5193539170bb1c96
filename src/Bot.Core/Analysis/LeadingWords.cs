using System.Buffers;
using System.Text.RegularExpressions;

namespace Bot.Core.Analysis;

/// <summary>
/// An expression with the words every match of it starts with, read from the expression itself: a text that holds
/// none of them cannot match, and one that does cannot match before the first of them, so the interpreter (which would
/// otherwise try every word of a sentence against every alternative) runs only from there, with the same results.
/// Reading the words from the pattern keeps one home per rule: no second list beside the expression.
/// </summary>
/// <remarks>
/// The reading is conservative: whatever it does not understand (a class, a digit, a quantifier that allows nothing)
/// gives no words, and then the expression runs on every text as it would without them.
/// </remarks>
internal sealed class LeadingWords
{
    // Stands in the words read for a branch that starts with a digit (\d or a class of digits): no literal holds it.
    private const string AnyDigit = @"\d";

    private static readonly SearchValues<char> DigitClassCharacters = SearchValues.Create("0123456789-");

    private readonly Regex regex;
    private readonly SearchValues<string>? words;

    // False when some match may start anywhere: the expression then runs on every text from its start.
    private readonly bool gated;

    // Some match starts with a digit ("\d{1,2}(?:st|nd|rd|th)", "[1-4]Q"), so the first digit may start one too.
    private readonly bool digitLed;

    // Case-insensitive matching also takes the Kelvin sign for "k" and the long s for "s", which an ordinal
    // comparison of the words may not: a text holding either runs the expression everywhere.
    private readonly bool foldsToNonAscii;

    public LeadingWords(string pattern, RegexOptions options)
    {
        regex = new Regex(pattern, options);
        var ignoreCase = (options & RegexOptions.IgnoreCase) != 0;
        // Case-insensitive matching in a culture (Turkish "i") is more than an ordinal comparison can stand for.
        if ((options & (RegexOptions.RightToLeft | RegexOptions.IgnorePatternWhitespace)) != 0 || (!ignoreCase && pattern.Contains("(?i", StringComparison.Ordinal))
            || (ignoreCase && (options & RegexOptions.CultureInvariant) == 0)
            || Read(pattern) is not { Count: > 0 } found)
        {
            return;
        }

        gated = true;
        digitLed = found.Contains(AnyDigit);
        Prefixes = [.. found.Where(w => w != AnyDigit).Distinct(StringComparer.OrdinalIgnoreCase)];
        words = Prefixes.Length > 0 ? SearchValues.Create(Prefixes, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) : null;
        foldsToNonAscii = ignoreCase && Prefixes.Any(w => w.AsSpan().IndexOfAny("kKsS") >= 0);
    }

    /// <summary>The words found (none when the expression runs everywhere or starts only with digits); for tests.</summary>
    public string[] Prefixes { get; } = [];

    /// <summary>Whether some match starts with a digit; for tests.</summary>
    public bool StartsWithDigit => digitLed;

    public Regex Regex => regex;

    public Match Match(string input) => Start(input) is { } at ? regex.Match(input, at) : System.Text.RegularExpressions.Match.Empty;

    public bool IsMatch(ReadOnlySpan<char> input) => Start(input) is { } at && regex.IsMatch(input, at);

    public bool IsMatch(string input) => IsMatch(input.AsSpan());

    public MatchCollection Matches(string input) => regex.Matches(input, Start(input) ?? input.Length);

    public Regex.ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> input) => regex.EnumerateMatches(input, Start(input) ?? input.Length);

    /// <summary>Where a match may first start; null when none can.</summary>
    private int? Start(ReadOnlySpan<char> input)
    {
        if (!gated)
        {
            return 0;
        }

        var at = words is null ? -1 : input.IndexOfAny(words);
        if (digitLed && FirstDigit(input) is var digit and >= 0 && (at < 0 || digit < at))
        {
            at = digit;
        }

        return at >= 0 ? at : foldsToNonAscii && input.IndexOfAny('\u212A', '\u017F') >= 0 ? 0 : null;
    }

    // \d is any Unicode decimal digit, not only 0-9: past the ASCII ones, the first non-ASCII character is looked at
    // one by one (news text has few), so a digit of another script is never skipped.
    private static int FirstDigit(ReadOnlySpan<char> input)
    {
        var ascii = input.IndexOfAnyInRange('0', '9');
        var end = ascii < 0 ? input.Length : ascii;
        for (var i = input[..end].IndexOfAnyExceptInRange('\0', '\x7f'); i >= 0 && i < end; i++)
        {
            if (char.IsDigit(input[i]))
            {
                return i;
            }
        }

        return ascii;
    }

    /// <summary>The literal starts of a whole pattern's matches, or null when some match may start otherwise.</summary>
    internal static List<string>? Read(string pattern)
    {
        var at = 0;
        var found = Alternatives(pattern, ref at);
        return at == pattern.Length ? found : null;
    }

    // An alternation up to the ')' that closes it (left at that ')') or the end.
    private static List<string>? Alternatives(string p, ref int at)
    {
        var all = new List<string>();
        while (true)
        {
            if (Sequence(p, ref at) is not { } branch)
            {
                return null;
            }

            all.AddRange(branch);
            if (at < p.Length && p[at] == '|')
            {
                at++;
                continue;
            }

            return at == p.Length || p[at] == ')' ? all : null;
        }
    }

    // One branch: its zero-width opening skipped, then a literal run, or a group's starts (with what follows it when
    // the group may match nothing). Leaves `at` at the branch's end ('|', ')' or the end).
    private static List<string>? Sequence(string p, ref int at)
    {
        while (true)
        {
            if (p.AsSpan(at).StartsWith(@"\b") || p.AsSpan(at).StartsWith("^"))
            {
                at += p[at] == '^' ? 1 : 2;
            }
            else if (p.AsSpan(at).StartsWith("(?<!") || p.AsSpan(at).StartsWith("(?<=") || p.AsSpan(at).StartsWith("(?=") || p.AsSpan(at).StartsWith("(?!"))
            {
                if (SkipGroup(p, at) is not { } end)
                {
                    return null;
                }

                at = end;
            }
            else
            {
                break;
            }
        }

        List<string>? starts;
        if (DigitEnd(p, at) is { } digitEnd)
        {
            at = digitEnd;
            if (at < p.Length && p[at] is '?' or '*' || p.AsSpan(at).StartsWith("{0"))
            {
                return null;
            }

            starts = [AnyDigit];
        }
        else if (GroupBody(p, at) is { } body)
        {
            at = body;
            starts = Alternatives(p, ref at);
            if (starts is null || at >= p.Length || p[at] != ')')
            {
                return null;
            }

            at++;
            if (at < p.Length && p[at] is '?' or '*')
            {
                // "(?:from\s+)?May": either the group's words or the words after it.
                at++;
                if (at < p.Length && p[at] == '?')
                {
                    at++;
                }

                if (Sequence(p, ref at) is not { } rest)
                {
                    return null;
                }

                return [.. starts, .. rest];
            }

            if (at < p.Length && p[at] == '{')
            {
                return null;
            }
        }
        else
        {
            var literal = new System.Text.StringBuilder();
            while (at < p.Length)
            {
                var c = p[at];
                if (char.IsLetterOrDigit(c) || c is '\'' or '’' or ' ' or '-' or ',' or ':' or ';' or '"' or '&' or '–' or '—')
                {
                    literal.Append(c);
                    at++;
                }
                else if (c == '\\' && at + 1 < p.Length && p[at + 1] is '.' or '-' or '\'' or '(' or ')' or '?' or '$' or '/')
                {
                    literal.Append(p[at + 1]);
                    at += 2;
                }
                else
                {
                    break;
                }
            }

            if (at < p.Length && p[at] is '?' or '*' or '{' && literal.Length > 0)
            {
                // The last character may be absent: only what comes before it is sure.
                literal.Length--;
            }

            if (literal.Length == 0)
            {
                return null;
            }

            starts = [literal.ToString()];
        }

        // The rest of the branch matters no more for where it starts: skip to its end.
        return SkipToBranchEnd(p, ref at) ? starts : null;
    }

    // The index after a digit at `at` ("\d", or a class of digits and ranges of them: "[12]", "[1-4]"), or null.
    private static int? DigitEnd(string p, int at)
    {
        if (p.AsSpan(at).StartsWith(@"\d"))
        {
            return at + 2;
        }

        if (at >= p.Length || p[at] != '[' || SkipClass(p, at) is not { } end)
        {
            return null;
        }

        var body = p.AsSpan(at + 1, end - at - 2);
        return body.Length > 0 && char.IsAsciiDigit(body[0]) && !body.ContainsAnyExcept(DigitClassCharacters) ? end : null;
    }

    // Where the body of a plain group starts ("(?:", "(?<name>", "(?-i:", "(?i:", "("), or null for any other construct.
    private static int? GroupBody(string p, int at)
    {
        if (at >= p.Length || p[at] != '(')
        {
            return null;
        }

        if (!p.AsSpan(at).StartsWith("(?"))
        {
            return at + 1;
        }

        if (p.AsSpan(at).StartsWith("(?:"))
        {
            return at + 3;
        }

        if (p.AsSpan(at).StartsWith("(?<") && at + 3 < p.Length && char.IsLetter(p[at + 3]))
        {
            var close = p.IndexOf('>', at);
            return close < 0 ? null : close + 1;
        }

        if (p.AsSpan(at).StartsWith("(?-i:") || p.AsSpan(at).StartsWith("(?i:"))
        {
            return p.IndexOf(':', at) + 1;
        }

        return null;
    }

    // The index after the group that opens at `at`, minding escapes and character classes.
    private static int? SkipGroup(string p, int at)
    {
        var depth = 0;
        for (var i = at; i < p.Length; i++)
        {
            switch (p[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    if (SkipClass(p, i) is not { } end)
                    {
                        return null;
                    }

                    i = end - 1;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        return null;
    }

    private static int? SkipClass(string p, int at)
    {
        for (var i = at + 1; i < p.Length; i++)
        {
            if (p[i] == '\\')
            {
                i++;
            }
            else if (p[i] == ']' && i > at + 1)
            {
                return i + 1;
            }
        }

        return null;
    }

    // Moves past the rest of a branch to its '|', its closing ')' or the end.
    private static bool SkipToBranchEnd(string p, ref int at)
    {
        while (at < p.Length && p[at] is not '|' and not ')')
        {
            switch (p[at])
            {
                case '\\':
                    at += 2;
                    break;
                case '[':
                    if (SkipClass(p, at) is not { } classEnd)
                    {
                        return false;
                    }

                    at = classEnd;
                    break;
                case '(':
                    if (SkipGroup(p, at) is not { } groupEnd)
                    {
                        return false;
                    }

                    at = groupEnd;
                    break;
                default:
                    at++;
                    break;
            }
        }

        return at <= p.Length;
    }
}
