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
        ["leave", "withdraw", "withdrawal", "exit", "depart", "departure", "pullout", "drawdown", "evacuate", "evacuation", "quit"],
        ["troops", "soldiers", "forces", "personnel", "servicemembers", "units", "military"],
        ["prisoners", "detainees", "captives", "hostages", "inmates"],
        ["killed", "dead", "died", "deaths", "fatalities", "toll"],
        ["injured", "wounded", "hurt", "casualties"],
        ["start", "begin", "launch", "commence", "open", "opening"],
        ["end", "finish", "conclude", "complete", "completion", "close"],
        ["stop", "halt", "cease", "suspend", "end", "phase", "retire", "replace"],
        ["delay", "postpone", "postponed", "postponement", "defer", "moved", "pushed"],
        ["cost", "price", "spending", "budget", "funding", "worth", "paid"],
        ["agreement", "deal", "accord", "pact", "treaty", "memorandum"],
        ["vote", "ballot", "election", "referendum"],
        ["talks", "negotiations", "meeting", "summit"],
        ["strike", "walkout", "stoppage"],
        ["attack", "assault", "raid", "strike", "bombing"],
        ["fighting", "clashes", "hostilities", "combat"],
        ["arrest", "arrested", "detain", "detained", "detention", "custody"],
        ["release", "released", "free", "freed"],
        ["protest", "demonstration", "rally", "march"],
        ["rise", "increase", "grow", "jump", "climb"],
        ["fall", "drop", "decline", "decrease"],
        ["build", "construction", "construct", "built"],
        ["announce", "announcement", "declare", "said", "stated"],
        ["ceasefire", "truce"],
        ["leader", "head", "chief"],
        ["hand", "handover", "transfer", "transferred", "turned"],
        ["bus", "buses", "coaches", "fleet"],
        ["electric", "battery", "zero-emission"],
    ];

    private readonly Dictionary<string, string[]> _related;

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
    }

    /// <summary>The other stems news writing uses for <paramref name="stem"/>; empty if none.</summary>
    public IReadOnlyList<string> Related(string stem) => _related.GetValueOrDefault(stem) ?? [];
}
