namespace Bot.Core.Analysis;

/// <summary>
/// The words that say what a dated clause is about ("bridge", "phase-2", "handover"), for telling whether two reports
/// speak of the same thing. Grammar, dates, verbs every deadline uses and words of change are left out; words are cut
/// to six letters so that "withdraw" and "withdrawal" meet.
/// </summary>
public static class SubjectWords
{
    private const int StemLength = 6;

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "as", "into", "onto", "than", "that",
        "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "shall",
        "should", "must", "can", "could", "may", "might", "not", "no", "now", "then", "also", "all", "any", "each", "every", "which", "who",
        "whom", "what", "when", "where", "while", "after", "before", "until", "till", "through", "throughout", "since", "during", "about",
        "he", "she", "they", "them", "his", "her", "their", "our", "we", "us", "you", "your", "i", "there", "here", "so", "if", "up", "out",
        "end", "start", "beginning", "middle", "early", "late", "mid", "next", "last", "this", "coming", "week", "weeks", "month", "months",
        "year", "years", "day", "days", "today", "tomorrow", "yesterday", "tonight", "deadline", "deadlines", "date", "dates", "due", "set",
        "expected", "scheduled", "planned", "plans", "plan", "plans", "aim", "aims", "goal", "target", "said", "says", "say", "told", "announced",
        "stated", "confirmed", "added", "according", "new", "latest", "more", "most", "some", "other", "another", "one", "two", "three",
        "complete", "completed", "finish", "finished", "done", "ready", "take", "takes", "taken", "place", "held", "hold", "happen", "go",
        "moved", "move", "postponed", "postpone", "delayed", "delay", "pushed", "back", "extended", "extend", "brought", "forward", "cancelled",
        "canceled", "scrapped", "missed", "met", "meet", "fail", "failed", "instead", "originally", "initially", "previously", "officials",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "first", "second", "third", "fourth", "fifth", "final", "initial", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "phase", "phases", "stage", "stages", "step", "steps",
    };

    /// <summary>The subject words of <paramref name="text"/>, each once, with "phase-N" when the text names a phase by its ordinal.</summary>
    public static IReadOnlyList<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        foreach (var ordinal in PhaseOrdinals.Find(text))
        {
            if (!PhaseOrdinals.IsAbout(text, ordinal))
            {
                words.Add(PhaseOrdinals.Key(ordinal.Number));
            }
        }

        foreach (var raw in text.Split([' ', '-', '/', '\u2014', '\u2013'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('"', '“', '”', '‘', '’', '\'', '(', ')', ',', ';', ':', '.', '!', '?', '[', ']').ToLowerInvariant();
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            if (word.Length < 3 || Ignored.Contains(word) || !char.IsLetter(word[0]))
            {
                continue;
            }

            var stem = word.Length > StemLength ? word[..StemLength] : word.TrimEnd('s');
            if (!words.Contains(stem))
            {
                words.Add(stem);
            }
        }

        return words;
    }

    /// <summary>How many subject words two clauses share.</summary>
    public static int Shared(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var shared = 0;
        foreach (var word in a)
        {
            shared += b.Contains(word) ? 1 : 0;
        }

        return shared;
    }

    /// <summary>The phase ordinal a list of subject words names, if any.</summary>
    public static int? PhaseOf(IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (PhaseOrdinals.TryParseKey(word, out var number))
            {
                return number;
            }
        }

        return null;
    }
}
