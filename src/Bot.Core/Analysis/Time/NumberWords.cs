using System.Globalization;

namespace Bot.Core.Analysis.Time;

/// <summary>
/// Numbers as news writes them in dates and counts: digits, "twenty-one", "twenty first", "nineteen ninety-six",
/// "two thousand and fifteen". The patterns are regular-expression fragments without nested quantifiers.
/// </summary>
internal static class NumberWords
{
    private const string Units = "one|two|three|four|five|six|seven|eight|nine";
    private const string Teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private const string Tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private const string UnitOrdinals = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth";

    /// <summary>1 to 99 in words: "seven", "seventeen", "seventy", "seventy-five".</summary>
    public const string Cardinal = "(?:(?:" + Tens + ")(?:[ -](?:" + Units + "))?|" + Teens + "|" + Units + ")";

    /// <summary>1st to 31st in words: "first", "twelfth", "twenty-first", "thirtieth".</summary>
    public const string Ordinal =
        "(?:(?:twenty|thirty)[ -](?:" + UnitOrdinals + ")|twentieth|thirtieth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
        + "|sixteenth|seventeenth|eighteenth|nineteenth|" + UnitOrdinals + ")";

    /// <summary>
    /// A year in words: "nineteen ninety-six", "nineteen oh one", "seventeen hundred thirty three",
    /// "two thousand", "two thousand and fifteen", "twenty twenty-six".
    /// </summary>
    public const string Year =
        "(?:(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[ -]"
        + "(?:hundred(?: and)?(?: (?:" + Cardinal + "))?|(?:oh|zero)[ -](?:" + Units + ")|(?:" + Tens + ")(?:[ -](?:" + Units + "))?|" + Teens + ")"
        + "|two thousand(?:(?: and)? (?:" + Cardinal + "))?)";

    /// <summary>A count: digits, words, "a", "an", "a couple of", "a few", "several", "a fortnight" aside.</summary>
    public const string Count = @"(?:\d{1,3}|" + Cardinal + "|an?|a couple of|a few|few|several)";

    private static readonly Dictionary<string, int> Values = BuildValues();

    /// <summary>The value of a count or a day in digits or words ("21", "21st", "twenty-first", "a", "a few" = 3); null if none.</summary>
    public static int? Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            return null;
        }

        if (char.IsAsciiDigit(text[0]))
        {
            var digits = 0;
            while (digits < text.Length && char.IsAsciiDigit(text[digits]))
            {
                digits++;
            }

            return int.TryParse(text[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
        }

        var normalized = text.ToString().ToLowerInvariant().Replace('-', ' ');
        if (Values.TryGetValue(normalized, out var single))
        {
            return single;
        }

        // "twenty one", "seventy-fifth": tens then a unit.
        var space = normalized.IndexOf(' ', StringComparison.Ordinal);
        return space > 0
            && Values.TryGetValue(normalized[..space], out var tens) && tens % 10 == 0 && tens >= 20
            && Values.TryGetValue(normalized[(space + 1)..], out var unit) && unit < 10
            ? tens + unit
            : null;
    }

    /// <summary>The year a spelled-out year names ("nineteen ninety-six" = 1996, "two thousand and fifteen" = 2015).</summary>
    public static int? ParseYear(ReadOnlySpan<char> text)
    {
        var words = text.ToString().ToLowerInvariant().Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != "and").ToArray();
        if (words.Length >= 2 && words[0] == "two" && words[1] == "thousand")
        {
            return words.Length == 2 ? 2000 : Parse(string.Join(' ', words[2..])) is { } rest and < 100 ? 2000 + rest : null;
        }

        if (words.Length < 2 || Parse(words[0]) is not { } century || century is < 11 or > 20)
        {
            return null;
        }

        var tail = words[1..];
        if (tail[0] == "hundred")
        {
            return tail.Length == 1 ? century * 100 : Parse(string.Join(' ', tail[1..])) is { } n and < 100 ? (century * 100) + n : null;
        }

        if (tail[0] is "oh" or "zero")
        {
            return tail.Length == 2 && Parse(tail[1]) is { } u and < 10 ? (century * 100) + u : null;
        }

        return Parse(string.Join(' ', tail)) is { } last and >= 10 and < 100 ? (century * 100) + last : null;
    }

    /// <summary>Whether <paramref name="word"/> is an ordinal in words ("first", "twenty-first"), not a cardinal.</summary>
    public static bool IsOrdinal(string word) =>
        word.EndsWith("st", StringComparison.OrdinalIgnoreCase) || word.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || word.EndsWith("th", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, int> BuildValues()
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["a"] = 1, ["an"] = 1, ["a couple of"] = 2, ["a few"] = 3, ["few"] = 3, ["several"] = 3,
        };
        string[] cardinals = [.. Units.Split('|'), .. Teens.Split('|')];
        string[] ordinals =
        [
            .. UnitOrdinals.Split('|'), "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth",
        ];
        for (var i = 0; i < cardinals.Length; i++)
        {
            values[cardinals[i]] = i + 1;
            values[ordinals[i]] = i + 1;
        }

        var tens = Tens.Split('|');
        for (var i = 0; i < tens.Length; i++)
        {
            values[tens[i]] = (i + 2) * 10;
        }

        values["twentieth"] = 20;
        values["thirtieth"] = 30;
        return values;
    }
}
