using System.Text.RegularExpressions;

namespace Bot.Core.Analysis.Time;

/// <summary>How the clause that holds a date speaks of it: what a careful reader uses to tell past from future.</summary>
public enum ClauseTense
{
    /// <summary>No verb decides it ("the 2014 coalition", a heading).</summary>
    Unknown,
    /// <summary>"ended on Friday", "was arrested in August", "had been cleared by September".</summary>
    Past,
    /// <summary>"resumes on Friday", "is expected Thursday": news present tense usually schedules.</summary>
    Present,
    /// <summary>"will vote on Friday", "would strike on Saturday", "is due to", "plans to".</summary>
    Future,
}

/// <summary>What the clause around one date says of it: its tense, and whether the date is when something was said.</summary>
public readonly record struct ClauseReading(ClauseTense Tense, bool IsReportingDate);

/// <summary>
/// Reads the verb group nearest a date in its clause. The one home of tense rules: the tagger uses it to pick a
/// bare weekday's or month's direction, the knowledge to tell a statement, a past event and a scheduled one apart.
/// </summary>
public static partial class ClauseTenseReader
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(
        @"\b(?:will|won't|wo\s+not|would|wouldn't|shall|is\s+to|are\s+to|to\s+be|going\s+to|set\s+to|scheduled|expected|due|plans?\s+to|planned|aims?\s+to|intends?\s+to|must|should|ha(?:s|ve)\s+to|needs?\s+to|upcoming|forthcoming)\b|'ll\b",
        Options)]
    private static partial Regex FutureCueRegex();

    [GeneratedRegex(
        @"\b(?:was|were|had|did|didn't|wasn't|weren't|hadn't|ago|\p{L}{2,}ed|said|told|met|left|began|took|came|went|held|made|gave|saw|won|lost|fell|rose|struck|sent|fled|shot|hit|set|put|cut|ran|spoke|wrote|broke|drove|flew|grew|knew|led|paid|sold|stood|brought|bought|caught|fought|thought|sought|taught|became|chose|froze|stole|swore|tore|wore)\b",
        Options)]
    private static partial Regex PastCueRegex();

    [GeneratedRegex(@"\b(?:is|are|am|(?:begin|start|resume|open|close|end|run|take|come|go|meet|hold|vote|return|continue|remain)s?)\b", Options)]
    private static partial Regex PresentCueRegex();

    [GeneratedRegex(@"\b(?:said|says|told|announced|stated|confirmed|reported|added|declared|noted|explained|warned|insisted|claimed|wrote|tweeted|posted)\b", Options)]
    private static partial Regex ReportingVerbRegex();

    private static readonly string[] ClauseBoundaries = [", ", "; ", ": ", " — ", " – ", " and ", " but ", " while ", " that ", " after ", " before "];

    /// <summary>Reads the clause of <paramref name="sentence"/> around the date at <paramref name="start"/>.</summary>
    public static ClauseReading Read(string sentence, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var clauseStart = ClauseStart(sentence, start);
        var before = sentence[clauseStart..start];
        var end = Math.Min(sentence.Length, start + length);
        var after = sentence[end..ClauseEnd(sentence, end)];

        var reporting = IsReportingDate(before, after);
        var tense = LastCue(before) ?? FirstCue(after) ?? ClauseTense.Unknown;
        return new ClauseReading(tense, reporting);
    }

    // "said on Tuesday", "announced Wednesday", "on Monday said": the date is the day of the saying.
    private static bool IsReportingDate(string before, string after)
    {
        var tail = before.TrimEnd();
        if (tail.EndsWith(" on", StringComparison.OrdinalIgnoreCase))
        {
            tail = tail[..^3];
        }

        var lastVerb = ReportingVerbRegex().Match(tail, Math.Max(0, tail.Length - 14));
        if (lastVerb.Success && lastVerb.Index + lastVerb.Length >= tail.Length)
        {
            return true;
        }

        var next = ReportingVerbRegex().Match(after);
        return next.Success && next.Index <= 2;
    }

    private static ClauseTense? LastCue(string text)
    {
        var best = -1;
        ClauseTense? tense = null;
        Consider(FutureCueRegex().Matches(text), ClauseTense.Future, ref best, ref tense);
        Consider(PastCueRegex().Matches(text), ClauseTense.Past, ref best, ref tense);

        // A present verb decides only when no auxiliary does: "will vote" is future, not present.
        return tense ?? (PresentCueRegex().IsMatch(text) ? ClauseTense.Present : null);
    }

    private static void Consider(MatchCollection matches, ClauseTense kind, ref int best, ref ClauseTense? tense)
    {
        if (matches.Count > 0 && matches[^1].Index > best)
        {
            best = matches[^1].Index;
            tense = kind;
        }
    }

    private static ClauseTense? FirstCue(string text)
    {
        var future = FutureCueRegex().Match(text);
        var past = PastCueRegex().Match(text);
        var present = PresentCueRegex().Match(text);
        var first = new[] { (future, ClauseTense.Future), (past, ClauseTense.Past), (present, ClauseTense.Present) }
            .Where(m => m.Item1.Success)
            .OrderBy(m => m.Item1.Index)
            .Select(m => (ClauseTense?)m.Item2)
            .FirstOrDefault();
        return first;
    }

    private static int ClauseStart(string sentence, int position)
    {
        var start = 0;
        foreach (var boundary in ClauseBoundaries)
        {
            var at = sentence.LastIndexOf(boundary, Math.Max(0, position - 1), StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at + boundary.Length <= position)
            {
                start = Math.Max(start, at + boundary.Length);
            }
        }

        return start;
    }

    private static int ClauseEnd(string sentence, int position)
    {
        var end = sentence.Length;
        foreach (var boundary in ClauseBoundaries)
        {
            var at = sentence.IndexOf(boundary, position, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                end = Math.Min(end, at);
            }
        }

        return end;
    }
}
