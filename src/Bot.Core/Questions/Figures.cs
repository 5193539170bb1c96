using System.Text.RegularExpressions;

namespace Bot.Core.Questions;

/// <summary>A figure a sentence gives: its words as written ("about 2,000", "$1.2 billion") and where they stand.</summary>
/// <param name="IsAge">An age ("aged 60 to 74", "people 75 and over", "a 58-year-old"): a count of years of the people, not of them.</param>
public sealed partial record Figure(string Text, int Start, bool IsAge = false)
{
    private static Regex MoneyOrShareRegex() => MoneyOrShareRegexField.Value;
    private static readonly Lazy<Regex> MoneyOrShareRegexField = new(() => new Regex(@"[$€£%]|\b(?:million|billion|trillion|per\s*cent|percent|dollars|euros|pounds)\b", RegexOptions.IgnoreCase));

    private static Regex DurationRegex() => DurationRegexField.Value;
    private static readonly Lazy<Regex> DurationRegexField = new(() => new Regex(@"\b(?:second|minute|hour|day|week|month|year)s?\b", RegexOptions.IgnoreCase));

    private static Regex MeasureRegex() => MeasureRegexField.Value;
    private static readonly Lazy<Regex> MeasureRegexField = new(() => new Regex(@"\b(?:km/h|km|kilometres|kilometers|miles|mph|tonnes|tons)\b", RegexOptions.IgnoreCase));

    /// <summary>A speed, a distance or a weight ("74 km/h", "25 mph", "10 tons"): what "how strong / fast / far / heavy" asks for.</summary>
    public bool IsMeasure => MeasureRegex().IsMatch(Text);

    /// <summary>An amount of money or a share ("£180 million", "78%"): what "how much" asks for.</summary>
    public bool IsAmount => MoneyOrShareRegex().IsMatch(Text);

    /// <summary>A length of time ("42 days", "five-day"): what "how long" asks for.</summary>
    public bool IsDuration => DurationRegex().IsMatch(Text);
}

/// <summary>
/// Finds the figures in a sentence: numerals with their hedges and units ("more than 1,200", "$3 million",
/// "40 per cent") and number words ("two", "dozens", "hundreds of"). Years, days of a month and clock times are
/// dates, not figures.
/// </summary>
public static partial class Figures
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static Regex FigureRegex() => FigureRegexField.Value;
    private static readonly Lazy<Regex> FigureRegexField = new(() => new Regex(
        @"(?<![\w.,:])(?:(?:about|some|around|nearly|almost|roughly|approximately|an\s+estimated|estimated|more\s+than|over|at\s+least|up\s+to|fewer\s+than|less\s+than|under|just\s+over|just\s+under)\s+)?" +
        @"(?<number>[$€£]\s?\d[\d,]*(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:a\s+)?(?:dozen|dozens|hundreds|thousands|tens\s+of\s+thousands|millions)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|a\s+thousand)" +
        @"(?:(?:\s*|-)(?:million|billion|trillion|thousand|hundred|per\s*cent|percent|%|km/h|km|kilometres|kilometers|miles|mph|tonnes|tons|dollars|euros|pounds|(?:a\s+)?(?:second|minute|hour|day|week|month|year)s?))*(?![\w])",
        Options));

    private static Regex MonthAfterRegex() => MonthAfterRegexField.Value;
    private static readonly Lazy<Regex> MonthAfterRegexField = new(() => new Regex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b", Options));

    private static Regex MonthBeforeRegex() => MonthBeforeRegexField.Value;
    private static readonly Lazy<Regex> MonthBeforeRegexField = new(() => new Regex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*$", Options));

    private static Regex ClockOrOrdinalAfterRegex() => ClockOrOrdinalAfterRegexField.Value;
    private static readonly Lazy<Regex> ClockOrOrdinalAfterRegexField = new(() => new Regex(@"^(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|:\d\d)|(?:st|nd|rd|th)\b)", Options));

    // "aged 60 to 74", "over the age of 65", "ages 5 to 11", "people 75 and over", "a 58-year-old", and news's "Graham
    // Tolley, 58, of Marlow": the words around the number say how old.
    private static Regex AgeBeforeRegex() => AgeBeforeRegexField.Value;
    private static readonly Lazy<Regex> AgeBeforeRegexField = new(() => new Regex(@"\b(?:aged|ages?|age\s+of)\s+(?:(?:between|under|over|from|of)\s+)?(?:\d+\s*(?:to|and|-|–)\s*)?$", Options));

    private static Regex AgeAfterRegex() => AgeAfterRegexField.Value;
    private static readonly Lazy<Regex> AgeAfterRegexField = new(() => new Regex(@"^(?:\s*(?:to|-|–)\s*\d+)?(?:\s*(?:and|or)\s+(?:over|older|above|under|younger)\b|\s*\+|s?[\s-]+old\b|s?-olds?\b)", Options));

    private static Regex NameBeforeRegex() => NameBeforeRegexField.Value;
    private static readonly Lazy<Regex> NameBeforeRegexField = new(() => new Regex(@"\p{Lu}[\p{L}'’-]+,\s*$", RegexOptions.CultureInvariant));

    private static bool IsAge(string number, string figure, string before, string after)
    {
        if (!char.IsDigit(number[0]) || number.Length > 3)
        {
            return false;
        }

        var bare = figure == number;
        var inYears = bare || figure.TrimEnd('s').EndsWith("year", StringComparison.OrdinalIgnoreCase);
        return (bare && AgeBeforeRegex().IsMatch(before)) || (bare && NameBeforeRegex().IsMatch(before) && after.StartsWith(',')) || (inYears && AgeAfterRegex().IsMatch(after));
    }

    // "Phase 2", "route 7", "Article 5", "No. 3": a number that names one of a series, not a count.
    private static Regex LabelBeforeRegex() => LabelBeforeRegexField.Value;
    private static readonly Lazy<Regex> LabelBeforeRegexField = new(() => new Regex(@"\b(?:phase|stage|step|round|part|route|line|number|no\.|article|section|chapter|clause|level|category|grade|platform|gate|terminal|flight|runway|pier|berth|block|ward|unit|item|game|match|lot|bus|tier|zone)\s+$", Options));

    public static IReadOnlyList<Figure> In(string sentence)
    {
        var figures = new List<Figure>();
        foreach (Match match in FigureRegex().Matches(sentence))
        {
            var number = match.Groups["number"].Value;
            var after = sentence[(match.Index + match.Length)..];
            var before = sentence[..match.Index];
            var isYear = number.Length == 4 && int.TryParse(number, out var year) && year is >= 1800 and <= 2100 && match.Value == number;
            var isDay = char.IsDigit(number[0]) && number.Length <= 2 && (MonthAfterRegex().IsMatch(after.TrimStart()) || MonthBeforeRegex().IsMatch(before));
            var isLabel = char.IsDigit(number[0]) && match.Value == number && LabelBeforeRegex().IsMatch(before);
            if (isYear || isDay || isLabel || ClockOrOrdinalAfterRegex().IsMatch(after))
            {
                continue;
            }

            figures.Add(new Figure(match.Value.Trim(), match.Index, IsAge(number, match.Value.Trim(), before, after)));
        }

        return figures;
    }
}
