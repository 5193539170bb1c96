namespace Bot.Core.Analysis.Time;

/// <summary>
/// The holidays English-language news dates things by (US, UK, Commonwealth and international), each as the day it
/// falls on in a given year: a fixed date, the nth weekday of a month, or a day counted from Easter. A name that
/// differs by country ("Labour Day", "Thanksgiving" in Canada) takes its US reading only where the US spelling or
/// the US holiday is meant in most English-language news; "May Day" (1 May, or the UK's first Monday in May, or a
/// parade's name) is left out.
/// </summary>
internal static class Holidays
{
    /// <summary>The names <see cref="TemporalPatterns.Holiday"/> matches; <see cref="DayIn"/> reads what it matched.</summary>
    public const string Names =
        @"christmas\s+eve|christmas\s+day|christmas|boxing\s+day|new\s+year['’]?s\s+eve|new\s+year['’]?s\s+day|new\s+year\s+day|new\s+year['’]?s"
        + @"|easter\s+sunday|easter\s+monday|easter|good\s+friday|palm\s+sunday|ash\s+wednesday|maundy\s+thursday|shrove\s+tuesday|pentecost|whit\s+sunday"
        + @"|halloween|valentine['’]?s\s+day|thanksgiving(?:\s+day)?|black\s+friday|cyber\s+monday|juneteenth|guy\s+fawkes\s+night|bonfire\s+night"
        + @"|(?:independence|memorial|labor|columbus|veterans['’]?|armistice|remembrance|earth|canada|australia|anzac|bastille)\s+day"
        + @"|(?:presidents?['’]?|mothers?['’]?|fathers?['’]?|(?:st\.?|saint)\s+patrick['’]?s|(?:st\.?|saint)\s+george['’]?s|international\s+workers['’]?)\s+day"
        + @"|(?:martin\s+luther\s+king(?:\s+jr\.?)?|mlk)(?:\s+jr\.?)?\s+day";

    /// <summary>The day the holiday named <paramref name="name"/> (as <see cref="Names"/> matched it) falls on in <paramref name="year"/>.</summary>
    public static DateOnly DayIn(string name, int year)
    {
        var key = Key(name);
        return key switch
        {
            "christmas eve" => new DateOnly(year, 12, 24),
            "christmas" or "christmas day" => new DateOnly(year, 12, 25),
            "boxing day" => new DateOnly(year, 12, 26),
            "new years eve" => new DateOnly(year, 12, 31),
            "new years day" or "new year day" or "new years" => new DateOnly(year, 1, 1),
            "easter" or "easter sunday" => EasterSunday(year),
            "easter monday" => EasterSunday(year).AddDays(1),
            "good friday" => EasterSunday(year).AddDays(-2),
            "maundy thursday" => EasterSunday(year).AddDays(-3),
            "palm sunday" => EasterSunday(year).AddDays(-7),
            "ash wednesday" => EasterSunday(year).AddDays(-46),
            "shrove tuesday" => EasterSunday(year).AddDays(-47),
            "pentecost" or "whit sunday" => EasterSunday(year).AddDays(49),
            "halloween" => new DateOnly(year, 10, 31),
            "valentines day" => new DateOnly(year, 2, 14),
            "thanksgiving" or "thanksgiving day" => Nth(year, 11, DayOfWeek.Thursday, 4),
            "black friday" => Nth(year, 11, DayOfWeek.Thursday, 4).AddDays(1),
            "cyber monday" => Nth(year, 11, DayOfWeek.Thursday, 4).AddDays(4),
            "juneteenth" => new DateOnly(year, 6, 19),
            "guy fawkes night" or "bonfire night" => new DateOnly(year, 11, 5),
            "independence day" => new DateOnly(year, 7, 4),
            "memorial day" => Nth(year, 5, DayOfWeek.Monday, -1),
            "labor day" => Nth(year, 9, DayOfWeek.Monday, 1),
            "columbus day" => Nth(year, 10, DayOfWeek.Monday, 2),
            "veterans day" or "armistice day" or "remembrance day" => new DateOnly(year, 11, 11),
            "earth day" => new DateOnly(year, 4, 22),
            "international workers day" => new DateOnly(year, 5, 1),
            "canada day" => new DateOnly(year, 7, 1),
            "australia day" => new DateOnly(year, 1, 26),
            "anzac day" => new DateOnly(year, 4, 25),
            "bastille day" => new DateOnly(year, 7, 14),
            "presidents day" or "president day" => Nth(year, 2, DayOfWeek.Monday, 3),
            "mothers day" or "mother day" => Nth(year, 5, DayOfWeek.Sunday, 2),
            "fathers day" or "father day" => Nth(year, 6, DayOfWeek.Sunday, 3),
            "st patricks day" => new DateOnly(year, 3, 17),
            "st georges day" => new DateOnly(year, 4, 23),
            _ => Nth(year, 1, DayOfWeek.Monday, 3), // Martin Luther King Jr. Day
        };
    }

    /// <summary>The <paramref name="n"/>th <paramref name="weekday"/> of a month; -1 is the last one.</summary>
    public static DateOnly Nth(int year, int month, DayOfWeek weekday, int n)
    {
        if (n < 0)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
        }

        var first = new DateOnly(year, month, 1);
        return first.AddDays((((int)weekday - (int)first.DayOfWeek + 7) % 7) + (7 * (n - 1)));
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Lower case, single spaces, no apostrophes or full stops, "saint" as "st".</summary>
    private static string Key(string name)
    {
        var words = name.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal)
            .Replace(".", "", StringComparison.Ordinal).Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).Replace("saint ", "st ", StringComparison.Ordinal);
    }
}
