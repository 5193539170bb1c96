using Bot.Core.Analysis.Time;
using Bot.Core.Answers;
using Bot.Core.Commands.Catalog;
using Bot.Core.Knowledge;

namespace Bot.Core.Questions;

/// <summary>One answer found in a passage (a date, a figure, a reason, a name), with how well its passage matched.</summary>
public sealed record Evidence<T>(T Value, SourceSentence Sentence, double Score)
{
    public DateOnly Published => Sentence.Source.Published ?? DateOnly.MinValue;

    /// <summary>False when the evidence answers in another tense than the question asks ("when did" and a date ahead).</summary>
    public bool FitsTense { get; init; } = true;
}

/// <summary>The rules every typed answer shares: the newest report leads, older ones follow as "earlier reported".</summary>
public static class EvidenceOrder
{
    /// <summary>Evidence this close to the best counts as answering the question; the newest of it leads.</summary>
    private const double CloseToBest = 0.5;

    /// <summary>
    /// The evidence good enough to answer (within <see cref="CloseToBest"/> of the best score), newest report
    /// first and, within a report, best first; then the rest by score.
    /// </summary>
    public static List<Evidence<T>> NewestLeading<T>(IEnumerable<Evidence<T>> evidence)
    {
        var all = evidence.ToList();
        if (all.Count == 0)
        {
            return all;
        }

        SortKeepingTies(all, all.Count, static (a, b) => b.Score.CompareTo(a.Score));
        // Best first, so the evidence good enough to answer is the first of the list.
        var floor = all[0].Score * CloseToBest;
        var good = 0;
        while (good < all.Count && all[good].Score >= floor)
        {
            good++;
        }

        SortKeepingTies(all, good, static (a, b) => b.Published != a.Published ? b.Published.CompareTo(a.Published) : b.Score.CompareTo(a.Score));
        return all;
    }

    /// <summary>Sorts the first <paramref name="count"/> items, equal ones kept in the order they came in (as LINQ's ordering does).</summary>
    private static void SortKeepingTies<T>(List<Evidence<T>> items, int count, Comparison<Evidence<T>> comparison)
    {
        var keyed = new (Evidence<T> Item, int At)[count];
        for (var i = 0; i < count; i++)
        {
            keyed[i] = (items[i], i);
        }

        Array.Sort(keyed, (a, b) => comparison(a.Item, b.Item) is var order and not 0 ? order : a.At.CompareTo(b.At));
        for (var i = 0; i < count; i++)
        {
            items[i] = keyed[i].Item;
        }
    }

    /// <summary>"Reported 31 December 2025:" or, for a report older than the one that leads, "Earlier reported 31 December 2025:".</summary>
    public static string Reported(SourceSentence sentence, DateOnly? lead)
    {
        if (sentence.Source.Published is not { } published)
        {
            return "Reported (undated):";
        }

        return lead is { } leading && published < leading ? $"Earlier reported {DateWording.Date(published)}:" : $"Reported {DateWording.Date(published)}:";
    }

    /// <summary>The quote of a sentence, and of the sentence before it when this one refers back to it ("He said", "The plan").</summary>
    public static IEnumerable<AnswerItem> Quoted(string text, SourceSentence sentence, KnowledgeSnapshot snapshot)
    {
        if (RefersBack(sentence.Sentence.Text) && snapshot.Sentence(sentence.Source.Id, sentence.Sentence.Index - 1) is { } before
            && before.Sentence.Paragraph == sentence.Sentence.Paragraph)
        {
            yield return new AnswerItem(text, before.ToQuote());
            yield return new AnswerItem("It goes on:", sentence.ToQuote());
            yield break;
        }

        yield return new AnswerItem(text, sentence.ToQuote());
    }

    private static readonly string[] ReferringOpenings =
    [
        "he ", "she ", "it ", "they ", "this ", "that ", "these ", "those ", "his ", "her ", "its ", "their ", "such ",
        "the move", "the plan", "the decision", "the deal", "the step", "the measure", "the change", "the group",
        "the two", "the three", "the officials", "the company", "the ministry", "the agency", "the government",
        "according to him", "according to her", "according to them",
    ];

    private static bool RefersBack(string text)
    {
        var opening = text.TrimStart('“', '"', '‘', '\'', ' ');
        return ReferringOpenings.Any(o => opening.StartsWith(o, StringComparison.OrdinalIgnoreCase));
    }
}
