using System.Text.RegularExpressions;
using Bot.Core.Analysis;
using Bot.Core.Answers;

namespace Bot.Core.Questions;

/// <summary>
/// "Who ...?": the person the found passages name (an organisation when no person fits), with their role as the
/// text gives it: the title before the name ("Lt Gen.") and the apposition after it (", deputy commander of ...,").
/// </summary>
public sealed partial class PersonAnswerer : IQuestionAnswerer
{
    private static Regex AppositionRegex() => AppositionRegexField.Value;
    private static readonly Lazy<Regex> AppositionRegexField = new(() => new Regex(@"^,\s+(?!(?:said|says|told|stated|announced|added|warned|urged)\b)(?<role>(?:the\s+|a\s+|an\s+)?(?:[a-z][\w'’-]*|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,20}?)\s*(?:,|;|\.|\)|$|\s+(?:said|says|told|stated|announced|added))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture));

    private static Regex TitleRegex() => TitleRegexField.Value;
    private static readonly Lazy<Regex> TitleRegexField = new(() => new Regex(@"^(?:(?:Lt|Lieut|Gen|Maj|Col|Brig|Adm|Capt|Sgt|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Pres|Amb|President|Prime|Minister|Foreign|Defence|Defense|Interior|Chief|General|Colonel|Major|Commander|Spokesman|Spokeswoman|Mayor|King|Queen|Prince|Sheikh|Ayatollah|Pope|Judge|Justice|Secretary|Senator|Governor|Director|Chairman|Chairwoman|Speaker|Deputy|Vice|Councillor|Councilor)\.?\s*)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    // "who is Helen Okafor?": the question names the person and asks for their role.
    private static Regex WhoIsRegex() => WhoIsRegexField.Value;
    private static readonly Lazy<Regex> WhoIsRegexField = new(() => new Regex(@"^(?:who(?:'s|’s|s)|who\s+(?:is|was|are|were))\s+(?:the\s+)?(?<name>.+?)\s*\??$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture));

    private const double MinimumScore = 0.5, GivenRoleWeight = 1.3, AskedRoleWeight = 2, RoleKindFloor = 0.8;

    public QuestionKind Kind => QuestionKind.Person;

    // "who were the first hostages released": a group, answered by the words that describe it, not by one name.
    private static Regex GroupQuestionRegex() => GroupQuestionRegexField.Value;
    private static readonly Lazy<Regex> GroupQuestionRegexField = new(() => new Regex(@"^who\s+(?:are|were)\s+the\s+(?:[a-z]+\s+){0,2}?[a-z]+s\b", RegexOptions.CultureInvariant));

    public Answer? Answer(QuestionContext context)
    {
        if (GroupQuestionRegex().IsMatch(context.Question.Text.Trim().ToLowerInvariant()))
        {
            return null;
        }

        // "Which companies / unions / charities ...": the bodies, listed when it asks for several, never a person.
        if (context.Question.AsksForKind == TopicKind.Organisation)
        {
            return KindList.Answer(context, TopicKind.Organisation, t => OrganisationWeight(t, context.Retrieval.Asked));
        }

        var named = WhoIsRegex().Match(context.Question.Text.Trim()) is { Success: true } whoIs ? context.Snapshot.TopicIndex.Exact(whoIs.Groups["name"].Value) : null;
        var people = NamedThings.In(context, t => Weight(t, context.Retrieval.Asked), named);
        var ordered = people.OrderByDescending(e => e.Score).ToList();
        // A name from a weak passage is a guess; "who were the first hostages released" wants a description the search answer quotes.
        if (ordered.Count == 0 || ordered[0].Score < MinimumScore)
        {
            return null;
        }

        var lead = ordered[0];
        var thing = lead.Value;
        var role = Role(thing);
        var headline = $"{Title(thing)}{thing.Topic.Name}{(role.Length > 0 ? ", " + role : "")}";
        var items = new List<AnswerItem>(EvidenceOrder.Quoted(EvidenceOrder.Reported(lead.Sentence, null), lead.Sentence, context.Snapshot));
        items.AddRange(ordered.Skip(1).Take(2).Select(o => new AnswerItem($"Also named: {o.Value.Topic.Name}", o.Sentence.ToQuote())));
        return new Answer(headline, items);
    }

    /// <summary>
    /// A person fits "who" best, an organisation nearly as well. A name given with a role is more likely the answer,
    /// and most when the role is what the question asks ("general secretary" for "who leads the union", "a young
    /// manufacturer" for "who is building the buses"): then the role says what it is, whatever kind the name was
    /// taken for.
    /// </summary>
    private static double Weight(NamedThing thing, QuestionWords asked)
    {
        var kind = thing.Kind switch
        {
            TopicKind.Person => 1,
            TopicKind.Organisation => 0.8,
            TopicKind.Name => 0.5,
            // A firm or a force the analysis took for a place ("a contract with Voltra Coachworks", "Iraqi forces").
            TopicKind.Place or TopicKind.Country or TopicKind.City => 0.3,
            _ => 0,
        };
        var role = Role(thing);
        return role.Length == 0 ? kind : asked.In(role) ? AskedRoleWeight * Math.Max(kind, RoleKindFloor) : GivenRoleWeight * kind;
    }

    /// <summary>An organisation, or a name the text gives an organisation's role ("Reliefline, a coalition of charities,"); a firm the analysis took for a place a little.</summary>
    private static double OrganisationWeight(NamedThing thing, QuestionWords asked)
    {
        var kind = thing.Kind switch
        {
            TopicKind.Organisation => 1,
            TopicKind.Name => 0.5,
            TopicKind.Place => 0.3,
            _ => 0,
        };
        var role = Role(thing);
        return kind > 0 && role.Length > 0 && asked.In(role) ? AskedRoleWeight * Math.Max(kind, RoleKindFloor) : kind;
    }

    /// <summary>"Lt Gen. " before "Qais al-Mohammadi", or nothing.</summary>
    private static string Title(NamedThing thing)
    {
        var title = NamedThings.WordsBefore(thing.Before, 3);
        while (title.Length > 0 && !TitleRegex().IsMatch(title))
        {
            title = title.Contains(' ') ? title[(title.IndexOf(' ') + 1)..] : "";
        }

        return title.Length > 0 ? title + " " : "";
    }

    /// <summary>The apposition after the name (", deputy commander of the Joint Operations Command,"), or before it ("Councillor", "the union's leader,").</summary>
    private static string Role(NamedThing thing)
    {
        if (AppositionRegex().Match(thing.After) is { Success: true } apposition)
        {
            return apposition.Groups["role"].Value;
        }

        return RoleBeforeRegex().Match(thing.Before) is { Success: true } before ? before.Groups["role"].Value : "";
    }

    // "Mereland's foreign minister, Tomas Rehn, said": a short phrase with a common noun, then a comma, then the name.
    private static Regex RoleBeforeRegex() => RoleBeforeRegexField.Value;
    private static readonly Lazy<Regex> RoleBeforeRegexField = new(() => new Regex(@"(?:^|[,;:—]\s*|\b(?:and|but|while)\s+)(?<role>(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,4}[a-z][\w'’-]+),\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture));
}
