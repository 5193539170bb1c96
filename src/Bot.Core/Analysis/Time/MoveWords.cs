namespace Bot.Core.Analysis.Time;

/// <summary>
/// The words news uses to move, lengthen and plan a date: the one home of that vocabulary, as pattern pieces.
/// <see cref="StoryUpdateReader"/> reads them as a change to something an older report dated; <see cref="ClauseTenseReader"/>
/// as the sign that the date after them is a plan's target, which lies on either side of the report even when the verb
/// is past ("was pushed back to June 12").
/// </summary>
internal static class MoveWords
{
    /// <summary>
    /// Verbs that lengthen something to a later end. "prolong" and "renew" only with the preposition of a date a few words
    /// on ("renewed the mandate until March"), or the date itself where a reader looks only at the text before it:
    /// "renewed fighting" and "prolonged talks" lengthen nothing.
    /// </summary>
    public const string Extension = @"(?:extend(?:ed|s|ing)?|(?:prolong|renew)(?:ed|s|ing)?(?=(?:\s+[\p{L}'’]+){0,4}(?:\s+(?:until|till|through|to|into)\b|\s*$)))";

    /// <summary>Verbs that move a date by themselves, in the forms a report tells a change made ("the hearing was adjourned until July 9").</summary>
    public const string Verb = @"(?:mov(?:ed|es)|postpon(?:ed|es)|delayed|deferred|defers|reschedul(?:ed|es)|adjourn(?:ed|s)|" + Extension + ")";

    /// <summary>The same verbs as an act going on ("after postponing the vote to June"): a plan's target follows, a change is not yet told.</summary>
    public const string VerbInProgress = @"(?:moving|postponing|delaying|deferring|rescheduling)";

    /// <summary>Verbs that move a date only with their particle (<see cref="Phrasal"/>).</summary>
    public const string PhrasalHead = @"(?:push(?:ed|es|ing)?|brought|bring(?:s|ing)|pull(?:ed|s|ing)?)";

    /// <summary>The particles that make <see cref="PhrasalHead"/> a move.</summary>
    public const string Particle = @"(?:back|forward)";

    /// <summary>A phrasal move, its object between verb and particle or not: "pushed the vote back", "brought elections forward", "put off".</summary>
    public const string Phrasal = @"(?:push(?:ed|es|ing)?\s+(?:(?:the|its|their|it|them)\s+)?(?:\w+\s+)?back|(?:brought|bring(?:s|ing)|pull(?:ed|s|ing)?)\s+(?:(?:the|its|their|it|them)\s+)?(?:\w+\s+)?forward|puts?\s+off|putting\s+off|pushed\s+(?:it\s+|them\s+)?to)";

    /// <summary>
    /// Words that give a plan its date: "due by", "scheduled for", "slated for", a court's "listed for". "set" plans only with "for" ("set fire to"),
    /// and "expected" is as often a forecast, so each reader adds them where they hold.
    /// </summary>
    public const string PlanWord = @"(?:due|planned|scheduled|slated|listed(?=\s+for\b))";

    /// <summary>Words that say a date ends something, which an extension can lengthen: "expires on", "runs out", "ends", "stays in force until".</summary>
    public const string EndWord = @"(?:expir(?:e|es|ed|ing)|lapse(?:s|d)?|runs?\s+out|ran\s+out|end(?:s|ed)?|runs?|ran|(?:stays?|remains?)\s+(?:in\s+force|valid|in\s+effect)|(?:is|are|was|were)\s+valid)";
}
