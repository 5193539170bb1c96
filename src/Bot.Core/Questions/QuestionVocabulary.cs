using Bot.Core.Search;

namespace Bot.Core.Questions;

/// <summary>
/// The words news writing uses for the same thing ("leave": "withdraw", "exit", "departure"; "troops":
/// "soldiers", "forces"), so that a question in a reader's words finds a report in a reporter's. General English
/// of news, not any one story's; stemmed with the index's own analysis.
/// </summary>
public sealed class QuestionVocabulary
{
    private static readonly string[][] Groups =
    [
        ["leave", "left", "withdraw", "withdrew", "withdrawn", "withdrawal", "exit", "depart", "departed", "departure", "pullout", "pull", "drawdown", "evacuate", "evacuation", "quit", "go", "gone", "out"],
        ["troops", "soldiers", "forces", "personnel", "servicemembers", "units", "military", "army"],
        ["prisoners", "detainees", "inmates"],
        ["hostages", "captives", "abductees"],
        ["countries", "nations", "states", "governments"],
        ["killed", "dead", "died", "deaths", "fatalities", "toll", "lives"],
        ["injured", "wounded", "hurt", "casualties"],
        ["start", "started", "begin", "began", "begun", "launch", "launched", "commence", "open", "opens", "opening", "kick", "effect", "force", "lifted", "liftoff"],
        ["end", "ended", "finish", "finished", "conclude", "concluded", "complete", "completed", "completion", "close", "closes", "over", "done"],
        ["stop", "stopped", "halt", "cease", "suspend", "end", "phase", "retire", "replace", "silent", "ban"],
        ["delay", "delayed", "postpone", "postponed", "postponement", "defer", "moved", "pushed", "slip", "slipped", "late", "wait", "waiting"],
        ["stay", "stays", "stayed", "remain", "remains", "remained", "linger", "keep"],
        ["cancel", "cancelled", "called", "scrapped", "dropped", "off"],
        ["cost", "price", "spending", "budget", "funding", "worth", "paid", "tag", "bill"],
        ["agreement", "deal", "accord", "pact", "treaty", "memorandum", "offer"],
        ["vote", "voted", "ballot", "balloting", "election", "referendum", "backed", "accept", "accepted", "approve", "approved"],
        ["talks", "negotiations", "meeting", "meet", "summit", "conference"],
        ["strike", "strikes", "walkout", "walkouts", "stoppage", "walked"],
        ["attack", "assault", "raid", "bombing"],
        ["fighting", "shooting", "clashes", "hostilities", "combat", "guns", "war"],
        ["arrest", "arrested", "detain", "detained", "detention", "custody"],
        ["release", "released", "free", "freed", "let"],
        ["swap", "exchange", "handover", "trade"],
        ["protest", "demonstration", "rally", "march"],
        ["rise", "increase", "grow", "jump", "climb", "pay"],
        ["fall", "drop", "decline", "decrease"],
        ["build", "built", "construction", "construct", "maker", "manufacturer", "supplier", "make", "makes", "making", "produce", "produces", "producer", "supply", "supplies", "supplying"],
        ["announce", "announced", "announcement", "declare", "said", "stated"],
        ["ceasefire", "truce"],
        ["set", "established", "formed", "founded", "created", "form", "formation"],
        ["opposed", "oppose", "against", "opposition"],
        ["operates", "operate", "runs", "operator"],
        ["lead", "leads", "leader", "head", "heads", "chief", "chairs", "chair", "director", "secretary", "charge", "boss", "runs"],
        ["hit", "affected", "affect", "impact", "impacted", "disrupted", "disruption"],
        ["hand", "handover", "transfer", "transferred", "turned", "gets"],
        ["bus", "buses", "coaches", "fleet"],
        ["electric", "battery", "zero-emission"],
        ["land", "landing", "touch", "touchdown", "lands"],
        ["trip", "journey", "cruise", "voyage", "flight"],
        ["fly", "flying", "flew", "rocket", "launcher", "lift", "lifted"],
        ["services", "trains", "timetable", "ran", "run"],
        ["share", "percentage", "proportion", "per", "cent"],
        ["people", "residents", "respondents", "responses", "members"],
        ["staff", "workers", "employees", "members"],
        ["say", "consultation", "views", "comment", "public"],
        ["rebuild", "reconstruction", "rebuilding", "repair"],
        ["donor", "donors", "aid"],
        ["city", "centre", "downtown"],
        ["pay", "wage", "wages", "salary", "salaries", "raise", "earnings"],
        ["extend", "extended", "extension", "prolong", "prolonged", "renew", "renewed"],
        // "the second phase" is news's "Phase 2" too (not "two", which counts).
        ["second", "2"],
        ["third", "3"],
        ["fourth", "4"],
    ];


    /// <summary>
    /// Words a question carries that say nothing of what it asks ("right now", "supposed to", "still", "come"):
    /// searched for, they match any sentence that happens to have them, and counted, they make a miss of an answer.
    /// </summary>
    private static readonly string[] Filler =
    [
        "what", "whats", "when", "whens", "where", "wheres", "who", "whos", "how", "hows", "why",
        "come", "comes", "coming", "up", "right", "now", "yet", "still", "actually", "supposed", "ever", "really",
        "exactly", "take", "takes", "get", "gets", "got", "long", "place", "far", "so", "were", "was", "on", "some",
        "might", "need", "needs", "have", "has", "had", "there", "they", "it", "its", "the", "going", "ahead", "again",
    ];

    private readonly Dictionary<string, string[]> _related;
    private readonly HashSet<string> _filler;

    public QuestionVocabulary(SentenceSearchIndex index)
    {
        var related = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var stems = group.SelectMany(index.Terms).Distinct(StringComparer.Ordinal).ToList();
            foreach (var stem in stems)
            {
                if (!related.TryGetValue(stem, out var set))
                {
                    related[stem] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(stems.Where(s => s != stem));
            }
        }

        _related = related.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _filler = Filler.SelectMany(index.Terms).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The endings that make a people's or a place's adjective of a noun, as the index stems them ("suburb": "suburban",
    /// "Iraq": "Iraqi", "Europe": "European", "coast": "coastal"): news writes "the suburban routes" for "the suburbs".
    /// </summary>
    private static readonly string[] AdjectiveEndings = ["an", "n", "ian", "ean", "i", "ese", "ish", "al", "ern"];

    private const int ShortestNoun = 4;

    /// <summary>The other forms of a stem, adjective or noun, that may be in the index: "suburb" and "suburban" each give the other.</summary>
    public static IEnumerable<string> Forms(string stem)
    {
        foreach (var ending in AdjectiveEndings)
        {
            if (stem.Length >= ShortestNoun)
            {
                yield return stem + ending;
            }

            if (stem.Length >= ShortestNoun + ending.Length && stem.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return stem[..^ending.Length];
            }
        }
    }

    /// <summary>True for a stem that only fills out a question ("now", "supposed", "come").</summary>
    public bool IsFiller(string stem) => _filler.Contains(stem);

    /// <summary>The other stems news writing uses for <paramref name="stem"/>; empty if none.</summary>
    public IReadOnlyList<string> Related(string stem) => _related.GetValueOrDefault(stem) ?? [];
}
