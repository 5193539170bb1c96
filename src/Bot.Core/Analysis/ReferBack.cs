using System.Text.RegularExpressions;

namespace Bot.Core.Analysis;

/// <summary>
/// Whether a sentence points back to something the text already named ("the plan", "the base", "he", "under it"):
/// such a sentence, when it names nothing itself, is about what the sentence before it is about. So is one that opens
/// with a share of something already named ("Of the members who voted, 99% ...").
/// </summary>
public static partial class ReferBack
{
    private static LeadingWords Referring() => ReferringField.Value;
    private static readonly Lazy<LeadingWords> ReferringField = new(() => new LeadingWords(@"^(?:the|this|that|these|those|its|their|his|her|it|they|he|she|such)\b|^(?:of|most\s+of|some\s+of|all\s+of|many\s+of|none\s+of)\s+(?:the|these|those|them)\b|\b(?:he|she|it|they|him|them|his|its|their|this|these|those|the\s+same)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    private static Regex Pronoun() => PronounField.Value;
    private static readonly Lazy<Regex> PronounField = new(() => new Regex(@"^[“""]?(?:He|She|They|His|Her|Their|It|Its|This|That|These|Those)\s", RegexOptions.CultureInvariant));

    /// <summary>"He said …", "She told …", "Those talks …": the sentence is about what the text named just before.</summary>
    public static bool OpensWithPronoun(string sentence) => Pronoun().IsMatch(sentence);

    public static bool RefersBack(string sentence) =>
        !sentence.TrimEnd().EndsWith('?') && Referring().IsMatch(sentence);
}
