using System.Text.RegularExpressions;
using Bot.Core.Analysis;
using Bot.Core.Answers;

namespace Bot.Core.Questions;

/// <summary>
/// "Who ...?": the person the found passages name (an organisation when no person fits), with their role as the
/// text gives it: the title before the name ("Lt Gen.") and the apposition after it (", deputy commander of ...,").
/// </summary>
public sealed partial class PersonAnswerer(QuestionVocabulary vocabulary) : IQuestionAnswerer
{
    // "who makes the vaccine", "who is supplying the doses", "who gets the base": the verb after "who" says what the answer does.
    private static Regex WhoVerbRegex() => WhoVerbRegexField.Value;
    private static readonly Lazy<Regex> WhoVerbRegexField = new(() => new Regex(@"^who\s+(?:(?:is|are|was|were|will|would|has|have|had|did|does|do|can|could|should)\s+)*(?<verb>[a-z]+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture));

    /// <summary>A name whose role is only the thing the question asks about ("FluCov, the first vaccine" for "who makes the vaccine") is that thing, not who acts on it.</summary>
    private const double IsTheObjectWeight = 0.5;

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
        var doing = Doing(context);
        var people = NamedThings.In(context, t => Weight(t, context.Retrieval.Asked, doing), named);
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
    private static double Weight(NamedThing thing, QuestionWords asked, QuestionWords? doing)
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
        if (role.Length == 0)
        {
            return kind;
        }

        // A role whose head is what the question acts on ("the first tram built for the city" for "who makes the trams") names
        // that thing; with a verb to go by, the role must say it ("the manufacturer" for "makes").
        if (doing is not null && asked.In(Head(role)) && !doing.In(Head(role)))
        {
            return IsTheObjectWeight * kind;
        }

        return (doing?.In(role) ?? asked.In(role)) ? AskedRoleWeight * Math.Max(kind, RoleKindFloor) : GivenRoleWeight * kind;
    }

    private static readonly HashSet<string> HeadEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "for", "in", "at", "on", "to", "from", "with", "by", "who", "which", "that", "whose", "and", "since",
        // Participles that do not end in -ed: "the first tram built for the city".
        "built", "made", "run", "held", "set", "led", "given", "taken", "sold", "bought", "won", "known", "grown", "chosen", "written", "paid", "sent", "kept", "found", "brought",
    };

    /// <summary>The noun a role is about: its last word before a preposition, a relative or a participle ("tram" of "the first tram built for the city", "secretary" of "general secretary of the union").</summary>
    private static string Head(string role)
    {
        var head = "";
        foreach (var word in role.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (head.Length > 0 && (HeadEnds.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))))
            {
                break;
            }

            head = word;
        }

        return head;
    }

    /// <summary>The verb after "who" with the words news uses for it ("makes": "manufacturer", "maker"), or null when the question has none ("which firm …").</summary>
    private QuestionWords? Doing(QuestionContext context)
    {
        if (WhoVerbRegex().Match(context.Question.Text.Trim()) is not { Success: true } who)
        {
            return null;
        }

        // A verb that says nothing ("who got the first shot") gives no role to look for: a role with the question's other words still names its object.
        var stems = context.Retrieval.Words.Terms(who.Groups["verb"].Value).SelectMany(t => vocabulary.Related(t).Append(t)).Where(t => !vocabulary.IsFiller(t)).ToHashSet(StringComparer.Ordinal);
        return context.Retrieval.Words.With(stems);
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
