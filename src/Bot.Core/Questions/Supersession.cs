using System.Text.RegularExpressions;

namespace Bot.Core.Questions;

/// <summary>
/// How news marks what a plan had before it changed, in the words before a date or a place: "was to be held in
/// Oslo", "had been due by the end of March", "originally planned for"; and for dates also "postponed from 14
/// September to ...". What follows such words is the old plan, not the answer.
/// </summary>
public static partial class Supersession
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static Regex OldPlanRegex() => OldPlanRegexField.Value;
    private static readonly Lazy<Regex> OldPlanRegexField = new(() => new Regex(@"\b(?:was|were|had\s+been)\s+(?:first\s+|originally\s+|initially\s+)?(?:due|to|set|planned|scheduled|expected)\b[^,;]*$|\b(?:originally|initially|first)\s+(?:due|planned|set|scheduled)\b[^,;]*$", Options));

    private static Regex FromRegex() => FromRegexField.Value;
    private static readonly Lazy<Regex> FromRegexField = new(() => new Regex(@"\bfrom\s+(?:the\s+)?(?:\w+\s+){0,2}$", Options));

    /// <summary>The words before a place give the plan it was part of before it changed ("It was to be held in").</summary>
    public static bool MarksOldPlace(string before) => OldPlanRegex().IsMatch(before);

    /// <summary>The words before a date give the date a plan had before it moved ("postponed from", "had been due by").</summary>
    public static bool MarksOldDate(string before) => FromRegex().IsMatch(before) || OldPlanRegex().IsMatch(before);
}
