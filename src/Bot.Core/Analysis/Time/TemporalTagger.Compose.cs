using System.Text.RegularExpressions;

namespace Bot.Core.Analysis.Time;

/// <summary>How candidates combine into one date, and the words around a date that change its role.</summary>
public static partial class TemporalTagger
{
    private static readonly (string Phrase, TemporalRole Role)[] Cues =
    [
        ("on or before", TemporalRole.By),
        ("no later than", TemporalRole.By),
        ("not later than", TemporalRole.By),
        ("by", TemporalRole.By),
        ("before", TemporalRole.By),
        ("until at least", TemporalRole.Until),
        ("until", TemporalRole.Until),
        ("till", TemporalRole.Until),
        ("through", TemporalRole.Until),
        ("throughout", TemporalRole.Until),
    ];

    // "The end of X" is a deadline even without "by": the statement is done when X ends.
    private static readonly (string Phrase, bool IsEnd)[] Qualifiers =
    [
        ("the end of", true),
        ("end of", true),
        ("the beginning of", false),
        ("beginning of", false),
        ("the start of", false),
        ("start of", false),
        ("the middle of", false),
        ("middle of", false),
        ("early", false),
        ("mid-", false),
        ("mid", false),
        ("late", false),
    ];

    private static Regex WeekdayWeekGap() => WeekdayWeekGapField.Value;
    private static readonly Lazy<Regex> WeekdayWeekGapField = new(() => new Regex(@"^\s*(?:,\s*)?(?:(?:of|on|in)\s+)?(?:the\s+)?$|^\s*[-–]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    private static Regex OrdinalGap() => OrdinalGapField.Value;
    private static readonly Lazy<Regex> OrdinalGapField = new(() => new Regex(@"^\s*(?:(?:of|in)\s+)?(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    private static Regex RangeGap() => RangeGapField.Value;
    private static readonly Lazy<Regex> RangeGapField = new(() => new Regex(@"^\s*(?<joint>-|–|to|until|till|through|and)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture));

    private static Regex YearAfterGap() => YearAfterGapField.Value;
    private static readonly Lazy<Regex> YearAfterGapField = new(() => new Regex(@"^\s+(?:(?:of|in)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    private static Regex WordsOnly() => WordsOnlyField.Value;
    private static readonly Lazy<Regex> WordsOnlyField = new(() => new Regex(@"^[\p{L}' ]*$", RegexOptions.CultureInvariant));

    /// <summary>Adds the compositions of neighbouring candidates; the longest reading wins later, so a part left alone still stands.</summary>
    private static void Compose(string sentence, List<Candidate> candidates)
    {
        if (candidates.Count < 2)
        {
            return;
        }

        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var added = new List<Candidate>();
        foreach (var c in candidates)
        {
            if (c.IsRange || Next(candidates, c) is not { } next || next.IsRange)
            {
                continue;
            }

            var gap = sentence.AsSpan(c.End, next.Start - c.End);
            if (c.Kind == Kind.NeedsBase)
            {
                if (next.Kind != Kind.NeedsBase && BaseFits(c, next, gap))
                {
                    added.Add(new Candidate(c.Start, next.End, r => next.Resolve(r) is { } p ? c.Apply!(p) : null) { IsRelative = next.IsRelative });
                }

                continue;
            }

            if ((c.Kind, next.Kind) is (Kind.Weekday, Kind.Week or Kind.Landing) or (Kind.Week or Kind.Landing, Kind.Weekday) && WeekdayWeekGap().IsMatch(gap))
            {
                // "Friday next week", "Monday two weeks from now": that weekday of the week named or landed in.
                var (day, week) = c.Kind == Kind.Weekday ? (c, next) : (next, c);
                var offset = (day.Number + 6) % 7;
                added.Add(new Candidate(c.Start, next.End, r => week.Resolve(r) is { } p ? DatePeriod.Day(DatePeriod.WeekOf(p.Start).Start.AddDays(offset)) : null) { IsRelative = true });
                continue;
            }

            if ((c.Kind is Kind.MonthName or Kind.Holiday) && next.Kind == Kind.RelativeYear && YearAfterGap().IsMatch(gap))
            {
                // "June next year", "Independence Day of this year": that month or holiday in the year named.
                var (month, inYear) = (c.Number, c.Apply);
                added.Add(new Candidate(c.Start, next.End, r => next.Resolve(r) is not { } year ? null
                    : inYear is not null ? inYear(year) : DatePeriod.Month(year.Start.Year, month)) { IsRelative = true });
                continue;
            }

            // "Friday-Jun-15" is the weekday of that date, not a range from Friday.
            var weekdayOfDate = c.IsWeekday && next.Kind == Kind.DayMonth && gap is "-";
            if (!weekdayOfDate && next.Kind != Kind.NeedsBase && RangeGap().Match(gap.ToString()) is { Success: true } joint && RangeStart(sentence, c.Start, joint.Groups["joint"].Value) is { } start)
            {
                added.Add(new Candidate(start, next.End, r => Range(c, next, r)) { IsRelative = c.IsRelative || next.IsRelative });
            }
        }

        candidates.AddRange(added);
    }

    /// <summary>The nearest candidate that starts after <paramref name="c"/> ends (the longest of those starting there).</summary>
    private static Candidate? Next(List<Candidate> sorted, Candidate c)
    {
        foreach (var other in sorted)
        {
            if (other.Start >= c.End && other.Kind != Kind.NeedsBase)
            {
                return other;
            }
        }

        return null;
    }

    private static bool BaseFits(Candidate c, Candidate next, ReadOnlySpan<char> gap)
    {
        if (c.GapWords == 0)
        {
            // "The 15th of June" is a date of its own; an ordinal takes a month or year named another way ("of next month").
            // "The second Sunday" is a weekday counted in its month, not the 2nd of a month.
            return OrdinalGap().IsMatch(gap) && !(c.Day > 0 && (next.Kind == Kind.MonthName || next.IsWeekday));
        }

        if (!WordsOnly().IsMatch(gap))
        {
            return false;
        }

        var words = gap.Trim();
        return words.IsEmpty || words.Count(' ') + 1 <= c.GapWords;
    }

    /// <summary>Where a range starts: at "from" or "between" before its first date; a dash needs neither, "and" needs "between".</summary>
    private static int? RangeStart(string sentence, int first, string joint)
    {
        var before = sentence.AsSpan(0, first);
        var cue = EndsWithWord(before, "from") ? "from" : EndsWithWord(before, "between") ? "between" : null;
        var cueStart = cue is null ? first : before.TrimEnd().Length - cue.Length;
        return joint switch
        {
            "-" or "–" => cueStart,
            _ when joint.Equals("and", StringComparison.OrdinalIgnoreCase) => cue == "between" ? cueStart : null,
            _ => cue == "from" ? cueStart : null,
        };
    }

    /// <summary>The span from the first date to the second; a part named without its year takes the other's ("from May to June 2026").</summary>
    private static DatePeriod? Range(Candidate first, Candidate last, Reading reading)
    {
        var to = last.Resolve(reading);
        var from = first.Resolve(reading);
        if (to is { } end && first.Kind is Kind.MonthName or Kind.DayMonth && last.Kind == Kind.WithYear)
        {
            var year = first.Number <= end.Start.Month ? end.Start.Year : end.Start.Year - 1;
            from = InYear(first, year) ?? from;
        }
        else if (from is { } begin && last.Kind is Kind.MonthName or Kind.DayMonth && first.Kind == Kind.WithYear)
        {
            var year = last.Number >= begin.Start.Month ? begin.Start.Year : begin.Start.Year + 1;
            to = InYear(last, year) ?? to;
        }

        else if (from is { } opening && last.Kind == Kind.Weekday)
        {
            // "from Thursday to Sunday": the Sunday after that Thursday, whichever way the clause looks.
            to = DatePeriod.Day(DateDirections.Weekday(opening.End, (DayOfWeek)last.Number, DateDirection.Ahead));
        }

        return from is { } f && to is { } t && t.End >= f.Start ? DatePeriod.Between(f, t) : null;
    }

    private static DatePeriod? InYear(Candidate c, int year) => c.Kind switch
    {
        Kind.MonthName => DatePeriod.Month(year, c.Number),
        _ when DateDirections.Valid(year, c.Number, c.Day) => DatePeriod.Day(new DateOnly(year, c.Number, c.Day)),
        _ => null,
    };

    /// <summary>Takes in "the end of", "early", "mid-" and a deadline cue standing right before the expression.</summary>
    private static Candidate Widen(string sentence, Candidate candidate)
    {
        var start = candidate.Start;
        var role = candidate.Role;
        // "the end of the third quarter": a "the" joins the date only when a qualifier or cue stands before it.
        var article = PhraseBefore(sentence, start, "the");
        foreach (var (phrase, isEnd) in Qualifiers)
        {
            if ((PhraseBefore(sentence, start, phrase) ?? (article is { } the ? PhraseBefore(sentence, the, phrase) : null)) is { } at)
            {
                start = at;
                if (isEnd && role == TemporalRole.At)
                {
                    role = TemporalRole.By;
                }

                break;
            }
        }

        // "before the thirty-first day of the month": a cue takes in the "the" it stands before; "by 6 p.m. Wednesday", the
        // time of day it stands before.
        var articleAfterCue = PhraseBefore(sentence, start, "the") ?? TimeOfDayBefore(sentence, start);
        foreach (var (phrase, cueRole) in Cues)
        {
            if ((PhraseBefore(sentence, start, phrase) ?? (articleAfterCue is { } the ? PhraseBefore(sentence, the, phrase) : null)) is { } at)
            {
                start = at;
                role = cueRole;
                break;
            }
        }

        return candidate with { Start = start, Role = role };
    }

    /// <summary>
    /// "before the winter", "before March": a deadline before a period is due before the period begins, unlike "by", which
    /// allows the whole of it; "before the end of March" names its end itself.
    /// </summary>
    private static bool IsBeforeItsStart(string sentence, int start)
    {
        var text = sentence.AsSpan(start);
        return text.StartsWith("before ", StringComparison.OrdinalIgnoreCase)
            && !text[7..].StartsWith("the end", StringComparison.OrdinalIgnoreCase) && !text[7..].StartsWith("end", StringComparison.OrdinalIgnoreCase);
    }

    private static Regex TimeOfDay() => TimeOfDayField.Value;
    private static readonly Lazy<Regex> TimeOfDayField = new(() => new Regex(
        @"(?<![\p{L}\p{N}])(?:\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am|pm)|\d{1,2}:\d{2}|noon|midday|midnight)(?:\s+(?:on|local\s+time|[A-Z]{2,4})\b)?,?\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    /// <summary>Where a time of day right before <paramref name="end"/> starts ("6 p.m. Wednesday", "noon on Friday").</summary>
    private static int? TimeOfDayBefore(string sentence, int end)
    {
        var from = Math.Max(0, end - 24);
        var window = sentence.AsSpan(from, end - from);
        var last = window.TrimEnd().TrimEnd(',');
        // A time of day ends in "p.m.", a digit, "noon", "midnight", "on", "time" or a zone ("GMT"): most dates have none of these before them.
        if (last.IsEmpty || !(last[^1] is '.' or 'm' or 'M' or 'n' or 'N' or 't' or 'T' or 'e' || char.IsAsciiDigit(last[^1]) || char.IsAsciiLetterUpper(last[^1]))
            || (window.IndexOfAnyInRange('0', '9') < 0 && !window.Contains("noon", StringComparison.OrdinalIgnoreCase) && !window.Contains("mid", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var match = TimeOfDay().Match(sentence, from, end - from);
        return match.Success && match.Index + match.Length == end ? match.Index : null;
    }

    /// <summary>Where <paramref name="phrase"/> starts when it stands as whole words right before <paramref name="end"/>.</summary>
    private static int? PhraseBefore(string sentence, int end, string phrase)
    {
        var position = end;
        // A phrase ending in a hyphen ("mid-") is glued to what follows; any other is separated by whitespace.
        if (phrase[^1] != '-')
        {
            var trimmed = position;
            while (trimmed > 0 && char.IsWhiteSpace(sentence[trimmed - 1]))
            {
                trimmed--;
            }

            if (trimmed == position)
            {
                return null;
            }

            position = trimmed;
        }

        // Compare word by word from the end so that "no  later than" matches "no later than".
        var words = phrase.AsSpan();
        while (!words.IsEmpty)
        {
            var space = words.LastIndexOf(' ');
            var word = words[(space + 1)..];
            words = space < 0 ? [] : words[..space];
            if (position < word.Length || !sentence.AsSpan(position - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            position -= word.Length;
            if (!words.IsEmpty)
            {
                var gapEnd = position;
                while (position > 0 && char.IsWhiteSpace(sentence[position - 1]))
                {
                    position--;
                }

                if (position == gapEnd)
                {
                    return null;
                }
            }
        }

        return position > 0 && char.IsLetterOrDigit(sentence[position - 1]) ? null : position;
    }
}
