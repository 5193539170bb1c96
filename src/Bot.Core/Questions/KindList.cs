using System.Text.RegularExpressions;
using Bot.Core.Analysis;
using Bot.Core.Answers;

namespace Bot.Core.Questions;

/// <summary>
/// "Which countries are part of the coalition?", "which cities have picket lines?", "which unions signed?": the names of
/// the asked kind the best sentences give, and of those, when a sentence enumerates some as members of what the
/// question is about ("nations like France and Spain", "unions including X and Y", "X and Y, members of the alliance"),
/// only those: the members of the coalition, not every place or body the story names beside them.
/// </summary>
public static class KindList
{
    // "a coalition comprising nations like France and Spain", "members include Norland and Velmark": the names the
    // sentence enumerates as belonging to what it is about.
    private static Regex MemberListBeforeRegex() => MemberListBeforeRegexField.Value;
    private static readonly Lazy<Regex> MemberListBeforeRegexField = new(() => new Regex(@"\b(?:compris(?:ing|es|ed\s+of)|consist(?:ing|s)\s+of|made\s+up\s+of|including|includes?|included|such\s+as|like|among\s+them|members?\s+(?:are|were|include|included)|members?(?:\s+states?)?|joined\s+by|along\s+with|together\s+with|alongside)\s+(?:\w+\s+(?:such\s+as|like|including)\s+)?(?:the\s+)?(?:(?-i:\p{Lu})[\w'’.-]*(?:\s+(?-i:\p{Lu})[\w'’.-]*)*(?:,\s*|\s+and\s+|,\s+and\s+))*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    // "Norland, Velmark and Ostria, all members of the alliance," / "..., which are part of the coalition".
    private static Regex MemberListAfterRegex() => MemberListAfterRegexField.Value;
    private static readonly Lazy<Regex> MemberListAfterRegexField = new(() => new Regex(@"^(?:(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?(?-i:\p{Lu})[\w'’.-]*(?:\s+(?-i:\p{Lu})[\w'’.-]*)*)*,?\s+(?:(?:all|both)\s+|(?:which|who)\s+(?:are|were)\s+(?:all\s+)?|(?:are|were)\s+(?:all\s+)?)?(?:(?:founding\s+)?members?\s+of|part\s+of|belong(?:s|ed)?\s+to|joined)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    /// <summary>How much more a name weighs where the sentence enumerates it as a member.</summary>
    public const double MemberWeight = 2;

    /// <summary>A list answer names the things scored at least this share of the best, at most <see cref="MaxListed"/>.</summary>
    private const double ListedShare = 0.5;

    private const int MaxListed = 6;

    /// <summary>How far from the enumeration the thing it belongs to may stand, in words.</summary>
    private const int OwnerWords = 4;

    /// <summary>The list (or, for a question for one, the one) of <paramref name="kind"/> weighed by <paramref name="weigh"/>; null when the passages name none.</summary>
    public static Answer? Answer(QuestionContext context, TopicKind kind, Func<NamedThing, double> weigh)
    {
        var several = context.Question.AsksForSeveral;
        var asked = context.Retrieval.Asked;
        var things = NamedThings.In(context, t => weigh(t) * (several && IsMemberOf(t, asked) ? MemberWeight : 1));
        if (things.Count == 0)
        {
            return null;
        }

        // When a sentence enumerates members of what the question asks about, they are the answer, not the things named
        // beside them ("portions of Syria and Iraq"); "which country leads the coalition?" asks for one that stands out.
        var members = several ? things.Where(e => e.Value.Kind == kind && IsMemberOf(e.Value, asked)).ToList() : [];
        var ordered = EvidenceOrder.NewestLeading(members.Count > 0 ? members : things);
        var named = several ? Several(ordered) : [ordered[0]];
        // Of the names one sentence gives, when some are known to be of the kind asked, only those: "the ports of Houston,
        // Texas, and Savannah" answers "which cities" with Houston and Savannah.
        named = named.FindAll(e => e.Value.Kind == kind || !named.Exists(o => o.Sentence == e.Sentence && o.Value.Kind == kind));

        // A list reads in the text's order: sentence by sentence as they lead, names as each sentence gives them.
        var sentences = named.Select(e => e.Sentence).Distinct().ToList();
        named = [.. named.OrderBy(e => sentences.IndexOf(e.Sentence)).ThenBy(e => e.Value.Before.Length)];
        var quoted = named.Select(e => e.Sentence).Distinct().Select(s => new AnswerItem(EvidenceOrder.Reported(s, ordered[0].Published), s.ToQuote()));
        return new Answer(string.Join(", ", named.Select(e => e.Value.Topic.Name)), [.. quoted]);
    }

    /// <summary>The names scored near the best, at most <see cref="MaxListed"/>: the answer to a question for several.</summary>
    public static List<Evidence<NamedThing>> Several(List<Evidence<NamedThing>> ordered)
    {
        var best = ordered.Max(e => e.Score);
        return [.. ordered.Where(e => e.Score >= best * ListedShare).Take(MaxListed)];
    }

    /// <summary>
    /// The sentence enumerates the name as a member of what the question asks about: the words just before the
    /// enumeration ("a coalition comprising nations like France") or just after it ("…, members of the alliance") are
    /// the question's.
    /// </summary>
    private static bool IsMemberOf(NamedThing thing, QuestionWords asked)
    {
        if (MemberListBeforeRegex().Match(thing.Before) is { Success: true } before && asked.In(LastWords(thing.Before[..before.Index], OwnerWords)))
        {
            return true;
        }

        return MemberListAfterRegex().Match(thing.After) is { Success: true } after && asked.In(FirstWords(thing.After[(after.Index + after.Length)..], OwnerWords));
    }

    private static string LastWords(string text, int count) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(count));

    private static string FirstWords(string text, int count) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));
}
