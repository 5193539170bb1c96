using System.Text.RegularExpressions;

namespace Bot.Core.Analysis;

/// <summary>
/// Whether a sentence points back to something the text already named ("the plan", "the base", "he", "under it"):
/// such a sentence, when it names nothing itself, is about what the sentence before it is about.
/// </summary>
public static partial class ReferBack
{
    [GeneratedRegex(@"^(?:the|this|that|these|those|its|their|his|her|it|they|he|she|such)\b|\b(?:he|she|it|they|him|them|his|its|their|this|these|those|the\s+same)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Referring();

    public static bool RefersBack(string sentence) =>
        !sentence.TrimEnd().EndsWith('?') && Referring().IsMatch(sentence);
}
