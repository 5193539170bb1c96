using System.Text.RegularExpressions;
using Bot.Core.Analysis.Time;

namespace Bot.Core.Analysis;

/// <summary>
/// Reads a sentence that lays out phases or stages ("The deal outlines two phases: A by X, followed by B through Y")
/// into an ordered list of phases, each with the date that ends it when the text gives one.
/// </summary>
public static partial class PhaseExtractor
{
    public static PhasePlan? TryExtract(TextSentence sentence, IReadOnlyList<TemporalMention> mentions)
    {
        var text = sentence.Text;
        var announce = PhaseCount().Match(text);
        if (!announce.Success)
        {
            return null;
        }

        var colon = text.IndexOf(':', announce.Index);
        var bodyStart = colon >= 0 ? colon + 1 : announce.Index + announce.Length;
        var parts = SplitParts(text, bodyStart);
        if (parts.Count < 2)
        {
            return null;
        }

        var phases = new List<Phase>();
        foreach (var (start, end) in parts)
        {
            var description = Tidy(text[start..end]);
            if (description.Length == 0)
            {
                continue;
            }

            // The deadline of a phase is the last By/Until period inside it, else any period inside it.
            var inside = mentions.Where(m => m.Period is not null && m.Start >= start && m.Start < end).ToList();
            var due = inside.LastOrDefault(m => m.Role != TemporalRole.At) ?? inside.LastOrDefault();
            phases.Add(new Phase(phases.Count + 1, description, due));
        }

        if (phases.Count < 2)
        {
            return null;
        }

        var subject = Tidy(Subject().Match(text[..announce.Index]) is { Success: true } s ? s.Groups["subject"].Value : text[..announce.Index]);
        return new PhasePlan(subject.Length > 0 ? subject : "Plan", sentence.Index, phases);
    }

    private static List<(int Start, int End)> SplitParts(string text, int from)
    {
        var parts = new List<(int, int)>();
        var cursor = from;
        foreach (Match separator in PartSeparator().Matches(text, from))
        {
            parts.Add((cursor, separator.Index));
            cursor = separator.Index + separator.Length;
        }

        parts.Add((cursor, text.Length));
        return parts;
    }

    private static string Tidy(string text)
    {
        var tidy = text.Trim().TrimEnd('.', ';', ',', ' ').Trim();
        return tidy.Length > 0 ? char.ToUpperInvariant(tidy[0]) + tidy[1..] : tidy;
    }

    [GeneratedRegex(@"\b(?:two|three|four|five|six|\d+|several|multiple)\s+(?:phases|stages|steps)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhaseCount();

    /// <summary>Between phases: "followed by", "then", "after which", a semicolon; "(2)"-style numbering.</summary>
    [GeneratedRegex(@",?\s*(?:\band\s+then\b|\bfollowed\s+by\b|\bafter\s+which\b|\bthen\b|;|\(\d\)|\band\s+finally\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartSeparator();

    /// <summary>"The 2024 agreement outlines" → "The 2024 agreement".</summary>
    [GeneratedRegex(@"(?<subject>.*?)\s+(?:outlines|outlined|sets\s+out|set\s+out|lays\s+out|laid\s+out|describes|includes|has|had|will\s+have|envisages|foresees|comprises|consists\s+of|calls\s+for|provides\s+for)\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Subject();
}
