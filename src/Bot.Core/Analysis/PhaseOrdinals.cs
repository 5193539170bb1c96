using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Analysis;

/// <summary>One phase named by its place in a plan: "phase two", "Stage 3", "the second phase", "the final stage".</summary>
public readonly record struct PhaseOrdinal(int Number, int Start, int Length)
{
    /// <summary>"the final phase", "the last stage": the plan's last phase, whatever its number.</summary>
    public const int Final = -1;
}

/// <summary>Finds phases named by ordinal. The one home of the words for "phase" and for ordinals.</summary>
/// <remarks>
/// Plans are written in phases, stages, steps, tranches and rounds ("the second step", "tranche two", "the final
/// round"); a round of talks is a meeting, not a part of the plan.
/// </remarks>
public static partial class PhaseOrdinals
{
    /// <summary>The nouns of a plan's parts, singular: the one list the expressions and the quick check below are made of.</summary>
    private static readonly string[] NounList = ["phase", "stage", "step", "tranche", "round"];

    /// <summary>A round of talks (or of voting) is a meeting, not a part of the plan.</summary>
    private const string NotAMeeting = @"(?!\s+of\s+(?:talks|negotiations|discussions|consultations|meetings|voting))";

    /// <summary>The nouns of a plan's parts, singular, as an expression; <see cref="PluralNouns"/> is the same list for counts.</summary>
    public static readonly string Nouns = "(?:" + string.Join('|', NounList) + NotAMeeting + ")";

    public static readonly string PluralNouns = "(?:" + string.Join('|', NounList.Select(n => n + "s")) + NotAMeeting + ")";

    /// <summary>
    /// The nouns a plan's parts are counted in: the plan nouns, and words that name no part on their own ("the second
    /// wave" of a disease, "Section 2" of a law) but do in a count or list ("a return in three waves: Zone 7 first, …";
    /// "the line opens in sections: …").
    /// </summary>
    public static readonly string CountedNouns = "(?:" + string.Join('|', NounList.Select(n => n + "s").Concat(["waves", "sections", "batches"])) + NotAMeeting + ")";

    /// <summary>The words <see cref="Nouns"/> begins with (none has a letter whose case ignoring ordinal comparison misses, such as the Kelvin sign's k).</summary>
    private static readonly SearchValues<string> NounWords = SearchValues.Create(NounList, StringComparison.OrdinalIgnoreCase);

    private static readonly string[] Cardinals = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    private static readonly string[] Ordinals = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    private static LeadingWords NumberedRegex() => NumberedRegexField.Value;
    private static readonly Lazy<LeadingWords> NumberedRegexField = new(() => new LeadingWords(@"\b" + Nouns + @"\s+(?<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture));

    private static LeadingWords OrdinalRegex() => OrdinalRegexField.Value;
    private static readonly Lazy<LeadingWords> OrdinalRegexField = new(() => new LeadingWords(@"\b(?<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|initial|final|last|1st|2nd|3rd|4th|5th|6th)\s+" + Nouns + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture));

    private static LeadingWords AboutRegex() => AboutRegexField.Value;
    private static readonly Lazy<LeadingWords> AboutRegexField = new(() => new LeadingWords(@"\b(?:talks|negotiations|discussions|conference|meeting|summit|consultations?|referendum|ballot|vote|debate|plans?|bookings?|appointments?|registrations?|sign-?ups?|applications?|tickets|funding)\s+(?:on|about|over|for|into)\s+(?:the\s+|this\s+|its\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    /// <summary>"Talks on the second phase", "a conference on the third phase", "booking for Phase 1 opens": the phase is what something else is about.</summary>
    public static bool IsAbout(string text, PhaseOrdinal ordinal) => AboutRegex().IsMatch(text[Math.Max(0, ordinal.Start - 40)..ordinal.Start]);

    /// <summary>"Phase", "stage", "Round": a word for a part of a plan (singular), whatever its case.</summary>
    public static bool IsPartNoun(string word) => Array.Exists(NounList, n => n.Equals(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every phase named in <paramref name="text"/>, in text order.</summary>
    public static IReadOnlyList<PhaseOrdinal> Find(string text)
    {
        // Both expressions need one of the nouns, and most sentences have none: a vectorised search for the words costs
        // a small part of running the expressions over every position of the sentence.
        if (!text.AsSpan().ContainsAny(NounWords))
        {
            return [];
        }

        var found = new List<PhaseOrdinal>();
        foreach (Match match in NumberedRegex().Matches(text))
        {
            found.Add(new PhaseOrdinal(Number(match.Groups["n"].Value), match.Index, match.Length));
        }

        foreach (Match match in OrdinalRegex().Matches(text))
        {
            found.Add(new PhaseOrdinal(Number(match.Groups["o"].Value), match.Index, match.Length));
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>A count word or digits ("three", "3"), or null.</summary>
    public static int? Count(string word)
    {
        var lower = word.ToLowerInvariant();
        var index = Array.IndexOf(Cardinals, lower);
        if (index > 0)
        {
            return index;
        }

        return int.TryParse(lower, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && n < 100 ? n : null;
    }

    /// <summary>"phase-2": the subject word that marks a phase in <see cref="SubjectWords"/>.</summary>
    public static string Key(int number) => number == PhaseOrdinal.Final ? "phase-final" : "phase-" + number.ToString(CultureInfo.InvariantCulture);

    public static bool TryParseKey(string word, out int number)
    {
        number = 0;
        if (!word.StartsWith("phase-", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = word["phase-".Length..];
        if (rest == "final")
        {
            number = PhaseOrdinal.Final;
            return true;
        }

        return int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    private static int Number(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower is "final" or "last")
        {
            return PhaseOrdinal.Final;
        }

        if (lower == "initial")
        {
            return 1;
        }

        var ordinal = Array.IndexOf(Ordinals, lower);
        if (ordinal > 0)
        {
            return ordinal;
        }

        var digits = lower.TrimEnd('s', 't', 'n', 'd', 'r', 'h');
        return Count(digits) ?? 1;
    }
}
