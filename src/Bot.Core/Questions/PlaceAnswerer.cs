using System.Text.RegularExpressions;
using Bot.Core.Analysis;
using Bot.Core.Answers;

namespace Bot.Core.Questions;

/// <summary>"Where ...?": the place the found passages name, preferring one the text puts "in", "at", "near", "from" or "to".</summary>
public sealed partial class PlaceAnswerer : IQuestionAnswerer
{
    // A name later in a list the preposition governs is placed too: "from France, Italy and Spain".
    private static Regex PrepositionBeforeRegex() => PrepositionBeforeRegexField.Value;
    private static readonly Lazy<Regex> PrepositionBeforeRegexField = new(() => new Regex(@"\b(?:in|at|near|from|to|into|outside|inside|across|around|towards?|via|of)\s+(?:the\s+)?(?:(?-i:\p{Lu})[\w'’-]*(?:\s+(?-i:\p{Lu})[\w'’-]*)*(?:,\s*|\s+and\s+|,\s+and\s+))*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    // "a coalition comprising nations like France and Spain", "members include Norland and Velmark": the names the
    // sentence enumerates as belonging to what it is about.
    private static Regex MemberListBeforeRegex() => MemberListBeforeRegexField.Value;
    private static readonly Lazy<Regex> MemberListBeforeRegexField = new(() => new Regex(@"\b(?:compris(?:ing|es|ed\s+of)|consist(?:ing|s)\s+of|made\s+up\s+of|including|includes?|included|such\s+as|like|among\s+them|members?\s+(?:are|were|include|included)|members?(?:\s+states?)?|joined\s+by|along\s+with|together\s+with|alongside)\s+(?:\w+\s+(?:such\s+as|like|including)\s+)?(?:the\s+)?(?:(?-i:\p{Lu})[\w'’.-]*(?:\s+(?-i:\p{Lu})[\w'’.-]*)*(?:,\s*|\s+and\s+|,\s+and\s+))*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    // "Norland, Velmark and Ostria, all members of the alliance," / "..., which are part of the coalition".
    private static Regex MemberListAfterRegex() => MemberListAfterRegexField.Value;
    private static readonly Lazy<Regex> MemberListAfterRegexField = new(() => new Regex(@"^(?:(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?(?-i:\p{Lu})[\w'’.-]*(?:\s+(?-i:\p{Lu})[\w'’.-]*)*)*,?\s+(?:(?:all|both)\s+|(?:which|who)\s+(?:are|were)\s+(?:all\s+)?|(?:are|were)\s+(?:all\s+)?)?(?:(?:founding\s+)?members?\s+of|part\s+of|belong(?:s|ed)?\s+to|joined)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    private const double OldPlanWeight = 0.4;

    /// <summary>How much more a name weighs where the sentence enumerates it as a member.</summary>
    private const double MemberWeight = 2;

    /// <summary>A list answer names the places scored at least this share of the best, at most <see cref="MaxListed"/>.</summary>
    private const double ListedShare = 0.5;

    private const int MaxListed = 6;

    public QuestionKind Kind => QuestionKind.Place;

    public Answer? Answer(QuestionContext context)
    {
        if (context.Question.AsksForCountries && CountryAnswer(context) is { } countries)
        {
            return countries;
        }

        var places = NamedThings.In(context, t =>
        {
            // "to Iraqi sovereignty": the preposition governs the noun after the adjective, not the place.
            var placed = !t.IsAdjective && PrepositionBeforeRegex().IsMatch(t.Before);
            var kind = t.Kind switch
            {
                TopicKind.Place or TopicKind.Country => placed ? 1.2 : 0.6,
                // "on the rim of Shackleton crater", "at the Conciliation Board": a name the text puts somewhere is a place.
                TopicKind.Name or TopicKind.Organisation when placed => 1,
                _ => 0,
            };
            // "It was to be held in Oslo; it will now take place in Geneva": the old plan's place is not the answer.
            return kind * (Supersession.MarksOldPlace(t.Before) ? OldPlanWeight : 1);
        });
        var ordered = EvidenceOrder.NewestLeading(places);
        if (ordered.Count == 0)
        {
            return null;
        }

        var lead = ordered[0];
        if (context.Question.AsksForSeveral && Several(ordered) is { Count: > 1 } several)
        {
            // "Which countries ...": every place the best sentences name, each sentence quoted once.
            var quoted = several.Select(e => e.Sentence).Distinct().Select(s => new AnswerItem(EvidenceOrder.Reported(s, lead.Published), s.ToQuote()));
            return new Answer(string.Join(", ", several.Select(e => e.Value.Topic.Name)), [.. quoted]);
        }

        var items = new List<AnswerItem>(EvidenceOrder.Quoted(EvidenceOrder.Reported(lead.Sentence, null), lead.Sentence, context.Snapshot));
        items.AddRange(ordered.Skip(1).Take(2).Select(o => new AnswerItem($"Also named: {o.Value.Topic.Name}", o.Sentence.ToQuote())));
        return new Answer(lead.Value.Topic.Name, items);
    }

    /// <summary>
    /// "Which countries are part of the coalition?": the countries the best sentences name (by name or as the text
    /// lists them), and of those, when a sentence enumerates some as members ("nations like France and Spain"), only
    /// those. Null when the passages name no country: the place answer is given then.
    /// </summary>
    private static Answer? CountryAnswer(QuestionContext context)
    {
        var several = context.Question.AsksForSeveral;
        var asked = context.Retrieval.Asked;
        var countries = NamedThings.In(context, t => Weight(t, several, asked));
        if (countries.Count == 0)
        {
            return null;
        }

        // When a sentence enumerates members of what the question asks about, they are the answer, not the places named
        // beside them ("portions of Syria and Iraq"); "which country leads the coalition?" asks for one that stands out.
        var members = several ? countries.Where(e => e.Value.Kind == TopicKind.Country && IsMemberOf(e.Value, asked)).ToList() : [];
        var ordered = EvidenceOrder.NewestLeading(members.Count > 0 ? members : countries);
        // A list reads in the text's order: sentence by sentence as they lead, names as each sentence gives them.
        var named = several ? Several(ordered) : [ordered[0]];
        var sentences = named.Select(e => e.Sentence).Distinct().ToList();
        named = [.. named.OrderBy(e => sentences.IndexOf(e.Sentence)).ThenBy(e => e.Value.Before.Length)];
        var quoted = named.Select(e => e.Sentence).Distinct().Select(s => new AnswerItem(EvidenceOrder.Reported(s, ordered[0].Published), s.ToQuote()));
        return new Answer(string.Join(", ", named.Select(e => e.Value.Topic.Name)), [.. quoted]);
    }

    /// <summary>A country first, a place the text puts somewhere next ("troops from Norland": a country the text never calls one), a member most.</summary>
    private static double Weight(NamedThing thing, bool several, QuestionWords asked)
    {
        var placed = !thing.IsAdjective && PrepositionBeforeRegex().IsMatch(thing.Before);
        var kind = thing.Kind switch
        {
            TopicKind.Country when !thing.IsAdjective => placed ? 1.2 : 1,
            TopicKind.Place or TopicKind.Name when placed => 0.8,
            _ => 0,
        };
        return kind * (several && IsMemberOf(thing, asked) ? MemberWeight : 1);
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

    /// <summary>How far from the enumeration the thing it belongs to may stand, in words.</summary>
    private const int OwnerWords = 4;

    private static string LastWords(string text, int count) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(count));

    private static string FirstWords(string text, int count) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));

    private static List<Evidence<NamedThing>> Several(List<Evidence<NamedThing>> ordered)
    {
        var best = ordered.Max(e => e.Score);
        return [.. ordered.Where(e => e.Score >= best * ListedShare).Take(MaxListed)];
    }
}
