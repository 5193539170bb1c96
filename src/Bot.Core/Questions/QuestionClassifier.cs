using System.Text.RegularExpressions;

namespace Bot.Core.Questions;

/// <summary>
/// Reads a question's kind from how English questions open ("when", "how many", "why", "who", "where", "is/has
/// ... ?", "what happens next", "what are the phases"), after the small words people put first ("and", "so", "ok").
/// A question that opens otherwise is a search.
/// </summary>
public static partial class QuestionClassifier
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static Regex LeadInRegex() => LeadInRegexField.Value;
    private static readonly Lazy<Regex> LeadInRegexField = new(() => new Regex(@"^(?:(?:and|so|but|ok|okay|hey|hi|well|then|now|also|please|bot|tell\s+me)\b[\s,]*)+", Options));

    private static Regex NextRegex() => NextRegexField.Value;
    private static readonly Lazy<Regex> NextRegexField = new(() => new Regex(@"^(?:what(?:'s|’s|\s+is|\s+are)?\s+(?:happens\s+|will\s+happen\s+|comes\s+|happening\s+)?(?:next|coming(?:\s+up)?|ahead|upcoming)|what\s+(?:are\s+)?the\s+next\s+steps|what\s+(?:should|can)\s+we\s+expect|(?:any(?:thing)?\s+)?upcoming)\b", Options));

    // "What changed since July?", "any updates since Monday", "what's new since the vote on 3 March": the updates since a day.
    private static Regex ChangesRegex() => ChangesRegexField.Value;
    private static readonly Lazy<Regex> ChangesRegexField = new(() => new Regex(@"^(?:what(?:\s+(?:is|has|have))?\s+(?:changed|new|happened|been\s+(?:updated|changed))|what\s+(?:are\s+)?the\s+(?:latest\s+)?(?:changes|updates|developments)|(?:are\s+there\s+)?any\s+(?:changes|updates|news|developments)|(?:latest\s+)?updates?|anything\s+(?:new|changed))\b.*?\bsince\s+\S", Options));

    // "What happens if the deadline is missed?", "what if Friday doesn't work either", "and if they say no?": the consequence
    // the text gives for a condition.
    private static Regex ConditionalRegex() => ConditionalRegexField.Value;
    private static readonly Lazy<Regex> ConditionalRegexField = new(() => new Regex(@"^(?:what\s+(?:happens|will\s+happen|would\s+happen|then|next)\s+if|what\s+if|if|what\s+(?:is|are|would\s+be)\s+the\s+consequences?\s+if)\b", Options));

    private static Regex WhenRegex() => WhenRegexField.Value;
    private static readonly Lazy<Regex> WhenRegexField = new(() => new Regex(@"^(?:when|by\s+when|until\s+when|since\s+when|what\s+(?:date|day|time|month|year)|on\s+what\s+(?:date|day)|how\s+soon|how\s+long\s+(?:until|before)|how\s+long\s+(?:does|do|will|would|is|are)\s+(?:\S+\s+){1,5}?(?:run|continue|remain|stay|be\s+in\s+force)\b|what\s+is\s+the\s+(?:deadline|date|timetable|timeline)|what(?:'s|’s)\s+the\s+(?:deadline|date|timetable))\b", Options));

    private static Regex QuantityRegex() => QuantityRegexField.Value;
    private static readonly Lazy<Regex> QuantityRegexField = new(() => new Regex(@"^(?:how\s+(?:many|much|long|far|big|large|old|often|strong|fast|high|deep|heavy|tall|wide|hot|cold|severe|bad|serious)|what\s+(?:is|was|are|were)\s+the\s+(?:\w+\s+)?(?:number|total|amount|figure|size|toll|cost|price|count|turnout|margin|share|percentage|proportion|limit|speed|distance|height|depth|capacity|rate|population|budget|value|salary|fine|temperature)|what\s+(?:share|percentage|proportion|fraction|number|portion)|how\s+(?:large|big)\s+(?:is|was|are|were)\s+the\s+(?:number|force|amount))\b", Options));

    private static Regex ReasonRegex() => ReasonRegexField.Value;
    private static readonly Lazy<Regex> ReasonRegexField = new(() => new Regex(@"^(?:why|how\s+come|for\s+what\s+reason|what\s+(?:is|was|are|were)\s+the\s+(?:reasons?|cause|motive|grounds)|what\s+(?:led\s+to|caused|prompted|triggered|explains|is\s+behind|was\s+behind))\b", Options));

    private static Regex PersonRegex() => PersonRegexField.Value;
    private static readonly Lazy<Regex> PersonRegexField = new(() => new Regex(@"^(?:who|whom|whose|which\s+(?:\w+\s+)?(?:person|official|minister|leader|commander|general|spokesman|spokeswoman|spokesperson|compan(?:y|ies)|firms?|groups?|organi[sz]ations?|agenc(?:y|ies)|bod(?:y|ies)|unions?|charit(?:y|ies)|operators?|banks?|carriers?|businesses|business|manufacturers?|suppliers?))\b", Options));

    private static Regex PlaceRegex() => PlaceRegexField.Value;
    private static readonly Lazy<Regex> PlaceRegexField = new(() => new Regex(@"^(?:where|(?:in|to|from|at)\s+(?:which|what)\s+(?:city|country|place|town|base|province|region|state|area|district)|(?:which|what)\s+(?:\w+\s+)?(?:city|cities|country|countries|place|town|base|province|region|state|area|district|port|village)(?:s|es)?)\b", Options));

    // "What are the phases?", "what steps does the plan have", "list the stages": the plan's phases, as /phases lists them.
    // "What steps has the council taken" asks what was done, not for a plan.
    private static Regex PhasesRegex() => PhasesRegexField.Value;
    private static readonly Lazy<Regex> PhasesRegexField = new(() => new Regex(@"^(?:(?:what|which)\s+(?:(?:are|were|will\s+be)\s+)?(?:the\s+)?(?:\w+\s+)?|(?:list|name|give\s+me)\s+(?:all\s+)?the\s+(?:\w+\s+)?)" + Analysis.PhaseOrdinals.PluralNouns + @"\b(?!.*\btak(?:e|en|es|ing)\b)", Options));

    private static Regex YesNoRegex() => YesNoRegexField.Value;
    private static readonly Lazy<Regex> YesNoRegexField = new(() => new Regex(@"^(?:is|are|has|have|had|did|does|do|was|were|will|can|could|would|isn't|hasn't|haven't|didn't|won't)\b", Options));

    private static Regex PastRegex() => PastRegexField.Value;
    private static readonly Lazy<Regex> PastRegexField = new(() => new Regex(@"\b(?:did|was|were|had|has|have|ago|last|previously)\b|\b\p{L}{3,}ed\b", Options));

    private static Regex FutureRegex() => FutureRegexField.Value;
    private static readonly Lazy<Regex> FutureRegexField = new(() => new Regex(@"\b(?:will|would|going\s+to|shall|next|upcoming|plan(?:ned|s)?\s+to|expected|due|soon|still)\b|^(?:when\s+(?:do|does|is|are))\b", Options));

    private static Regex DurationRegex() => DurationRegexField.Value;
    private static readonly Lazy<Regex> DurationRegexField = new(() => new Regex(@"^how\s+long\b(?!\s+(?:until|before)\b)", Options));

    // Chat spelling of "what is", "when is", "who is": "whats", "when's", "whos".
    private static Regex ContractedRegex() => ContractedRegexField.Value;
    private static readonly Lazy<Regex> ContractedRegexField = new(() => new Regex(@"^(?<word>what|when|where|who|how|why)(?:'s|’s|s)\b", Options));

    // After "how many": the thing counted, up to its verb.
    private static Regex CountedRegex() => CountedRegexField.Value;
    private static readonly Lazy<Regex> CountedRegexField = new(() => new Regex(@"^how\s+(?:many|much|long|far|big|large|old|often|strong|fast|high|deep|heavy|tall|wide|hot|cold|severe|bad|serious)\s+(?<focus>.+?)(?:\s+(?:are|is|was|were|will|would|do|does|did|have|has|had|remain|remained|can|could|should|still|in|at|on|there)\b|\?|$)", Options));

    // "which countries", "what cities", "what are the phases", "name the steps": a plural after the question word.
    private static Regex SeveralRegex() => SeveralRegexField.Value;
    private static readonly Lazy<Regex> SeveralRegexField = new(() => new Regex(@"^(?:(?:which|what)\s+(?:\w+\s+)?(?:countries|nations|cities|towns|places|bases|provinces|regions|states|areas|districts|companies|firms|groups|parties|people|officials|organi[sz]ations|agencies|bodies|unions|charities|operators|banks|carriers|businesses|manufacturers|suppliers|ports|villages|phases|steps|stages|parts|items|terms|conditions|demands)|what\s+(?:are|were)\s+the\s+(?:\w+\s+)?(?:phases|steps|stages|parts|terms|conditions|demands|countries|cities|places))\b", Options));

    // "Which countries ...", "in what port towns ...", "which aid charities ...": the noun after the question word, which
    // says the kind of thing asked for (a word before it may qualify it).
    private static Regex AskedNounRegex() => AskedNounRegexField.Value;
    private static readonly Lazy<Regex> AskedNounRegexField = new(() => new Regex(@"^(?:(?:in|to|from|with|at|by|for)\s+)?(?:which|what)\s+(?<noun>\w+)(?:\s+(?<next>\w+))?", Options));

    private static readonly Dictionary<string, Analysis.TopicKind> AskedKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["country"] = Analysis.TopicKind.Country, ["countries"] = Analysis.TopicKind.Country, ["nation"] = Analysis.TopicKind.Country,
        ["nations"] = Analysis.TopicKind.Country, ["states"] = Analysis.TopicKind.Country,
        ["city"] = Analysis.TopicKind.City, ["cities"] = Analysis.TopicKind.City, ["town"] = Analysis.TopicKind.City, ["towns"] = Analysis.TopicKind.City,
        ["port"] = Analysis.TopicKind.City, ["ports"] = Analysis.TopicKind.City, ["village"] = Analysis.TopicKind.City, ["villages"] = Analysis.TopicKind.City,
        ["company"] = Analysis.TopicKind.Organisation, ["companies"] = Analysis.TopicKind.Organisation, ["firm"] = Analysis.TopicKind.Organisation,
        ["firms"] = Analysis.TopicKind.Organisation, ["organisation"] = Analysis.TopicKind.Organisation, ["organisations"] = Analysis.TopicKind.Organisation,
        ["organization"] = Analysis.TopicKind.Organisation, ["organizations"] = Analysis.TopicKind.Organisation, ["agency"] = Analysis.TopicKind.Organisation,
        ["agencies"] = Analysis.TopicKind.Organisation, ["union"] = Analysis.TopicKind.Organisation, ["unions"] = Analysis.TopicKind.Organisation,
        ["charity"] = Analysis.TopicKind.Organisation, ["charities"] = Analysis.TopicKind.Organisation, ["group"] = Analysis.TopicKind.Organisation,
        ["groups"] = Analysis.TopicKind.Organisation, ["body"] = Analysis.TopicKind.Organisation, ["bodies"] = Analysis.TopicKind.Organisation,
        ["operator"] = Analysis.TopicKind.Organisation, ["operators"] = Analysis.TopicKind.Organisation, ["bank"] = Analysis.TopicKind.Organisation,
        ["banks"] = Analysis.TopicKind.Organisation, ["carrier"] = Analysis.TopicKind.Organisation, ["carriers"] = Analysis.TopicKind.Organisation,
        ["business"] = Analysis.TopicKind.Organisation, ["businesses"] = Analysis.TopicKind.Organisation, ["manufacturer"] = Analysis.TopicKind.Organisation,
        ["manufacturers"] = Analysis.TopicKind.Organisation, ["supplier"] = Analysis.TopicKind.Organisation, ["suppliers"] = Analysis.TopicKind.Organisation,
    };

    private static readonly HashSet<string> PersonNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "leader", "leaders", "official", "officials", "chief", "head", "boss", "spokesman", "spokeswoman", "spokesperson", "minister",
        "president", "executive", "negotiator", "mayor", "representative", "person", "people",
    };

    private static Analysis.TopicKind? AskedKind(string question)
    {
        if (AskedNounRegex().Match(question) is not { Success: true } asked)
        {
            return null;
        }

        // "which port cities": the second noun is the thing; "which aid groups": so is "groups" after "aid"; "which union
        // leader" asks for a person.
        if (asked.Groups["next"].Success && PersonNouns.Contains(asked.Groups["next"].Value))
        {
            return null;
        }

        if (asked.Groups["next"].Success && AskedKinds.TryGetValue(asked.Groups["next"].Value, out var second))
        {
            return second;
        }

        return AskedKinds.TryGetValue(asked.Groups["noun"].Value, out var kind) ? kind : null;
    }

    public static Question Classify(string text)
    {
        var trimmed = ContractedRegex().Replace(LeadInRegex().Replace(text.Trim(), "").Trim(), "${word} is");
        var kind =
            ChangesRegex().IsMatch(trimmed) ? QuestionKind.Changes
            : ConditionalRegex().IsMatch(trimmed) ? QuestionKind.Conditional
            : NextRegex().IsMatch(trimmed) ? QuestionKind.Next
            : WhenRegex().IsMatch(trimmed) ? QuestionKind.When
            : QuantityRegex().IsMatch(trimmed) ? QuestionKind.Quantity
            : ReasonRegex().IsMatch(trimmed) ? QuestionKind.Reason
            : PersonRegex().IsMatch(trimmed) ? QuestionKind.Person
            : PlaceRegex().IsMatch(trimmed) ? QuestionKind.Place
            : PhasesRegex().IsMatch(trimmed) ? QuestionKind.Phases
            : YesNoRegex().IsMatch(trimmed) ? QuestionKind.Status
            : QuestionKind.Search;
        var focus = kind == QuestionKind.Quantity && CountedRegex().Match(trimmed) is { Success: true } counted ? counted.Groups["focus"].Value : trimmed;
        var tense = FutureRegex().IsMatch(trimmed) ? QuestionTense.Future : PastRegex().IsMatch(trimmed) ? QuestionTense.Past : QuestionTense.Unknown;
        return new Question(text, kind, focus.TrimEnd('?', ' '), tense) { AsksForSeveral = SeveralRegex().IsMatch(trimmed), AsksForKind = AskedKind(trimmed), AsksForDuration = DurationRegex().IsMatch(trimmed) };
    }
}
